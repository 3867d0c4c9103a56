// Titles and descriptions as SigmaHQ's maintainers and validators want them: one line of text with
// ASCII punctuation, titles in title case (at most 120 characters, no "Detects" at the start, no
// full stop at the end), descriptions that start with "Detects" and say what the rule detects.

// Typographic punctuation and spaces → ASCII.
const ascii: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201a\u201b\u2032\u2035\u02bc]/gu, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u2039\u203a]/gu, '"'],
  [/[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/gu, '-'],
  [/\u2026/gu, '...'],
  [/[\u2022\u00b7\u2027]/gu, '-'],
];

/**
 * Text as one line with ASCII punctuation: curly quotes, dashes, ellipses and bullets become their ASCII
 * forms; every other space, line break, control or format character (bidi overrides, zero-width
 * marks) and non-ASCII punctuation becomes a space; runs of spaces become one. Letters, digits and
 * symbols are kept.
 */
export function plainText(s: string): string {
  let out = s;
  for (const [from, to] of ascii) out = out.replace(from, to);
  return out
    .replace(/[\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/[^\x00-\x7f]/gu, (c) => (/\p{P}/u.test(c) ? ' ' : c))
    .replace(/ {2,}/g, ' ')
    .trim();
}

// Words SigmaHQ's title-case check (sigmahq_title_case) accepts in lower case and that title case keeps
// so: articles, conjunctions, prepositions (its list also has "new", an adjective, capitalized here).
const minorWords = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'over',
  'the',
  'through',
  'to',
  'via',
  'with',
  'without',
]);

/** Python's str.islower(), which SigmaHQ's check uses: a cased letter, and no upper-case one. */
const isLower = (w: string): boolean => w === w.toLowerCase() && w !== w.toUpperCase();

const capitalized = (part: string): string => part.replace(/\p{Ll}/u, (c) => c.toUpperCase());

/**
 * A word in title case: capitalized, and so is each part of a hyphenated word but minor words
 * (Man-in-the-Middle); minor words after the first stay lower case. Words with a capital, and file
 * names, paths and numbers (a . / or _ inside, a digit first) stay as written.
 */
function titleWord(word: string, first: boolean): string {
  if (!isLower(word) || (!first && minorWords.has(word))) return word;
  // What SigmaHQ's check rejects must change; a file name, path or number it lets through is kept.
  const rejected = !/[./_]/.test(word) && !/^\d/.test(word);
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!rejected && (/[./_]/.test(core) || /^\d/.test(core))) return word;
  return word
    .split('-')
    .map((part, i) => (i > 0 && minorWords.has(part) ? part : capitalized(part)))
    .join('-');
}

/** The longest start of `s` of at most `max` characters that ends at a word, without trailing punctuation. */
export function clipWords(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  const cut = chars.slice(0, max).join('');
  const atSpace = cut.lastIndexOf(' ');
  return (atSpace > max / 2 ? cut.slice(0, atSpace) : cut).replace(/[\s.,;:(-]+$/u, '');
}

/**
 * The threat a rule is about, for descriptions: its title as plain text (a full stop inside becomes a
 * comma, so the description stays one sentence), or its id.
 */
export function threatOf(rule: { title: string; id: string }): string {
  const threat = plainText(rule.title)
    .replace(/[\s.!?]+$/u, '')
    .replace(/[.!?]+ /gu, ', ');
  return /[\p{L}\p{N}]/u.test(threat) ? threat : rule.id;
}

/** A title in SigmaHQ's title case, without a leading "Detects" or a trailing full stop. */
export function sigmaTitle(title: string): string {
  const words = plainText(title)
    .replace(/^(detects?(\s+|$))+/iu, '')
    .replace(/[\s.]+$/u, '')
    .split(' ');
  return words
    .map((w, i) => titleWord(w, i === 0))
    .join(' ')
    .replace(/[\s.]+$/u, '');
}

/** SigmaHQ's sigmahq_title_length. */
export const maxTitle = 120;

/** "<Threat> - <Log Source>[ (Part n of m)]" within SigmaHQ's length; the threat is shortened if need be. */
export function ruleTitle(rule: { title: string; id: string }, suffix: string): string {
  const title = sigmaTitle(rule.title);
  const threat = /[\p{L}\p{N}]/u.test(title) ? title : sigmaTitle(rule.id.replace(/-/g, ' '));
  const room = maxTitle - [...` - ${suffix}`].length;
  return `${clipWords(threat, room)} - ${suffix}`;
}

/** `a`, `a or b`, `a, b or c`. */
function joined(xs: readonly string[]): string {
  const head = xs.slice(0, -1);
  const last = xs[xs.length - 1];
  return head.length === 0 || last === undefined ? (last ?? '') : `${head.join(', ')} or ${last}`;
}

/**
 * "Detects <what> related to <threat>, by <how>." — plus, for a part of a split rule, which part.
 * `how` names the fields matched ("file hash", "original file name and version" …).
 */
export function ruleDescription(
  rule: { title: string; id: string },
  what: string,
  how: readonly string[],
  part?: { n: number; of: number },
): string {
  const by = how.length > 0 ? `, by ${joined(how)}` : '';
  const first = `Detects ${what} related to ${threatOf(rule)}${by}.`;
  return part === undefined || part.of === 1
    ? first
    : `${first} This is part ${part.n} of ${part.of}; together the parts match every listed value.`;
}
