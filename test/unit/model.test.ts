import { describe, expect, test } from 'vitest';
import { sortDiagnostics } from '../../src/diagnostics.js';
import { buildRuleSet } from '../../src/model/build.js';
import { observablesOf } from '../../src/model/observables.js';
import { uuidV5 } from '../../src/model/uuid.js';
import { codes, errorMessages, H, load, loadAll, messages, ruleText } from '../support/rules.js';

const asOf = '2026-01-01';

describe('loading one rule', () => {
  test('normalizes values and keeps the origin of every indicator', () => {
    const { rule, diagnostics } = load(
      'r.yaml',
      ruleText(
        'one',
        [
          'files:',
          `  - name: x.exe`,
          `    sha256: ${H.a.toUpperCase()}`,
          `    os: windows`,
          `    paths: ['%localappdata%\\x\\x.exe']`,
          'network:',
          "  domains: ['evil[.]example[.]com', {value: Other.Example.NET., comment: c2}]",
          '  urls: [hxxps://evil.example.com/a]',
          '  ips: ["2001:DB8::1"]',
        ].join('\n'),
      ),
    );
    expect(rule).toBeDefined();
    const r = buildRuleSet([rule!], asOf).ruleSet.rules[0]!;
    expect(r.files[0]).toMatchObject({
      sha256: H.a,
      key: `sha256:${H.a}`,
      paths: [expect.objectContaining({ text: '%LOCALAPPDATA%\\x\\x.exe' })],
    });
    expect(r.files[0]!.fieldOrigins.sha256).toEqual({ file: 'r.yaml', line: 11, col: 13 });
    expect(r.domains.map((d) => d.value)).toEqual(['evil.example.com', 'other.example.net']);
    expect(r.domains[1]!.comment).toBe('c2');
    expect(r.urls[0]!.value).toBe('https://evil.example.com/a');
    expect(r.ips[0]!.value).toBe('2001:db8::1');
    expect(codes(diagnostics)).toEqual([
      'warning refanged r.yaml:15:13',
      'warning domain-reserved r.yaml:15:13',
      'warning domain-trailing-dot r.yaml:15:45',
      'warning domain-reserved r.yaml:15:45',
      'warning refanged r.yaml:16:10',
      'warning domain-reserved r.yaml:16:10',
      'warning ip-private r.yaml:17:9',
    ]);
  });

  test('an IPv4-mapped IPv6 value is read as its IPv4 address, with a warning, before the range checks', () => {
    const { rule, diagnostics } = load(
      'r.yaml',
      ruleText('mapped', 'network:\n  ips: ["::ffff:93.184.216.35", "::ffff:10.1.2.3", "::ffff:5db8:d800/120"]'),
    );
    const r = buildRuleSet([rule!], asOf).ruleSet.rules[0]!;
    expect(r.ips.map((i) => [i.value, i.ip?.version])).toEqual([
      ['93.184.216.35', 4],
      ['10.1.2.3', 4],
      ['93.184.216.0/24', 4],
    ]);
    expect(codes(diagnostics)).toEqual([
      'warning ip-mapped r.yaml:10:9',
      'warning ip-mapped r.yaml:10:33',
      'warning ip-private r.yaml:10:33',
      'warning ip-mapped r.yaml:10:52',
      'warning ip-cidr r.yaml:10:52',
    ]);
    expect(diagnostics[0]!.message).toBe(
      'network.ips[0] "::ffff:93.184.216.35" is an IPv4-mapped IPv6 address; read as the IPv4 93.184.216.35',
    );
  });

  test('a URL is what a request carries: fragment, user info and dot segments are left out, with warnings', () => {
    const { rule, diagnostics } = load(
      'r.yaml',
      ruleText(
        'urls',
        [
          'network:',
          '  urls:',
          '    - https://user:pw@evil9.example/a/../stage2.exe#section',
          '    - {value: "https://evil9.example/%7Euser/x?a=<b>"}',
          'benign:',
          '  urls: ["https://ok.example/x#frag"]',
        ].join('\n'),
      ),
    );
    const r = buildRuleSet([rule!], asOf).ruleSet.rules[0]!;
    expect(r.urls.map((u) => u.value)).toEqual([
      'https://evil9.example/stage2.exe',
      'https://evil9.example/%7Euser/x?a=%3Cb%3E',
    ]);
    expect(codes(diagnostics)).toEqual([
      'warning url-userinfo r.yaml:11:7',
      'warning url-fragment r.yaml:11:7',
      'warning url-dot-segments r.yaml:11:7',
      'warning domain-reserved r.yaml:11:7',
      'warning url-normalized r.yaml:12:15',
      'warning domain-reserved r.yaml:12:15',
      'warning url-https-path r.yaml:11:7',
    ]);
  });

  test('an https URL with a path on a host not listed as a domain: one warning per rule, at the first', () => {
    // The hosts are reserved names (a warning of their own, tested elsewhere): only the https warning counts here.
    const urls = (list: string, domains = '[]'): string[] =>
      codes(load('r.yaml', ruleText('https', `network:\n  domains: ${domains}\n  urls: ${list}`)).diagnostics).filter(
        (c) => !c.includes('domain-reserved'),
      );
    const https = '[http://evil9.example/a, https://evil9.example/, https://evil9.example/a, https://evil9.example/b]';
    expect(urls(https)).toEqual(['warning url-https-path r.yaml:11:58']);
    const all = load('r.yaml', ruleText('https', `network:\n  urls: ${https}`)).diagnostics;
    const diagnostics = all.filter((d) => d.code === 'url-https-path');
    expect(diagnostics[0]!.message).toMatch(
      /^network\.urls\[2\] https:\/\/evil9\.example\/a is an https URL with a path/,
    );
    expect(diagnostics[0]!.message).toMatch(/Microsoft Edge \(and 1 more such URLs in this rule\)$/);
    expect(diagnostics[0]!.hint).toBe(
      'if the whole host evil9.example is hostile, list it under network.domains as well',
    );
    expect(urls('[https://cdn.evil9.example/a]', '[evil9.example]')).toEqual([]); // the host is listed
    expect(urls('[https://raw.githubusercontent.com/x/y/main/a.ico]')).toEqual([]); // infrastructure: the path is the point
    expect(urls('[http://evil9.example/a, https://evil9.example/?]')).toEqual(['warning url-normalized r.yaml:11:34']);
  });

  test('a value of the wrong type is named as YAML read it', () => {
    const read = (entry: string): string[] =>
      messages(load('r.yaml', ruleText('r', `files: [{sha256: ${H.a}, ${entry}}]`)).diagnostics);
    expect(read('size: 1.5')).toEqual(['type: files[0].size must be an integer, got a number']);
    expect(read('size: true')).toEqual(['type: files[0].size must be an integer, got a boolean']);
    expect(read('size: "3"')).toEqual(['type: files[0].size must be an integer, got a string']);
    expect(read('name: [a]')).toEqual(['type: files[0].name must be a string, got a list']);
    expect(read('name: {a: 1}')).toEqual(['type: files[0].name must be a string, got a mapping']);
    expect(read('name: null')).toEqual(['type: files[0].name must be a string, got empty (null)']);
    expect(read(`name: x.exe, paths: ['C:\\x\\x.exe', 'C:\\x\\x.exe']`)).toEqual([
      'duplicate-path: files[0].paths[1] is listed twice',
    ]);
  });

  test('a NUL byte anywhere, also the first, is refused where it is', () => {
    expect(codes(load('r.yaml', '\u0000' + ruleText('r')).diagnostics)).toEqual(['error control-character r.yaml:1:1']);
    expect(codes(load('r.yaml', ruleText('r') + '#\u0000').diagnostics)).toEqual([
      'error control-character r.yaml:9:2',
    ]);
  });

  test('a number or boolean where a string belongs: the text as written, how YAML read it, and the quoted fix', () => {
    const read = (body: string): string[] =>
      load('r.yaml', ruleText('r', body)).diagnostics.map((d) => `${d.code}: ${d.message} | ${d.hint ?? ''}`);
    const file = (entry: string): string[] => read(`files: [{sha256: ${H.a}, ${entry}}]`);
    expect(file('name: 1.50')).toEqual([
      'type: files[0].name must be a string; YAML read 1.50 as the number 1.5 | quote it: name: "1.50"',
    ]);
    expect(file('name: true')).toEqual([
      'type: files[0].name must be a string; YAML read true as the boolean true | quote it: name: "true"',
    ]);
    expect(file('os: windows, version: 18.10')).toEqual([
      'version-not-string: files[0].version must be a string; YAML read 18.10 as the number 18.1 | ' +
        'quote it: version: "18.10"',
    ]);
    expect(file('paths: [12]')).toEqual([
      'type: files[0].paths[0] must be a string; YAML read 12 as the number 12 | quote it: "12"',
    ]);
    expect(read('software: [{name: x, os: windows, ecosystem: msi, versions: [1.0]}]')).toEqual([
      'version-not-string: software[0].versions[0] must be a string; YAML read 1.0 as the number 1 | quote it: "1.0"',
    ]);
    expect(file('size: [1]')).toEqual(['type: files[0].size must be an integer, got a list | ']);
  });

  test('defaults: uuid from the id, status experimental, action audit', () => {
    const { rule } = load('r.yaml', ruleText('defaults', `files: [{sha256: ${H.a}}]`));
    const r = buildRuleSet([rule!], asOf).ruleSet.rules[0]!;
    // Python's uuid.uuid5(UUID('a445a2a7-9932-4803-a7bb-dbcea1ce53dc'), 'defaults'), iocc's namespace.
    expect(r.uuid).toBe('0eab95ba-fc0e-599d-adef-fd8751d2814a');
    expect(r.status).toBe('experimental');
    expect(r.action).toBe('audit');
  });

  test("uuidV5 is RFC 9562 UUIDv5: the RFC's example, www.example.com in the DNS namespace", () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  test('the model is frozen', () => {
    const { rule } = load('r.yaml', ruleText('frozen', `files: [{sha256: ${H.a}}]`));
    const set = buildRuleSet([rule!], asOf).ruleSet;
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.rules[0]!.files[0])).toBe(true);
    expect(() => Array.prototype.push.call(set.rules, 1)).toThrow();
  });
});

describe('across rules', () => {
  test('the same file twice is merged into the first, with a warning at the second', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', `files:\n  - {name: x.exe, sha256: ${H.a}, paths: ['C:\\x\\x.exe']}`),
      'b.yaml': ruleText(
        'b',
        `files:\n  - {sha256: ${H.a.toUpperCase()}, sha1: ${H.sha1}, paths: ['C:\\y\\x.exe']}\n  - {sha256: ${H.b}}`,
      ),
    });
    const m = buildRuleSet(rules, asOf);
    const [a, b] = m.ruleSet.rules;
    expect(a!.files[0]).toMatchObject({
      name: 'x.exe',
      sha256: H.a,
      sha1: H.sha1,
      paths: [expect.objectContaining({ text: 'C:\\x\\x.exe' }), expect.objectContaining({ text: 'C:\\y\\x.exe' })],
    });
    expect(a!.files[0]!.alsoAt).toEqual([{ file: 'b.yaml', line: 10, col: 5 }]);
    expect(b!.files.map((f) => f.sha256)).toEqual([H.b]);
    expect(codes(m.diagnostics)).toEqual(['warning duplicate-indicator b.yaml:10:5']);
  });

  test('contradicting duplicates are errors', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', `files: [{name: x.exe, sha256: ${H.a}, sha1: ${H.sha1}}]`),
      'b.yaml': ruleText('b', `files: [{name: x.exe, sha256: ${H.a}, sha1: ${H.sha1b}}]`),
    });
    const m = buildRuleSet(rules, asOf);
    expect(errorMessages(m.diagnostics)).toEqual([
      `duplicate-conflict: this file has a hash in common with the file at a.yaml:9:9, but sha1 ` +
        `"${H.sha1b}" differs from "${H.sha1}"`,
    ]);
  });

  test('a duplicate that would be compiled under other rule facts names the fact and both values', () => {
    const at = (files: Record<string, string>): string[] =>
      errorMessages(buildRuleSet(loadAll(files).rules, asOf).diagnostics).map((m) =>
        m.replace(/^duplicate-conflict: this file is also listed at \S+, but (.*): one indicator cannot be .*$/, '$1'),
      );
    const file = `files: [{sha256: ${H.a}, original_name: X.DLL}]`;
    expect(
      at({ 'a.yaml': ruleText('a', `files:\n  - {sha256: ${H.a}, expires: 2027-01-01}\n  - {sha256: ${H.a}}`) }),
    ).toEqual(['it expires 2027-01-01 there and never here']);
    expect(
      at({ 'a.yaml': ruleText('a', `files:\n  - {sha256: ${H.a}}\n  - {sha256: ${H.a}, expires: 2027-01-01}`) }),
    ).toEqual(['it expires never there and 2027-01-01 here']);
    expect(
      at({ 'a.yaml': ruleText('a', file, 'tlp: amber').replace('tlp: clear\n', ''), 'b.yaml': ruleText('b', file) }),
    ).toEqual(['rule a is TLP:AMBER and rule b TLP:CLEAR']);
    expect(at({ 'a.yaml': ruleText('a', file, 'response: {action: block}'), 'b.yaml': ruleText('b', file) })).toEqual([
      'rule a asks for block and rule b for audit',
    ]);
    expect(at({ 'a.yaml': ruleText('a', file), 'b.yaml': ruleText('b', file, 'expires: 2027-01-01') })).toEqual([
      'it expires never in rule a and 2027-01-01 in rule b',
    ]);
    expect(at({ 'a.yaml': ruleText('a', file, 'expires: 2027-01-01'), 'b.yaml': ruleText('b', file) })).toEqual([
      'it expires 2027-01-01 in rule a and never in rule b',
    ]);
  });

  test('a contradiction names the field as a rule writes it', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', `files: [{sha256: ${H.a}, original_name: x.dll}]`),
      'b.yaml': ruleText('b', `files: [{sha256: ${H.a}, original_name: y.dll}]`),
    });
    expect(errorMessages(buildRuleSet(rules, asOf).diagnostics)).toEqual([
      'duplicate-conflict: this file has a hash in common with the file at a.yaml:9:9, but original_name ' +
        '"y.dll" differs from "x.dll"',
    ]);
  });

  const md5b = 'd'.repeat(31) + 'e';
  test.each([
    {
      field: 'sha256',
      first: `sha256: ${H.a}, sha1: ${H.sha1}`,
      second: `sha256: ${H.b}, sha1: ${H.sha1}`,
      says: `sha256 "${H.b}" differs from "${H.a}"`,
    },
    {
      field: 'sha1',
      first: `sha256: ${H.a}, sha1: ${H.sha1}`,
      second: `sha256: ${H.a}, sha1: ${H.sha1b}`,
      says: `sha1 "${H.sha1b}" differs from "${H.sha1}"`,
    },
    {
      field: 'md5',
      first: `sha256: ${H.a}, md5: ${H.md5}`,
      second: `sha256: ${H.a}, md5: ${md5b}`,
      says: `md5 "${md5b}" differs from "${H.md5}"`,
    },
    {
      field: 'name',
      first: `sha256: ${H.a}, name: x.exe`,
      second: `sha256: ${H.a}, name: y.exe`,
      says: 'name "y.exe" differs from "x.exe"',
    },
    {
      field: 'size',
      first: `sha256: ${H.a}, size: 3`,
      second: `sha256: ${H.a}, size: 4`,
      says: 'size 4 differs from 3',
    },
    {
      field: 'os',
      first: `sha256: ${H.a}, os: windows`,
      second: `sha256: ${H.a}, os: linux`,
      says: 'os "linux" differs from "windows"',
    },
    {
      field: 'version',
      first: `sha256: ${H.a}, version: '1.0'`,
      second: `sha256: ${H.a}, version: '2.0'`,
      says: 'version "2.0" differs from "1.0"',
    },
    {
      field: 'role',
      first: `sha256: ${H.a}, role: installer`,
      second: `sha256: ${H.a}, role: payload`,
      says: 'role "payload" differs from "installer"',
    },
  ])('a contradiction in $field names the field and both values', ({ first, second, says }) => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', `files: [{${first}}]`),
      'b.yaml': ruleText('b', `files: [{${second}}]`),
    });
    const errors = errorMessages(buildRuleSet(rules, asOf).diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^duplicate-conflict: this file has a hash in common with the file at a\.yaml:9:9, but /);
    expect(errors[0]?.endsWith(`, but ${says}`)).toBe(true);
  });

  test('a file known only by name is found again by its name and OS', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', 'files: [{name: dropper.exe, os: windows, size: 3}]'),
      'b.yaml': ruleText('b', 'files: [{name: dropper.exe, os: windows, size: 4}, {name: dropper.exe, os: linux}]'),
    });
    const m = buildRuleSet(rules, asOf);
    expect(errorMessages(m.diagnostics)).toEqual([
      'duplicate-conflict: this file has the same name and OS as the file at a.yaml:9:9, but size 4 differs from 3',
    ]);
  });

  test('a merged file keeps the first comment, or takes the later one when it had none', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', `files:\n  - {sha256: ${H.a}}\n  - {sha256: ${H.b}, comment: first}`),
      'b.yaml': ruleText('b', `files:\n  - {sha256: ${H.a}, comment: later}\n  - {sha256: ${H.b}, comment: second}`),
    });
    const [a] = buildRuleSet(rules, asOf).ruleSet.rules;
    expect(a!.files.map((f) => f.comment)).toEqual(['later', 'first']);
  });

  test('a field the first entry lacks is located where the later entry gives it', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', `files: [{sha256: ${H.a}}]`),
      'b.yaml': ruleText('b', `files: [{sha256: ${H.a}, original_name: x.dll, size: 3, version: '2', role: other}]`),
    });
    const f = buildRuleSet(rules, asOf).ruleSet.rules[0]!.files[0]!;
    expect(f.originalName).toBe('x.dll');
    // Columns counted by hand in `files: [{sha256: <64>, original_name: x.dll, size: 3, version: '2', role: other}]`.
    expect(f.fieldOrigins.original_name).toEqual({ file: 'b.yaml', line: 9, col: 99 });
    expect(f.fieldOrigins.size).toEqual({ file: 'b.yaml', line: 9, col: 112 });
    expect(f.fieldOrigins.version).toEqual({ file: 'b.yaml', line: 9, col: 124 });
    expect(f.fieldOrigins.role).toEqual({ file: 'b.yaml', line: 9, col: 135 });
  });

  test('an entry whose hashes belong to two different earlier entries is an error', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', `files:\n  - {sha256: ${H.a}}\n  - {sha1: ${H.sha1}}`),
      'b.yaml': ruleText('b', `files: [{sha256: ${H.a}, sha1: ${H.sha1}}]`),
    });
    const m = buildRuleSet(rules, asOf);
    expect(errorMessages(m.diagnostics)).toEqual([
      'duplicate-conflict: this file has a hash in common with the file at a.yaml:10:5, but its hashes belong ' +
        'to two different entries',
    ]);
  });

  test('network values and software versions are merged too', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText(
        'a',
        'network: {domains: [evil.example.com]}\nsoftware: [{name: App, os: windows, versions: ["1.0"]}]',
      ),
      'b.yaml': ruleText(
        'b',
        'network: {domains: [EVIL.example.com, new.example.com]}\nsoftware: [{name: app, os: windows, ' +
          'versions: ["1.0", "2.0"]}]',
      ),
    });
    const m = buildRuleSet(rules, asOf);
    const b = m.ruleSet.rules[1]!;
    expect(b.domains.map((d) => d.value)).toEqual(['new.example.com']);
    expect(b.software[0]!.versions).toEqual(['2.0']);
    expect(m.diagnostics.filter((d) => d.code === 'duplicate-indicator').length).toBe(2);
  });

  test('duplicate ids and uuids are errors naming the first place', () => {
    const uuid = '11111111-2222-4333-8444-555555555555';
    const { rules } = loadAll({
      'a.yaml': ruleText('same', `files: [{sha256: ${H.a}}]`),
      'b.yaml': ruleText('same', `files: [{sha256: ${H.b}}]`),
      'c.yaml': ruleText('c', `files: [{sha256: ${H.c}}]`, `uuid: ${uuid}`),
      'd.yaml': ruleText('d', `files: [{sha1: ${H.sha1}}]`, `uuid: ${uuid.toUpperCase()}`),
    });
    const m = buildRuleSet(rules, asOf);
    expect(m.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`)).toEqual([
      'duplicate-id b.yaml:2:5 rule id same is already used at a.yaml:2:5',
      `duplicate-uuid d.yaml:9:7 rule uuid ${uuid} is already used at c.yaml:9:7`,
    ]);
  });

  test('benign values declared in any rule cannot be indicators', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText(
        'a',
        'benign: {domains: [vendor.example.com], hashes: [' + H.b + ']}\nnetwork: {domains: [c2.example.net]}',
      ),
      'b.yaml': ruleText(
        'b',
        `network: {domains: [example.com], urls: ["https://www.vendor.example.com/blog/"]}\nfiles: [{sha256: ${H.b}}]`,
      ),
    });
    const m = buildRuleSet(rules, asOf);
    expect(
      sortDiagnostics(m.diagnostics.filter((d) => d.severity === 'error')).map(
        (d) => `${d.code} ${d.file}:${d.line}:${d.col}`,
      ),
    ).toEqual(['benign-indicator b.yaml:9:21', 'benign-indicator b.yaml:9:42', 'benign-indicator b.yaml:10:9']);
    expect(sortDiagnostics(m.diagnostics.filter((d) => d.severity === 'error')).map((d) => d.message)).toEqual([
      'domain example.com conflicts with the benign domain vendor.example.com declared at a.yaml:9:20',
      'url https://www.vendor.example.com/blog/ conflicts with the benign domain vendor.example.com declared at ' +
        'a.yaml:9:20',
      `this file conflicts with the benign hash ${H.b} declared at a.yaml:9:50`,
    ]);
  });

  test('a URL conflicts with a benign IP only when its host is in the range', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', 'benign: {ips: [192.0.2.0/24]}\nnetwork: {domains: [c2.example.net]}'),
      'b.yaml': ruleText(
        'b',
        'network: {urls: ["http://198.51.100.7/x", "http://192.0.2.9/y", "http://evil.example.net/z"]}',
      ),
    });
    const m = buildRuleSet(rules, asOf);
    expect(m.diagnostics.filter((d) => d.code === 'benign-indicator').map((d) => d.message)).toEqual([
      'url http://192.0.2.9/y conflicts with the benign ip 192.0.2.0/24 declared at a.yaml:9:16',
    ]);
  });

  test('benign values of a rule left out of the build (TLP-gated) still hold for the others', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText('a', 'benign: {domains: [vendor.example.com]}\nnetwork: {domains: [c2.example.net]}'),
      'b.yaml': ruleText('b', 'network: {domains: [cdn.vendor.example.com]}'),
    });
    const [a, b] = rules;
    const m = buildRuleSet([b!], asOf, a!.benign);
    expect(m.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual([
      'benign-indicator b.yaml:9',
    ]);
  });
});

describe('lifecycle', () => {
  test('expired indicators and revoked rules are set aside with the reason', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText(
        'a',
        `files:\n  - {sha256: ${H.a}, expires: 2025-06-01}\n  - {sha256: ${H.b}}\nnetwork:\n  domains: ` +
          `[{value: old.example.com, expires: 2025-12-31}, {value: last.example.com, expires: 2026-01-01}, ` +
          `new.example.com]`,
      ),
      'b.yaml': ruleText('b', `files: [{sha256: ${H.c}}]`, 'status: revoked'),
      'c.yaml': ruleText('c', 'network: {domains: [gone.example.com]}', 'expires: 2024-02-01'),
    });
    const m = buildRuleSet(rules, asOf);
    const a = m.ruleSet.rules.find((r) => r.id === 'a')!;
    // `expires` is the last day: on 2026-01-01 last.example.com is still used.
    expect(observablesOf(a).map((o) => o.id)).toEqual([
      `sha256:${H.b}`,
      'domain:last.example.com',
      'domain:new.example.com',
    ]);
    expect(m.ruleSet.rules.map((r) => r.id)).toEqual(['a', 'c']);
    expect(m.excluded.map((x) => `${x.observable.id} ${x.reason}`)).toEqual([
      `sha256:${H.c} the rule is revoked`,
      `sha256:${H.a} expired after 2025-06-01`,
      'domain:old.example.com expired after 2025-12-31',
      'domain:gone.example.com expired after 2024-02-01',
    ]);
    expect(m.diagnostics.filter((d) => d.code === 'expired').length).toBe(3);
    expect(m.diagnostics.some((d) => d.code === 'no-indicators' && d.file === 'c.yaml')).toBe(true);
  });

  test('an expired URL and IP are set aside as what they are, each once', () => {
    const { rules } = loadAll({
      'a.yaml': ruleText(
        'a',
        'network:\n  urls: [{value: "http://old.example.net/x", expires: 2025-01-01}, "http://new.example.net/y"]\n' +
          '  ips: [{value: 198.51.100.7, expires: 2025-01-01}, 203.0.113.9]',
      ),
    });
    const m = buildRuleSet(rules, asOf);
    expect(m.excluded.map((x) => `${x.observable.id} ${x.reason}`)).toEqual([
      'url:http://old.example.net/x expired after 2025-01-01',
      'ip:198.51.100.7 expired after 2025-01-01',
    ]);
    expect(observablesOf(m.ruleSet.rules[0]!).map((o) => o.id)).toEqual([
      'url:http://new.example.net/y',
      'ip:203.0.113.9',
    ]);
  });
});
