// What a rule's author reads about a mistake: where it is, what the message and hint say, and what the
// loader makes of a value (a TLP 1.0 word, placeholder domains, type errors, quoting hints, absent fields).
import { describe, expect, test } from 'vitest';
import { H, load, ruleText } from './support/rules.js';

const body = 'network:\n  domains: [evil-updates.top]';

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

  test('an empty versions list is an error at the list that says it must list at least one', () => {
    const { diagnostics } = load(
      'rules/r.yaml',
      ruleText('r', 'software:\n  - name: Some App\n    os: windows\n    versions: []'),
    );
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.col}`)).toEqual(['error empty 12:15']);
    expect(diagnostics[0]?.message).toBe('software[0].versions must list at least 1 item(s)');
  });

  test('an ATT&CK id in the wrong case is read, with a located warning that says how it was read', () => {
    const { diagnostics } = load('rules/r.yaml', ruleText('r', 'attack: [t1195.002]\n' + body));
    expect(diagnostics.map((d) => [`${d.severity} ${d.code} ${d.line}:${d.col}`, d.message, d.hint])).toEqual([
      ['warning attack-case 9:10', 'attack[0] "t1195.002" read as T1195.002', 'write T1195.002'],
    ]);
  });

  test.each([
    ['true', 'a boolean'],
    ['x', 'a string'],
    ['{level: high}', 'a mapping'],
    ['3', 'an integer'],
    ['2.5', 'a number'],
    ['~', 'empty (null)'],
  ])('references: %s is a type error that names what was written: %s', (value, what) => {
    const { diagnostics } = load(
      'rules/r.yaml',
      ruleText('r', body).replace('tlp: clear', `tlp: clear\nreferences: ${value}`),
    );
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([`type: references must be a list, got ${what}`]);
  });

  test('a bidirectional-override character is a located warning whose hint says why it matters', () => {
    const { diagnostics } = load('rules/r.yaml', ruleText('r', body).replace('description: A', 'description: \u202eA'));
    expect(diagnostics.map((d) => [`${d.severity} ${d.code} ${d.line}:${d.col}`, d.message, d.hint])).toEqual([
      [
        'warning bidi-control 4:14',
        'description contains a bidirectional-override character',
        'it can make the value display differently from what it is; make sure it is intended',
      ],
    ]);
  });

  test('a bad character after an escape in a quoted hash is reported where the value starts', () => {
    // `\x30` is four characters in the file and one in the value: the column of the Z cannot be counted.
    const hash = `\\x30${'1'.repeat(9)}Z${'1'.repeat(53)}`;
    const { diagnostics } = load('rules/r.yaml', ruleText('r', `files:\n  - sha256: "${hash}"\n    os: linux`));
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.col}`)).toEqual(['error hash-hex 10:13']);
  });

  test('software with an ecosystem of one OS and no os is on that OS', () => {
    const { rule } = load('rules/r.yaml', ruleText('r', 'software:\n  - {name: x, ecosystem: deb, versions: ["1"]}'));
    expect(rule?.draft.software.map((s) => s.os)).toEqual(['linux']);
  });

  test('a version YAML reads as a number: the hint quotes it as a list item, or with its key', () => {
    const hints = (software: string): (string | undefined)[] =>
      load('rules/r.yaml', ruleText('r', `software:\n  - ${software}`)).diagnostics.map((d) => d.hint);
    expect(hints('{name: App, os: windows, versions: [1.10]}')).toEqual(['quote it: "1.10"']);
    const file = load('rules/r.yaml', ruleText('r', `files:\n  - {sha256: ${H.a}, os: linux, version: 1.10}`));
    expect(file.diagnostics.map((d) => d.hint)).toEqual(['quote it: version: "1.10"']);
  });

  test('an unknown key with no close spelling lists the known keys of its place', () => {
    const { diagnostics } = load('rules/r.yaml', ruleText('r', 'network:\n  domains: [evil-updates.top]\n  zzzz: 1'));
    expect(diagnostics.map((d) => [`${d.code} ${d.line}:${d.col}`, d.hint])).toEqual([
      ['unknown-key 11:3', 'known keys here: domains, urls, ips; prefix your own keys with x-'],
    ]);
  });

  test('more items than a list takes is one error that says how many', () => {
    const ids = Array.from({ length: 201 }, (_, i) => `T${1000 + i}`).join(', ');
    const { diagnostics } = load('rules/r.yaml', ruleText('r', `attack: [${ids}]\n${body}`));
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'too-many: attack must list at most 200 items; got 201',
    ]);
  });

  test('an ATT&CK id listed twice is one warning, with no replacement named', () => {
    const { diagnostics } = load('rules/r.yaml', ruleText('r', `attack: [T1195.002, T1195.002]\n${body}`));
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.col}: ${d.message}`)).toEqual([
      'duplicate-attack 9:21: attack[1] T1195.002 is listed twice',
    ]);
  });

  test('references are read without the white space around them', () => {
    const { rule } = load('rules/r.yaml', ruleText('r', body, `references: [' https://example.org/report ']`));
    expect(rule?.draft.references).toEqual(['https://example.org/report']);
  });

  test('response.action allow is a located warning that says what allow is for', () => {
    const { diagnostics } = load('rules/r.yaml', ruleText('r', body, 'response: {action: allow}'));
    expect(diagnostics.map((d) => [`${d.code} ${d.line}:${d.col}`, d.message, d.hint])).toEqual([
      [
        'action-allow 9:20',
        'response.action allow tells consumers to trust these indicators',
        'use allow only for an allow-list rule, never for a threat',
      ],
    ]);
  });

  test('what a rule does not give is absent from its draft, not present as undefined', () => {
    const { rule, diagnostics } = load(
      'rules/r.yaml',
      ruleText(
        'r',
        `files: [{sha256: ${H.a}, os: linux}]\nnetwork:\n  domains: [{value: evil-updates.top}]\n` +
          'software:\n  - {name: x, ecosystem: npm, versions: ["1.0.0"]}',
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(Object.keys(rule!.draft)).not.toContain('uuid');
    expect(Object.keys(rule!.draft.files[0]!)).not.toContain('comment');
    expect(Object.keys(rule!.draft.files[0]!)).not.toContain('confidence');
    expect(Object.keys(rule!.draft.domains[0]!)).not.toContain('comment');
    expect(Object.keys(rule!.draft.domains[0]!)).not.toContain('confidence');
    expect(Object.keys(rule!.draft.software[0]!)).not.toContain('os');
  });

  test('a key written twice in a mapping is an error at the second, with a hint', () => {
    const { diagnostics } = load(
      'rules/r.yaml',
      ruleText('r', body).replace('author: tests', 'author: tests\nauthor: again'),
    );
    expect(diagnostics.map((d) => [`${d.code} ${d.line}:${d.col}`, d.message, d.hint])).toEqual([
      ['duplicate-key 6:1', 'duplicated mapping key', 'each key may appear once per mapping'],
    ]);
  });
});
