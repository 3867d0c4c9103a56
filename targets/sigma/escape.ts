// Escaping for Sigma: a value is first made a Sigma string (where * and ? are wildcards and \ escapes
// them), then a YAML scalar.

/**
 * A literal value as a Sigma string: `*` and `?` are escaped, and a backslash is doubled only where
 * it would otherwise escape the next character (before *, ?, \). A lone backslash is literal in Sigma,
 * so Windows paths keep SigmaHQ's look: '\3CXDesktopApp.exe'.
 */
export function sigmaLiteral(value: string, wildcards = false): string {
  return value.replace(wildcards ? /\\(?=[*?\\])/g : /[*?]|\\(?=[*?\\])/g, (c) => `\\${c}`);
}

// Characters a YAML single-quoted scalar cannot hold as they are: C0/C1 controls (line breaks fold,
// others are not allowed in a YAML stream), DEL, the BOM and the Unicode line/paragraph separators.
const needsDoubleQuotes = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/u;

function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || cp === 0xfffe || cp === 0xffff)
      out += `\\u${cp.toString(16)}`; // all of them have four hex digits
    else if (cp >= 0xd800 && cp <= 0xdfff) throw new Error('a lone UTF-16 surrogate cannot be written as YAML');
    else out += ch;
  }
  return `${out}"`;
}

/** A YAML scalar that reads back as exactly `s`: single-quoted (SigmaHQ style), double-quoted when it must be. */
export function yamlScalar(s: string): string {
  if (needsDoubleQuotes.test(s)) return doubleQuoted(s);
  return `'${s.replace(/'/g, "''")}'`;
}

/** A Sigma field value: a literal (escaped) or a pattern that is already Sigma syntax. */
export type SigmaValue = { readonly literal: string } | { readonly pattern: string };

export const literal = (s: string): SigmaValue => ({ literal: s });

/** A value whose `*` and `?` are Sigma wildcards; everything else is literal (a backslash before one is doubled). */
export const wildcard = (s: string): SigmaValue => ({ pattern: sigmaLiteral(s, true) });

/** The YAML text of a Sigma value. */
export function sigmaScalar(v: SigmaValue): string {
  return yamlScalar('literal' in v ? sigmaLiteral(v.literal) : v.pattern);
}

/**
 * Text inside one Markdown paragraph or list item: line breaks become spaces, inline markup characters
 * are escaped, and so is whatever would start a block (a list, a heading, a quote) at its beginning.
 */
export function markdownText(s: string): string {
  const inline = s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`);
  return inline.replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, lead: string) => `${space}\\${lead}`);
}
