// Mistakes that used to pass quietly in a rule: a TLP 1.0 word and placeholder domains.
import { describe, expect, test } from 'vitest';
import { load, ruleText } from './support/rules.js';

const found = (text: string): string[] =>
  load('rules/r.yaml', text).diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.col}`);

describe('loader hints', () => {
  test('tlp: white is an error whose hint names its TLP 2.0 word, clear', () => {
    const { diagnostics } = load('rules/r.yaml', ruleText('r').replace('tlp: clear', 'tlp: white'));
    expect(diagnostics.map((d) => [d.code, d.line, d.hint])).toEqual([
      ['enum', 8, 'TLP 2.0 renamed TLP:WHITE to TLP:CLEAR: write tlp: clear'],
    ]);
  });

  test.each([
    ['example.com', 'documentation'],
    ['c2.example.net', 'documentation'],
    ['www.example.org', 'documentation'],
    ['evil.test', 'testing'],
    ['evil.example', 'documentation'],
    ['nothing.invalid', 'must never resolve'],
    ['api.localhost', 'loopback'],
  ])('the reserved name %s gets a located warning, as a documentation IP does', (domain, why) => {
    const { diagnostics } = load('rules/r.yaml', ruleText('r', `network:\n  domains: [${domain}]`));
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.col}`)).toEqual([
      'warning domain-reserved 10:13',
    ]);
    expect(diagnostics[0]?.message).toContain(why);
  });

  test('a URL on a reserved name is warned about too; names that only look alike are not', () => {
    expect(found(ruleText('r', 'network:\n  urls: [http://evil.example.com/x]'))).toEqual([
      'warning domain-reserved 10:10',
    ]);
    expect(found(ruleText('r', 'network:\n  domains: [example.co, myexample.com, test.com, invalid.io]'))).toEqual([]);
  });
});
