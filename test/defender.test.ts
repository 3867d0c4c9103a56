// The Defender target: CSVs parsed back by a real CSV parser and checked against what the portal
// accepts, API batches, limits, actions, and texts that cannot add a row, a column or an action.
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { emitWith, setRefusal } from './support/emit.js';
import { build, type BuildResult } from '../src/build.js';
import { buildRuleSet } from '../src/model/build.js';
import { observablesOf } from '../src/model/observables.js';
import { checkRuleTargetOptions, parseSetOptions } from '../src/options.js';
import { freeText } from '../targets/defender/csv.js';
import { defender } from '../targets/defender/index.js';
import { categories, header } from './support/defender-facts.js';
import { root } from './support/helpers.js';
import { load, ruleText } from './support/rules.js';

type Row = Record<string, string>;

const actionsByType: Record<string, string[]> = {
  FileSha256: ['Allowed', 'Audit', 'Warn', 'Block', 'BlockAndRemediate'],
  FileSha1: ['Allowed', 'Audit', 'Warn', 'Block', 'BlockAndRemediate'],
  IpAddress: ['Allowed', 'Audit', 'Warn', 'Block'],
  DomainName: ['Allowed', 'Audit', 'Warn', 'Block'],
  Url: ['Allowed', 'Audit', 'Warn', 'Block'],
};
const typesByTab: Record<string, string[]> = {
  files: ['FileSha256', 'FileSha1'],
  ips: ['IpAddress'],
  'urls-domains': ['DomainName', 'Url'],
};

/** RFC 4180, as a real parser reads it: the header row, then records with exactly 12 fields. */
function readCsv(text: string): { header: string[]; rows: Row[] } {
  const records = parseCsv(text, { relax_column_count: false, bom: false, record_delimiter: '\r\n' });
  const [head = [], ...rest] = records;
  return { header: head, rows: rest.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] as string]))) };
}

function compile(file: string, extra: string[] = []): BuildResult {
  const overrides = Object.fromEntries(extra.map((s): [string, string] => [s.split('=')[0]!, s.split('=')[1] ?? '']));
  const result = build({
    inputs: [file],
    registry: [defender],
    selected: [defender],
    asOf: '2026-01-01',
    cwd: root,
    overrides: { defender: overrides },
  });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result;
}

function csvs(result: BuildResult): Map<string, { header: string[]; rows: Row[] }> {
  return new Map(
    result.files.filter((f) => f.path.endsWith('.csv')).map((f) => [f.path, readCsv(f.bytes.toString('utf8'))]),
  );
}

function checkRows(path: string, parsed: { header: string[]; rows: Row[] }): void {
  expect(parsed.header, path).toEqual(header);
  expect(parsed.rows.length).toBeGreaterThan(0);
  expect(parsed.rows.length).toBeLessThanOrEqual(500);
  const tab = /^defender\/(files|ips|urls-domains)-\d{3}\.csv$/.exec(path)?.[1];
  expect(tab, path).toBeDefined();
  for (const r of parsed.rows) {
    expect(typesByTab[tab!]).toContain(r['IndicatorType']);
    expect(actionsByType[r['IndicatorType']!]).toContain(r['Action']);
    expect(['Informational', 'Low', 'Medium', 'High']).toContain(r['Severity']);
    expect(r['ExpirationTime']).toMatch(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.0Z)?$/);
    expect(['true', 'false']).toContain(r['GenerateAlert']);
    if (r['Action'] === 'Audit') expect(r['GenerateAlert']).toBe('true');
    expect(categories).toContain(r['Category']);
    expect(r['MitreTechniques']).toMatch(/^(T\d{4}(\.\d{3})?(,T\d{4}(\.\d{3})?)*)?$/);
    expect(r['Title']!.length).toBeGreaterThan(0);
    expect(r['Description']!.length).toBeGreaterThan(0);
    for (const c of ['Title', 'Description', 'RecommendedActions', 'RbacGroups'])
      expect(r[c], c).not.toMatch(/^[=+\-@\t\r]/);
    const v = r['IndicatorValue']!;
    if (r['IndicatorType'] === 'FileSha256') expect(v).toMatch(/^[0-9a-f]{64}$/);
    if (r['IndicatorType'] === 'FileSha1') expect(v).toMatch(/^[0-9a-f]{40}$/);
    if (r['IndicatorType'] === 'IpAddress')
      expect(v.includes('/') || (v.includes(':') && v.split(':').length !== 8)).toBe(false);
  }
}

const threeCx = perTest(() => compile('rules/3cx-desktopapp-2023.yaml'));
const allKinds = perTest(() => compile('test/fixtures/all-kinds.yaml'));

describe('CSVs the portal imports', () => {
  test.each(['3cx', 'all-kinds'])('%s: header, enums per type, limits, formats', (name) => {
    const files = csvs(name === '3cx' ? threeCx() : allKinds());
    expect(files.size).toBeGreaterThan(0);
    for (const [path, parsed] of files) checkRows(path, parsed);
  });

  test('3CX: the rows', () => {
    const files = csvs(threeCx());
    expect([...files.keys()]).toEqual([
      'defender/files-001.csv',
      'defender/ips-001.csv',
      'defender/urls-domains-001.csv',
    ]);
    const rows = [...files.values()].flatMap((p) => p.rows);
    const count = (type: string): number => rows.filter((r) => r['IndicatorType'] === type).length;
    // The builds rule: 23 SHA-256 (W1-W15, M1-M11 but the two MSIs and the .nupkg, which are not PE files),
    // 10 SHA-1 (8 paired, 4 unpaired, but the MSIs'), 1 IP, 21 domains, 18 URLs (upload URL, repository,
    // 16 icons). Its 12 MD5 values are not carried.
    expect([count('FileSha256'), count('FileSha1'), count('IpAddress'), count('DomainName'), count('Url')]).toEqual([
      23, 10, 1, 21, 18,
    ]);
    const exe = rows.find(
      (r) => r['IndicatorValue'] === 'dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc',
    )!;
    expect(exe).toMatchObject({
      IndicatorType: 'FileSha256',
      ExpirationTime: '',
      Action: 'Block',
      Severity: 'High',
      Title:
        '3CX DesktopApp supply-chain compromise (March 2023): SHA-256 of 3CXDesktopApp.exe (Windows ' +
        'application 18.12.407)',
      Category: 'Malware',
      MitreTechniques: 'T1195.002,T1574.001,T1071.001,T1102.001',
      GenerateAlert: 'true',
    });
    const domain = rows.find((r) => r['IndicatorValue'] === 'akamaicontainer.com')!;
    expect(domain).toMatchObject({ IndicatorType: 'DomainName', Action: 'Block', Category: 'CommandAndControl' });
    expect(rows.some((r) => r['IndicatorValue'] === '172.93.201.88')).toBe(true);
  });

  test.each(['3cx', 'all-kinds'])(
    '%s: every SHA-256, SHA-1, IP, domain and URL is in a CSV, or in the coverage report with a reason',
    (name) => {
      const result = name === '3cx' ? threeCx() : allKinds();
      const values = new Set([...csvs(result).values()].flatMap((p) => p.rows.map((r) => r['IndicatorValue'])));
      for (const rule of result.ruleSet!.rules) {
        for (const o of observablesOf(rule).filter((x) => ['sha256', 'sha1', 'ip', 'domain', 'url'].includes(x.kind))) {
          const entry = result.coverage.find((e) => e.observable.id === o.id && e.observable.rule === rule.id)!;
          if (entry.carriedBy.includes('defender'))
            expect(values.has(o.value) || values.has(o.value.replace('::', ':0:0:0:'))).toBe(true);
          else expect(entry.notCarried['defender'], o.id).toMatch(/CIDR|external|MD5|only on PE files/);
        }
      }
    },
  );

  test('all kinds: network rows, CIDR and the rest', () => {
    const files = csvs(allKinds());
    expect([...files.keys()]).toEqual([
      'defender/files-001.csv',
      'defender/ips-001.csv',
      'defender/urls-domains-001.csv',
    ]);
    expect(files.get('defender/ips-001.csv')!.rows.map((r) => [r['IndicatorValue'], r['Category']])).toEqual([
      ['45.77.1.2', 'CommandAndControl'],
    ]);
    expect(
      files.get('defender/urls-domains-001.csv')!.rows.map((r) => `${r['IndicatorType']} ${r['IndicatorValue']}`),
    ).toEqual(['DomainName evil.example.com', 'Url https://evil.example.com/drop']);
    expect(allKinds().diagnostics.map((d) => d.code)).toContain('defender-cidr');
  });
});

describe('API batches', () => {
  test('the same indicators as the CSVs, in the import body shape', () => {
    const batches = allKinds().files.filter((f) => f.path.startsWith('defender/api/'));
    expect(batches.map((f) => f.path)).toEqual(['defender/api/batch-001.json']);
    const body = JSON.parse(batches[0]!.bytes.toString('utf8')) as { Indicators: Record<string, unknown>[] };
    expect(Object.keys(body)).toEqual(['Indicators']);
    const csvRows = [...csvs(allKinds()).values()].flatMap((p) => p.rows);
    expect(
      body.Indicators.map(
        (i) => `${String(i['indicatorType'])} ${String(i['indicatorValue'])} ${String(i['action'])}`,
      ).sort(),
    ).toEqual(csvRows.map((r) => `${r['IndicatorType']} ${r['IndicatorValue']} ${r['Action']}`).sort());
    for (const i of body.Indicators) {
      expect(Object.keys(i)).toEqual(
        expect.arrayContaining([
          'indicatorValue',
          'indicatorType',
          'action',
          'title',
          'description',
          'generateAlert',
          'externalID',
        ]),
      );
      if (i['expirationTime'] !== undefined) expect(i['expirationTime']).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });
});

describe('limits, actions, expiry', () => {
  // Build-wide options the way --set gives them (the real option resolution, checked).
  const emit = (text: string, o: Record<string, string> = {}) => {
    const { rule, diagnostics } = load('r.yaml', text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = buildRuleSet([rule!], '2026-01-01');
    const overrides = parseSetOptions(
      Object.entries(o).map(([k, v]) => `defender.${k}=${v}`),
      [defender],
    );
    const r = emitWith(defender, model.ruleSet, overrides['defender'] ?? {});
    return { ...r, modelDiagnostics: model.diagnostics };
  };

  test('500 rows per CSV and per API batch; the tenant budget is watched', () => {
    const domains = Array.from({ length: 1201 }, (_, i) => `d${String(i).padStart(4, '0')}.example.com`);
    const r = emit(ruleText('many', `network:\n  domains:\n${domains.map((d) => `    - ${d}`).join('\n')}`), {
      tenant_budget: '1000',
    });
    const paths = r.artifacts.map((a) => `${a.path} ${a.indicators}`);
    expect(paths).toEqual([
      'urls-domains-001.csv 500',
      'urls-domains-002.csv 500',
      'urls-domains-003.csv 201',
      'api/batch-001.json 500',
      'api/batch-002.json 500',
      'api/batch-003.json 201',
    ]);
    for (const a of r.artifacts.filter((x) => x.path.endsWith('.csv')))
      checkRows(`defender/${a.path}`, readCsv(a.content));
    expect(r.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'defender-budget: the build has 1201 Defender indicators; a tenant holds at most 1000',
    ]);
  });

  test('actions per type: BlockAndRemediate is mapped to Block for network indicators, with a warning', () => {
    const r = emit(
      ruleText(
        'act',
        `files: [{name: a.exe, sha256: "${'a'.repeat(64)}", os: windows}]\nnetwork: {domains: [evil.example.com, bad.example.net], urls: ['https://evil.example.com/x']}`,
        'response: {action: block-and-remediate}',
      ),
    );
    const rows = r.artifacts.filter((a) => a.path.endsWith('.csv')).flatMap((a) => readCsv(a.content).rows);
    expect(rows.map((x) => `${x['IndicatorType']} ${x['Action']}`)).toEqual([
      'FileSha256 BlockAndRemediate',
      'DomainName Block',
      'DomainName Block',
      'Url Block',
    ]);
    // One warning for the rule, not one per network indicator.
    expect(r.diagnostics.map((d) => d.code)).toEqual(['defender-action']);
    const audit = emit(ruleText('aud', 'network: {domains: [evil.example.com]}', 'response: {action: audit}'), {
      generate_alert: 'false',
    });
    expect(readCsv(audit.artifacts[0]!.content).rows[0]).toMatchObject({ Action: 'Audit', GenerateAlert: 'true' });
  });

  test("every category in Microsoft's list is accepted by --set and written as is; nothing else is accepted", () => {
    const rule = ruleText(
      'cat',
      `files: [{name: a.exe, sha256: "${'a'.repeat(64)}", os: windows}]\nnetwork: {domains: [evil.example.com]}`,
    );
    for (const c of categories) {
      const r = emit(rule, { category: c, network_category: c });
      const rows = r.artifacts.filter((a) => a.path.endsWith('.csv')).flatMap((a) => readCsv(a.content).rows);
      expect(rows.map((x) => x['Category'])).toEqual([c, c]);
    }
    for (const bad of ['Suspicious Activity', 'malware', 'None', 'CommandandControl', ''])
      for (const option of ['category', 'network_category'])
        expect(() => parseSetOptions([`defender.${option}=${bad}`], [defender]), `${option}=${bad}`).toThrow(
          /must be one of/,
        );
  });

  test("the accepted categories are Microsoft's list, nothing beyond: the refusal names exactly that list", () => {
    const refusal = (setting: string): string => setRefusal(setting, defender);
    for (const option of ['category', 'network_category'])
      expect(refusal(`defender.${option}=Other`)).toBe(
        `--set defender.${option}=Other: defender.${option} must be one of ${categories.join(', ')}`,
      );
  });

  test('an allow rule never alerts, whatever generate_alert says; block follows generate_alert', () => {
    const rows = (action: string, generateAlert: string) =>
      emit(ruleText('al', 'network: {domains: [evil.example.com]}', `response: {action: ${action}}`), {
        generate_alert: generateAlert,
      }).artifacts.flatMap((a) => (a.path.endsWith('.csv') ? readCsv(a.content).rows : []));
    expect(rows('allow', 'true').map((x) => `${x['Action']} ${x['GenerateAlert']}`)).toEqual(['Allowed false']);
    expect(rows('block', 'true').map((x) => `${x['Action']} ${x['GenerateAlert']}`)).toEqual(['Block true']);
    expect(rows('block', 'false').map((x) => `${x['Action']} ${x['GenerateAlert']}`)).toEqual(['Block false']);
    expect(rows('audit', 'false').map((x) => `${x['Action']} ${x['GenerateAlert']}`)).toEqual(['Audit true']);
  });

  test('max_rows and tenant_budget hold for the whole build: setting them in a rule is an error, not ignored', () => {
    const { rule } = load(
      'r.yaml',
      ruleText(
        'rows',
        'network: {domains: [evil.example.com]}',
        'targets: {defender: {max_rows: 10, generate_alert: false}}',
      ),
    );
    const model = buildRuleSet([rule!], '2026-01-01');
    const ds = checkRuleTargetOptions(model.ruleSet.rules, [defender]);
    expect(ds.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual(['build-option 9:22']);
    expect(ds[0]?.hint).toBe('set it with --set defender.max_rows=…');
  });

  test('expiration from expires; expired indicators are left out by the build, with a warning', () => {
    const r = emit(
      ruleText(
        'exp',
        'network:\n  domains:\n    - {value: live.example.com, expires: 2027-03-29}\n    - {value: ' +
          'gone.example.com, expires: 2025-01-01}',
      ),
    );
    const rows = readCsv(r.artifacts[0]!.content).rows;
    expect(rows.map((x) => `${x['IndicatorValue']} ${x['ExpirationTime']}`)).toEqual([
      'live.example.com 2027-03-30T00:00:00.0Z',
    ]);
    expect(r.modelDiagnostics.map((d) => d.code)).toContain('expired');
  });

  test('private addresses and CIDR ranges are left out, with warnings; IPv6 has all 8 groups', () => {
    const r = emit(ruleText('ips', 'network: {ips: [10.1.2.3, 45.77.8.0/24, "2001:4860:4860::8888", 45.77.1.2]}'));
    expect(readCsv(r.artifacts[0]!.content).rows.map((x) => x['IndicatorValue'])).toEqual([
      '2001:4860:4860:0:0:0:0:8888',
      '45.77.1.2',
    ]);
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['defender-cidr', 'defender-private-ip']);
  });

  test('an HTTPS URL with a path is written, with the coverage note that only Microsoft Edge matches it', () => {
    const urls = ['https://evil9.example/stage2.exe', 'https://evil9.example/?q=1', 'http://evil9.example/x'];
    const r = emit(ruleText('urls', `network: {urls: [${[...urls, 'https://evil9.example'].join(', ')}]}`));
    expect(readCsv(r.artifacts[0]!.content).rows.map((x) => x['IndicatorValue'])).toEqual([
      'http://evil9.example/x',
      'https://evil9.example/',
      'https://evil9.example/?q=1',
      'https://evil9.example/stage2.exe',
    ]);
    const notes = Object.fromEntries(r.coverage.map((c) => [c.observable, c.carried ? (c.note ?? '') : c.reason]));
    const edgeOnly: unknown = expect.stringMatching(/^matched only in Microsoft Edge: /);
    expect(notes).toEqual({
      'url:https://evil9.example/stage2.exe': edgeOnly,
      'url:https://evil9.example/?q=1': edgeOnly,
      'url:http://evil9.example/x': '',
      'url:https://evil9.example/': '',
    });
  });
});

describe('values are data', () => {
  test('free text is one line and never a formula', () => {
    expect(freeText('=cmd|calc')).toBe("'=cmd|calc");
    expect(freeText('@SUM(1)')).toBe("'@SUM(1)");
    expect(freeText('\tx')).toBe("'\tx");
    expect(freeText("'quoted")).toBe("''quoted");
    expect(freeText('a\r\nb\nc')).toBe('a b c');
    expect(freeText('plain, "quoted"')).toBe('plain, "quoted"');
  });

  const text = fc
    .string({ minLength: 1, maxLength: 80, unit: 'binary' })
    .filter((s) => s.trim() !== '' && !s.includes('\u0000'));

  test(
    'arbitrary titles, descriptions and recommendations never change rows, columns or actions, and ' + 'round-trip',
    () => {
      const q = (s: string): string => JSON.stringify(s);
      fc.assert(
        fc.property(text, text, text, (title, description, recommendation) => {
          const t = ruleText(
            'prop',
            `files: [{name: a.exe, sha256: "${'a'.repeat(64)}", sha1: "${'b'.repeat(40)}", os: windows}]\nnetwork: {domains: [evil.example.com], urls: ["https://evil.example.com/x"], ips: [45.77.1.2]}`,
            `response: {action: audit, recommendation: ${q(recommendation)}}`,
          )
            .replace('title: Test rule prop', `title: ${q(title)}`)
            .replace('description: A rule for the tests.', `description: ${q(description)}`);
          const { rule } = load('p.yaml', t);
          const r = emitWith(defender, buildRuleSet([rule!], '2026-01-01').ruleSet);
          const csv = r.artifacts.filter((a) => a.path.endsWith('.csv'));
          expect(csv.map((a) => a.path)).toEqual(['files-001.csv', 'ips-001.csv', 'urls-domains-001.csv']);
          const rows = csv.flatMap((a) => {
            const parsed = readCsv(a.content);
            expect(parsed.header).toEqual(header);
            return parsed.rows;
          });
          expect(rows.map((x) => `${x['IndicatorType']} ${x['Action']}`)).toEqual([
            'FileSha256 Audit',
            'FileSha1 Audit',
            'IpAddress Audit',
            'DomainName Audit',
            'Url Audit',
          ]);
          // The documented neutralized form: one line (breaks and control characters become spaces), and a
          // ' in front of a cell that a spreadsheet would run as a formula.
          const oneLine = (s: string): string =>
            s
              .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
              .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
          const unneutralized = (cell: string): string => cell.replace(/^'(?=[=+\-@\t'])/, '');
          for (const x of rows) {
            expect(Object.keys(x).length).toBe(12);
            for (const c of ['Title', 'Description', 'RecommendedActions']) {
              expect(x[c], c).not.toMatch(/^[=+\-@\t\r]/);
              expect(x[c], c).not.toMatch(/[\r\n]/);
            }
            expect(unneutralized(x['Title']!).startsWith(oneLine(title))).toBe(true);
            expect(unneutralized(x['RecommendedActions']!)).toBe(oneLine(recommendation));
          }
          const api = JSON.parse(r.artifacts.find((a) => a.path === 'api/batch-001.json')!.content) as {
            Indicators: { title: string; recommendedActions: string }[];
          };
          expect(api.Indicators.length).toBe(5);
          for (const i of api.Indicators) {
            expect(i.title.startsWith(title)).toBe(true);
            expect(i.recommendedActions).toBe(recommendation);
          }
        }),
        { numRuns: Number(process.env['IOCC_PROPERTY_RUNS'] ?? 300) },
      );
    },
  );
});
