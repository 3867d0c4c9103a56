// `iocc import`: STIX bundles (iocc's own, round trip), a MISP event and CSV lists become rules that
// validate and build; what is not imported is reported at its place; bad input fails located and
// writes nothing; any text in the input reaches the rule as data.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { build } from '../src/build.js';
import { yamlString } from '../src/import/write-rule.js';
import { loadRuleText } from '../src/load/index.js';
import { buildRuleSet } from '../src/model/build.js';
import { observablesOf } from '../src/model/observables.js';
import type { Rule } from '../src/model/types.js';
import { targets } from '../targets/index.js';
import { stix } from '../targets/stix/index.js';
import { fixtures, hasStackTrace, removeDir, root, runInProcess, tempDir } from './support/helpers.js';
import { hostileText } from './support/hostile.js';

const asOf = '2026-12-01';
const runs = Number(process.env['IOCC_PROPERTY_RUNS'] ?? 100);
const work = tempDir('iocc-import-');
afterAll(() => removeDir(work));

const iocc = (args: readonly string[]) => runInProcess(['import', ...args, '--as-of', asOf], targets, work);

/** The rule as iocc validate sees it: loaded and modelled, with every diagnostic. */
function model(file: string, text: string, dir?: string): { rule: Rule; errors: string[] } {
  const loaded = loadRuleText({ file, bytes: Buffer.from(text, 'utf8'), ...(dir !== undefined && { dir }) });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.col} ${d.message}`);
  expect(loaded.rule, errors.join('\n')).toBeDefined();
  const built = buildRuleSet([loaded.rule!], asOf);
  errors.push(...built.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message));
  return { rule: built.ruleSet.rules[0]!, errors };
}

/** line:col of the first occurrence of `needle` in a text, computed here, not by iocc. */
function placeOf(text: string, needle: string): string {
  const i = text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${(before[before.length - 1] as string).length + 1}`;
}

/** What a round trip must keep, read from the model. */
function essentials(r: Rule) {
  const sorted = (xs: readonly string[]) => [...xs].sort();
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    author: r.author,
    date: r.date,
    modified: r.modified,
    tlp: r.tlp,
    references: sorted(r.references),
    techniques: sorted(r.attack.techniques),
    tactics: sorted(r.attack.tactics),
    cve: sorted(r.cve),
    observables: sorted(observablesOf(r).map((o) => o.id)),
    files: Object.fromEntries(
      r.files.map((f) => [
        f.key,
        {
          name: f.name,
          originalName: f.originalName,
          os: f.os,
          role: f.role,
          version: f.version,
          size: f.size,
          paths: f.paths.map((p) => p.text),
          confidence: f.confidence,
          expires: f.expires ?? r.expires,
          ...(f.sha256 !== undefined && { comment: f.comment }),
        },
      ]),
    ),
    network: Object.fromEntries(
      [...r.domains, ...r.urls, ...r.ips].map((n) => [
        n.key,
        { confidence: n.confidence, comment: n.comment, expires: n.expires ?? r.expires },
      ]),
    ),
    software: sorted(
      r.software.map((s) => `${s.name}|${s.os ?? ''}|${s.ecosystem ?? ''}|${(s.fixedIn ?? []).join(',')}`),
    ),
  };
}

describe('round trip: rules/ → stix → iocc import stix → rule', () => {
  const built = perTest(() => build({ inputs: ['rules'], registry: targets, selected: [stix], asOf, cwd: root }));
  // The rules are named from the files of rules/ without running the build (a file's name is its rule's id).
  const ruleIds = readdirSync(join(root, 'rules'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length));

  test('the build has exactly the rules named by the files', () => {
    expect((built().ruleSet?.rules ?? []).map((r) => r.id).sort()).toEqual([...ruleIds].sort());
  });

  test.each(ruleIds)('%s keeps its observables, TLP, ATT&CK and expiry', async (id) => {
    const original = built().ruleSet?.rules.find((r) => r.id === id);
    if (original === undefined) throw new Error(`the build has no rule ${id}`);
    const bundle = built().files.find((f) => f.path === `stix/${id}.json`)!;
    const input = join(work, `${id}.json`);
    writeFileSync(input, bundle.bytes);
    const out = join(work, `${id}.yaml`);
    const r = await iocc(['stix', input, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('import-skipped');
    const text = readFileSync(out, 'utf8');
    const { rule, errors } = model(out, text, work);
    expect(errors).toEqual([]);
    expect(essentials(rule)).toEqual(essentials(original));
    // The imported rule builds with every target.
    const again = build({ inputs: [out], registry: targets, selected: targets, asOf, cwd: work });
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('3CX: every artifact of the imported rule is the original byte for byte (but the source path)', async () => {
    const out = join(work, 'rt-3cx', '3cx-desktopapp-2023.yaml');
    const bundle = join(work, 'rt-3cx.json');
    writeFileSync(bundle, built().files.find((f) => f.path === 'stix/3cx-desktopapp-2023.json')!.bytes);
    expect((await iocc(['stix', bundle, '--out', out])).code).toBe(0);
    const all = (inputs: string[], cwd: string) =>
      build({ inputs, registry: targets, selected: targets, asOf, cwd })
        .files.filter((f) => !['manifest.json', 'coverage.json', 'COVERAGE.md', 'SHA256SUMS'].includes(f.path))
        .map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]);
    const original = all(['rules/3cx-desktopapp-2023.yaml'], root);
    expect(original.length).toBeGreaterThan(30);
    expect(all([out], work)).toEqual(original);
  });
});

describe('iocc import misp', () => {
  const file = join(fixtures, 'import', 'misp-event-3cx.json');
  const text = readFileSync(file, 'utf8');

  test('the event becomes a rule with its values, TLP, ATT&CK, CVE and references, and builds', async () => {
    const out = join(work, 'misp.yaml');
    const r = await iocc(['misp', file, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const { rule, errors } = model(out, readFileSync(out, 'utf8'));
    expect(errors).toEqual([]);
    expect(rule.title).toBe('3CX DesktopApp supply-chain compromise');
    expect([rule.author, rule.date, rule.severity, rule.tlp]).toEqual(['CIRCL', '2023-03-30', 'high', 'amber']);
    expect(rule.attack.techniques).toEqual(['T1195.002', 'T1574.001']);
    expect(rule.cve).toEqual(['CVE-2023-29059']);
    expect(rule.references).toEqual(['https://www.3cx.com/blog/news/desktopapp-security-alert-updates/']);
    expect(
      observablesOf(rule)
        .map((o) => o.id)
        .sort(),
    ).toEqual(
      [
        'sha256:aa124a4b4df12b34e74ee7f6c683b2ebec4ce9a8edcf9be345823b4fdcf5d868',
        'sha256:7986bbaee8940da11ce089383521ab420c443ab7b15ed42aed91fd31ce833896',
        'file-name:any:ffmpeg.dll',
        'md5:74bc2d0b6680faa1a5a76b27e5479cbc',
        'sha256:11be1803e2e307b647a8a7e02d128335c448ff741bf06bf52b332e0bbf423b03',
        'sha1:3b43a5d8b83c637d00d769660d01333e88f5a187',
        'md5:82187ad3f0c6c225e2fba0c867280cc9',
        'file-name:any:d3dcompiler_47.dll',
        'domain:akamaicontainer.com',
        'domain:msstorageboxes.com',
        'domain:sbmsa.wiki',
        'url:https://raw.githubusercontent.com/IconStorages/images/main/icon13.ico',
        'ip:172.93.201.88',
        'ip:45.77.1.2',
        'ip:209.141.49.118',
      ].sort(),
    );
    const d3d = rule.files.find((f) => f.name === 'd3dcompiler_47.dll')!;
    expect([d3d.size, d3d.comment]).toEqual([4758528, 'trojanised d3dcompiler']);
    expect(rule.domains.find((d) => d.value === 'akamaicontainer.com')!.comment).toBe('C2');
    const dist = build({ inputs: [out], registry: targets, selected: targets, asOf, cwd: work });
    expect(dist.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('round trip: the MISP rule → stix → iocc import stix → the same rule', async () => {
    const first = join(work, 'misp-rt.yaml');
    expect((await iocc(['misp', file, '--out', first])).code).toBe(0);
    const built = build({ inputs: [first], registry: targets, selected: [stix], asOf, cwd: work });
    const bundle = join(work, 'misp-rt.json');
    writeFileSync(bundle, built.files.find((f) => f.path.startsWith('stix/') && !f.path.includes('sentinel'))!.bytes);
    const second = join(work, 'misp-rt-2.yaml');
    const r = await iocc(['stix', bundle, '--out', second]);
    expect(r.code, r.stderr).toBe(0);
    const a = model(first, readFileSync(first, 'utf8')).rule;
    const b = model(second, readFileSync(second, 'utf8')).rule;
    expect(essentials(b)).toEqual(essentials(a));
  });

  test('everything not imported is listed at its place; to_ids: false is counted', async () => {
    const r = await iocc(['misp', file]);
    expect(r.code).toBe(0);
    const at = (needle: string) => `${file}:${placeOf(text, needle)}`;
    for (const [needle, message] of [
      ['"osint:source-type', 'is not a TLP or ATT&CK tag'],
      ['"45.77.1.2|443"', 'the port of "45.77.1.2|443" is left out'],
      ['{"type": "sha256", "category": "Payload delivery", "to_ids": true, "deleted": true', 'a deleted attribute'],
      ['"not-a-hash"', 'sha256 "not-a-hash" must be 64 hex characters'],
      ['"Global\\\\3cx"', 'type "mutex" is not an indicator iocc imports'],
      ['"application/x-dosexec"', 'file object attribute "mimetype" is not imported'],
      ['"staging"', 'type "text" is not an indicator iocc imports'],
    ])
      expect(r.stderr.split('\n').find((l) => l.startsWith(`${at(needle as string)}: warning: `))).toContain(message);
    expect(r.stderr).toContain('7 not imported (listed above); 2× attributes with to_ids: false skipped');
    expect(r.stdout).toContain('# TODO: what the threat is');
  });
});

describe('iocc import csv', () => {
  test("MISP's CSV export: typed values; the columns iocc does not read are reported at the header", async () => {
    const input = join(work, 'misp.csv');
    writeFileSync(
      input,
      'uuid,event_id,category,type,value,comment,to_ids,date\n' +
        `1,7,Network activity,domain,evil.example.com,"C2, first stage",1,20230330\n` +
        `2,7,Payload delivery,sha256,${'ab'.repeat(32)},,1,20230330\n` +
        '3,7,Network activity,ip-dst,198.51.100.7,,0,20230330\n' +
        '4,7,Network activity,url,hxxps://evil.example.com/a.ico,,True,20230330\n',
    );
    const r = await iocc(['csv', input]);
    expect(r.code, r.stderr).toBe(0);
    for (const [col, name] of [
      [1, 'uuid'],
      [6, 'event_id'],
      [15, 'category'],
      [50, 'date'],
    ] as const)
      expect(r.stderr).toContain(`${input}:1:${col}: warning: column "${name}" is not imported`);
    expect(r.stderr).toContain('1× rows with to_ids false skipped');
    const { rule, errors } = model('csv.yaml', r.stdout);
    expect(errors).toEqual([]);
    expect(observablesOf(rule).map((o) => o.id)).toEqual([
      `sha256:${'ab'.repeat(32)}`,
      'domain:evil.example.com',
      'url:https://evil.example.com/a.ico',
    ]);
    expect(rule.domains[0]!.comment).toBe('C2, first stage');
  });

  test('a feed of 1,500 hashes becomes files_from, a list beside the rule that validates', async () => {
    const dir = join(work, 'feed');
    mkdirSync(dir);
    const hex = (n: number) => n.toString(16).padStart(64, '0');
    const rows = Array.from({ length: 1500 }, (_, n) => `${hex(n + 1)},payload-${n}.exe,windows`);
    writeFileSync(join(dir, 'in.csv'), `sha256,name,os\n${rows.join('\n')}\n`);
    const r = await iocc(['csv', join(dir, 'in.csv'), '--out', join(dir, 'feed.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'feed.yaml'), 'utf8');
    expect(text).toContain('files_from:\n  - {path: "feed-files.csv"}');
    const { rule, errors } = model(join(dir, 'feed.yaml'), text, dir);
    expect(errors).toEqual([]);
    expect(rule.files).toHaveLength(1500);
    expect(rule.files[1499]).toMatchObject({ sha256: hex(1500), name: 'payload-1499.exe', os: 'windows' });
  });

  test('a file without a header row fails at 1:1 and writes nothing', async () => {
    const input = join(work, 'noheader.csv');
    writeFileSync(input, `${'a'.repeat(64)}\n`);
    const out = join(work, 'noheader.yaml');
    const r = await iocc(['csv', input, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${input}:1:1: error: the first row must name the columns`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('bad and hostile input', () => {
  const write = (name: string, text: string): string => {
    const p = join(work, name);
    writeFileSync(p, text);
    return p;
  };

  test('a JSON syntax error is located at line:col; nothing is written', async () => {
    const p = write('syntax.json', '{\n  "type": "bundle",\n  "objects": [\n    {"type": "indicator",}\n  ]\n}\n');
    const r = await iocc(['stix', p, '--out', join(work, 'syntax.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${p}:4:26: error: expected a key in quotes, got "}" [json-syntax]`);
    expect(existsSync(join(work, 'syntax.yaml'))).toBe(false);
  });

  test('deep nesting, duplicate keys, not a bundle, not an event: located errors, no stack trace', async () => {
    for (const [name, text, format, want] of [
      ['deep.json', '['.repeat(100_000), 'stix', ':1:66: error: nesting deeper than 64 levels'],
      ['dup.json', '{"type": "bundle", "type": "x"}', 'stix', ':1:20: error: duplicate key "type"'],
      ['array.json', '[1, 2]', 'stix', ':1:1: error: not a STIX bundle'],
      ['event.json', '{"Event": 3}', 'misp', ':1:1: error: not a MISP event'],
      ['nul.csv', 'value\n\u0000', 'csv', ':1:1: error: nothing in the input could be imported'],
    ] as const) {
      const p = write(name, text);
      const r = await iocc([format, p]);
      expect(r.code, name).toBe(1);
      expect(r.stderr).toContain(`${p}${want}`);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  test('wrong types in a bundle are skipped at their place, the rest imported', async () => {
    const bundle = {
      type: 'bundle',
      id: 'bundle--1',
      objects: [
        { type: 'indicator', id: 'indicator--1', pattern: 42, pattern_type: 'stix' },
        {
          type: 'indicator',
          id: 'indicator--2',
          pattern: "[domain-name:value = 'evil.example.com']",
          pattern_type: 'stix',
          confidence: 'high',
        },
        {
          type: 'indicator',
          id: 'indicator--3',
          pattern: "[process:name = 'x'] FOLLOWEDBY [file:name = 'y']",
          pattern_type: 'stix',
        },
        { type: 'indicator', id: 'indicator--4', pattern: "[file:name = 'it''s']", pattern_type: 'stix' },
        {
          type: 'indicator',
          id: 'indicator--5',
          pattern: `${'('.repeat(5000)}[file:name = 'x']${')'.repeat(5000)}`,
          pattern_type: 'stix',
        },
        { type: 'observed-data', id: 'observed-data--1' },
        'not an object',
      ],
    };
    const text = JSON.stringify(bundle, null, 1);
    const p = write('types.json', text);
    const r = await iocc(['stix', p]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${p}:${placeOf(text, '42')}: warning: pattern must be a string`);
    expect(r.stderr).toContain(`${p}:${placeOf(text, '"high"')}: warning: confidence must be an integer from 0 to 100`);
    expect(r.stderr).toContain('a pattern with AND, FOLLOWEDBY or qualifiers between observations');
    expect(r.stderr).toContain('pattern does not parse: expected RBRACK, got String');
    expect(r.stderr).toContain('pattern does not parse: parentheses nested deeper than 100');
    expect(r.stderr).toContain('observed-data objects are not imported');
    expect(r.stderr).toContain('not a STIX object');
    expect(model('t.yaml', r.stdout).rule.domains.map((d) => d.value)).toEqual(['evil.example.com']);
  });

  test('--out never replaces a file without --force', async () => {
    const p = write('one.csv', 'value\nevil.example.com\n');
    const out = write('exists.yaml', 'keep me\n');
    const r = await iocc(['csv', p, '--out', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect((await iocc(['csv', p, '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('evil.example.com');
  });

  test('any text reaches the YAML as data: yamlString round-trips through js-yaml', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(yaml.load(`v: ${yamlString(s)}`)).toEqual({ v: s });
      }),
      { numRuns: runs * 10 },
    );
  });

  test(
    'hostile event titles, comments and file names: the rule holds exactly them, or the value is ' + 'reported',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileText(200), hostileText(1000), async (info, comment) => {
          const event = {
            Event: {
              info,
              date: '2024-01-01',
              Attribute: [
                { type: 'sha256', to_ids: true, value: 'a'.repeat(64), comment },
                { type: 'domain', to_ids: true, value: 'evil.example.com', comment },
              ],
            },
          };
          const p = write('hostile.json', JSON.stringify(event));
          const r = await iocc(['misp', p]);
          expect(hasStackTrace(r.stderr)).toBe(false);
          if (r.code !== 0) {
            // Refused only with located errors (text no rule may hold: NUL, lone surrogates).
            expect(r.stderr).toMatch(/:\d+:\d+: error: /);
            return;
          }
          const { rule, errors } = model('h.yaml', r.stdout);
          expect(errors).toEqual([]);
          expect([rule.title, rule.files[0]!.comment, rule.domains[0]!.comment]).toEqual([info, comment, comment]);
          expect(observablesOf(rule)).toHaveLength(2);
        }),
        { numRuns: runs },
      );
    },
  );
});
