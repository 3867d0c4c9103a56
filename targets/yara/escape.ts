// YARA literals: meta strings (UTF-8 kept, escapes for \ " and control characters), condition text
// strings (ASCII only: other bytes as \xHH, so no engine warns about non-ASCII), and rule names.

export class Unrepresentable extends Error {}

/** A character as the \xHH escapes of its UTF-8 bytes. */
const utf8Hex = (ch: string): string =>
  [...Buffer.from(ch)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');

function escapeChar(ch: string): string {
  switch (ch) {
    case '\\':
      return '\\\\';
    case '"':
      return '\\"';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return utf8Hex(ch);
  }
}

/**
 * A meta string. NUL cannot be represented (libyara cuts the value there) and neither can a lone
 * UTF-16 surrogate (not UTF-8): both throw.
 */
export function metaString(s: string): string {
  if (s.includes('\u0000')) throw new Unrepresentable('YARA meta strings cannot hold a NUL character');
  if (/[\ud800-\udfff]/u.test(s)) throw new Unrepresentable('YARA meta strings cannot hold a lone UTF-16 surrogate');
  return `"${s.replace(/[\\"\u0001-\u001f\u007f]/g, escapeChar)}"`;
}

/** A text string for a condition (compared with an external variable): ASCII, other bytes escaped. */
export function textString(s: string): string {
  if (/[\ud800-\udfff]/u.test(s)) throw new Unrepresentable('YARA strings cannot hold a lone UTF-16 surrogate');
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\\' || ch === '"' || cp < 0x20 || cp === 0x7f) out += escapeChar(ch);
    else if (cp < 0x80) out += ch;
    else out += utf8Hex(ch);
  }
  return `"${out}"`;
}

/** One character of a UTF-8 file name that is not a folder separator, as a YARA regular expression. */
const nameChar = String.raw`([\x01-\x2e\x30-\x5b\x5d-\x7f]|[\xc2-\xf4][\x80-\xbf]{1,3})`;

/**
 * A YARA regular expression (without its slashes) for a path text whose `*` (any run of characters)
 * and `?` (one character) never cross a folder separator; every other byte is literal: ASCII letters
 * and digits as they are, everything else as \xHH, so no regex syntax can come from the value.
 */
export function wildcardRegex(text: string): string {
  if (text.includes('\u0000')) throw new Unrepresentable('YARA regular expressions cannot hold a NUL character');
  if (/[\ud800-\udfff]/u.test(text)) throw new Unrepresentable('YARA strings cannot hold a lone UTF-16 surrogate');
  let out = '';
  for (const ch of text) {
    // ch is one character, so the letter test needs no anchors
    if (ch === '*') out += `${nameChar}*`;
    else if (ch === '?') out += nameChar;
    else if (/[A-Za-z0-9]/.test(ch)) out += ch;
    else out += utf8Hex(ch);
  }
  return out;
}

/** Keywords of YARA 4.5 and YARA-X; no generated name may be one (names also never start with one of ours). */
const keywords = new Set(
  [
    'all and any ascii at base64 base64wide condition contains defined endswith entrypoint false filesize for',
    'fullword global import icontains iendswith iequals in include int16 int16be int32 int32be int8 int8be',
    'istartswith matches meta nocase none not of or private rule startswith strings them true uint16 uint16be',
    'uint32 uint32be uint8 uint8be wide xor with',
  ]
    .join(' ')
    .split(' '),
);

export const validRuleName = (name: string): boolean =>
  /^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name) && !keywords.has(name);

/** A piece of a rule name: letters and digits, everything else folded to single underscores. */
export function namePart(s: string): string {
  const letters = s.normalize('NFKD').replace(/\p{M}/gu, ''); // accents: Āx is Ax, not A_x
  return (letters.match(/[A-Za-z0-9]+/g) ?? []).join('_');
}
