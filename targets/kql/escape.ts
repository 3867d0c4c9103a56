// KQL string literals. A value is always written as a double-quoted literal: the escapes Kusto documents
// (\" \\ \t \n \r) for those characters, and \uXXXX for every other control, line-separator and format
// character (C0, DEL, C1, U+2028/2029, bidi and zero-width marks), which Kusto's parser decodes back to the
// character (test/kql-escape.test.ts proves it on the parser); a query never holds a raw control or bidi
// character, so what a reader sees is what Kusto matches.

const named: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

// Characters written as \uXXXX: controls (Cc), format characters (Cf: bidi, zero-width, BOM), the line and
// paragraph separators, and any surrogate (the loader refuses lone surrogates; pairs are kept whole below).
// One replacement over the value: a value with nothing to escape (most of a feed's million hashes and
// names) is quoted as it is, without a string made per character.
const escaped = /["\\\p{Cc}\p{Cf}\u2028\u2029]/gu;

const hex4 = (c: string): string => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** The KQL double-quoted string literal whose value is `s`. */
export const kqlString = (s: string): string =>
  `"${s.replace(escaped, (c) => named[c] ?? c.split('').map(hex4).join(''))}"`;

/** A parenthesized list of string literals for `in`, `in~` and `has_any`: `("a", "b")`. */
export const kqlList = (values: readonly string[]): string => `(${values.map(kqlString).join(', ')})`;

/** A `dynamic([...])` array of string literals, for functions that take an array. */
export const kqlDynamic = (values: readonly string[]): string => `dynamic([${values.map(kqlString).join(', ')}])`;

/** Text for a `//` comment line: one line, no control or bidi characters. */
export const kqlComment = (s: string): string =>
  s.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ').replace(/[\p{Cc}\p{Cf}]/gu, hex4);
