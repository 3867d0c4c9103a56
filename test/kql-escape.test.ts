// The KQL string escaper, proven on Microsoft's Kusto parser: any text becomes one string literal that
// parses without a diagnostic and whose value, as Kusto decodes it, is the text itself.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { kqlComment, kqlDynamic, kqlList, kqlString } from '../targets/kql/escape.js';
import { hostileText, tokens } from './support/hostile.js';
import { analyze } from './support/kusto.js';

const runs = Number(process.env['IOCC_PROPERTY_RUNS'] ?? 100);

/** Any text without NUL or a lone surrogate (the loader refuses both before a target sees them). */
const anyText = fc.oneof(
  hostileText(300),
  fc.string({ maxLength: 80, unit: 'grapheme' }),
  fc.string({ maxLength: 80, unit: 'binary' }).filter((s) => !/[\ud800-\udfff]/u.test(s) && !s.includes('\u0000')),
);

describe('kqlString', () => {
  test('every hostile token is one literal that Kusto reads back as itself', () => {
    for (const t of [...tokens, '', '\u0085', '\u00a0', '\u{e0001}', '\u{1d173}', '"\\"', "'", '@"x"', '```']) {
      const a = analyze(`print s = ${kqlString(t)}`);
      expect(a.diagnostics, JSON.stringify(t)).toEqual([]);
      expect(a.strings).toEqual([t]);
    }
  });

  test('property: any text is one literal with its own value, and nothing after it is code', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        // Two literals and a column after them: an escape that ended a literal early would add or lose a
        // literal, a token or a column.
        const r = analyze(`print s = ${kqlString(a)}, t = ${kqlString(b)}, n = 1`);
        expect(r.diagnostics).toEqual([]);
        expect(r.strings).toEqual([a, b]);
        expect(r.columns).toEqual(['s:string', 't:string', 'n:long']);
      }),
      { numRuns: runs },
    );
  });

  test('property: a literal never holds a raw line break, control, bidi or zero-width character', () => {
    fc.assert(
      fc.property(anyText, (a) => {
        expect(kqlString(a)).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
      }),
      { numRuns: runs },
    );
  });

  test('property: lists for in~ and dynamic arrays keep every value, in order', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 8 }), (values) => {
        const r = analyze(`print x = "v" in~ ${kqlList(values)}, d = ${kqlDynamic(values)}`);
        expect(r.diagnostics).toEqual([]);
        expect(r.strings).toEqual(['v', ...values, ...values]);
      }),
      { numRuns: runs },
    );
  });
});

describe('kqlComment', () => {
  test('property: a comment is one line and ends where the line ends', () => {
    fc.assert(
      fc.property(anyText, (a) => {
        const c = kqlComment(a);
        expect(c).not.toMatch(/[\r\n\u0085\u2028\u2029\p{Cc}\p{Cf}]/u);
        const r = analyze(`// ${c}\nprint n = 1`);
        expect(r.diagnostics).toEqual([]);
        expect(r.columns).toEqual(['n:long']);
      }),
      { numRuns: runs },
    );
  });
});
