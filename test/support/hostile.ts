// Generators of hostile text for property tests: the characters and sequences that break formats
// (quotes, backslashes, line breaks, control characters, comment and template delimiters, SQL and
// CSV formula syntax, YAML indicators, wildcards, bidi overrides, very long runs).
import fc from 'fast-check';

export const tokens: readonly string[] = [
  '"',
  "'",
  '\\',
  '\\\\',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0001',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '*/',
  '/*',
  '//',
  '{{',
  '}}',
  '{{{x}}}',
  '{{> p}}',
  '{{#each x}}',
  '%',
  '%%',
  '_',
  '*',
  '?',
  '[',
  ']',
  '{',
  '}',
  ': ',
  '- ',
  '#',
  '&a',
  '*a',
  '!!str',
  '---',
  '...',
  '|',
  '>',
  '=',
  '+',
  '-',
  '@',
  "=cmd|' /C calc'!A0",
  '+SUM(1)',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  "');DROP TABLE hash;--",
  "' OR '1'='1",
  '"}]}',
  '</script>',
  '${x}',
  '`',
  'rule x { condition: true }',
  'é',
  '中',
  '🙂',
  ',',
  ';',
  ' ',
  '\\x00',
  '\\n',
  'condition:',
  'meta:',
  '::error::',
];

const noNul = (s: string): boolean => !s.includes('\u0000') && !/[\ud800-\udfff]/u.test(s);

/** Any hostile text of up to `max` characters (never NUL or a lone surrogate: those are refused, tested apart). */
export function hostileText(max: number, min = 1): fc.Arbitrary<string> {
  return fc
    .oneof(
      {
        weight: 5,
        arbitrary: fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 16 }).map((a) => a.join('')),
      },
      { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...tokens)
          .map((t) => t.repeat(Math.ceil(Math.min(max, 3000) / Math.max(1, t.length)))),
      },
    )
    .map((s) => [...s].slice(0, max).join(''))
    .filter((s) => noNul(s) && [...s].length >= min);
}

/**
 * A file name a rule may hold for a Linux file: anything but '/', NUL, '.', '..', outer white space, or the
 * wildcards * and ? (names are matched as they are, so a wildcard in one is refused; test/paths.test.ts
 * covers wildcards in paths).
 */
export function hostileFileName(): fc.Arbitrary<string> {
  return hostileText(60)
    .map((s) => s.replace(/[/*?]/g, '_'))
    .filter((s) => s.trim() === s && s !== '' && s !== '.' && s !== '..');
}

/** A URL path and query of printable, non-space characters, as rules may list them (but for `without`). */
export function hostileUrlPath(without = ''): fc.Arbitrary<string> {
  const all = 'abcXYZ019-._~!$&\'()*+,;=:@%/?"{}|^`[]<>\\'.split('');
  const chars = fc.constantFrom(...all.filter((c) => !without.includes(c)));
  return fc.array(chars, { maxLength: 40 }).map((a) => `/${a.join('')}`);
}

/**
 * Quotes a string for a YAML rule file: a JSON string is a YAML double-quoted scalar, once the
 * characters YAML does not allow raw (DEL, C1 controls, line/paragraph separators, BOM) are escaped too.
 */
export const yamlQuote = (s: string): string =>
  JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  );

/**
 * A path segment from hostile text: `*` and `?` are wildcards in paths and a whole-segment placeholder
 * ($USER, <user>, {guid}, %VAR%) is refused, so both are neutralized (tested apart).
 */
export const pathSegment = (s: string): string => {
  const t = s.replace(/[*?]/g, '_');
  return /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^<>]+>|%[^%]+%|\{[^{}]*\})$/.test(t) ? `_${t}` : t;
};
