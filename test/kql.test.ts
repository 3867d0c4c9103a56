// The KQL target on rules/: every query parses and analyzes without an error in Microsoft's Kusto
// language service against the Advanced Hunting tables (hunting queries and Defender XDR custom
// detections) and the Sentinel tables (analytics rules); detections return what Defender and Sentinel
// require; the Sentinel YAML meets the checks of Azure-Sentinel's CI; the 3CX indicators are all there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { build } from '../src/build.js';
import type { Artifact } from '../src/target.js';
import { kql } from '../targets/kql/index.js';
import { clip } from '../targets/kql/rules.js';
import { targets } from '../targets/index.js';
import { emitWith, setRefusal } from './support/emit.js';
import { buildRuleSet } from '../src/model/build.js';
import { root } from './support/helpers.js';
import { categories } from './support/defender-facts.js';
import { analyze, names } from './support/kusto.js';
import { load, ruleText } from './support/rules.js';

const built = perTest(() => {
  const result = build({ inputs: ['rules'], registry: targets, selected: targets, asOf: '2026-06-01', cwd: root });
  return { result, files: new Map(result.files.map((f) => [f.path, f.bytes.toString('utf8')])) };
});
const kqlFiles = (suffix: string): [string, string][] =>
  [...built().files.entries()].filter(([p]) => p.startsWith('kql/') && p.endsWith(suffix));

type GraphRule = {
  displayName: string;
  isEnabled: boolean;
  queryCondition: { queryText: string };
  schedule: { period: string };
  detectionAction: {
    alertTemplate: {
      title: string;
      description: string;
      severity: string;
      category: string;
      mitreTechniques: string[];
      impactedAssets: { '@odata.type': string; identifier: string }[];
    };
  };
};

type SentinelRule = {
  id: string;
  name: string;
  description: string;
  severity: string;
  requiredDataConnectors: { connectorId: string; dataTypes: string[] }[];
  queryFrequency: string;
  queryPeriod: string;
  triggerOperator: string;
  triggerThreshold: number;
  tactics: string[];
  relevantTechniques: string[];
  query: string;
  entityMappings: { entityType: string; fieldMappings: { identifier: string; columnName: string }[] }[];
  version: string;
  kind: string;
  tags?: string[];
};

const graph = (text: string): GraphRule => JSON.parse(text) as GraphRule;
const sentinel = (text: string): SentinelRule => yaml.load(text) as SentinelRule;

describe('every query analyzes cleanly in the Kusto language service', () => {
  test('the build writes KQL for every rule', () => {
    expect(built().result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(kqlFiles('.kql').length).toBeGreaterThan(10);
    expect(kqlFiles('.json').length).toBe(kqlFiles('.yaml').length);
  });

  test('hunting queries: zero errors against the Advanced Hunting tables', () => {
    for (const [path, text] of kqlFiles('.kql')) {
      const a = analyze(text);
      expect(a.diagnostics, path).toEqual([]);
      if (!path.endsWith('/software.kql'))
        expect(names(a).slice(0, 4), path).toEqual(['Timestamp', 'DeviceId', 'DeviceName', 'ReportId']);
    }
  });

  test('Defender XDR custom detections: zero errors, and Timestamp, DeviceId and ReportId in the result', () => {
    for (const [path, text] of kqlFiles('.json')) {
      const r = graph(text);
      const a = analyze(r.queryCondition.queryText);
      expect(a.diagnostics, path).toEqual([]);
      expect(names(a), path).toEqual(expect.arrayContaining(['Timestamp', 'DeviceId', 'ReportId']));
      // NRT-style: no comment lines in a detection, no Timestamp filter (Defender pre-filters by schedule).
      expect(r.queryCondition.queryText, path).not.toMatch(/^\s*\/\/|where Timestamp/m);
      expect(['0', '1H', '3H', '12H', '24H']).toContain(r.schedule.period);
      expect(['informational', 'low', 'medium', 'high']).toContain(r.detectionAction.alertTemplate.severity);
      expect(r.detectionAction.alertTemplate.impactedAssets).toEqual([
        { '@odata.type': '#microsoft.graph.security.impactedDeviceAsset', identifier: 'deviceId' },
      ]);
      expect(r.displayName).toBe(r.detectionAction.alertTemplate.title);
    }
  });

  test('Sentinel analytics rules: zero errors against the Sentinel tables (TimeGenerated, no Timestamp)', () => {
    for (const [path, text] of kqlFiles('.yaml')) {
      const r = sentinel(text);
      const a = analyze(r.query, 'sentinel');
      expect(a.diagnostics, path).toEqual([]);
      expect(names(a), path).toEqual(expect.arrayContaining(['TimeGenerated', 'DeviceId', 'ReportId']));
      // The same query against the Advanced Hunting tables fails: Sentinel's own table is the one checked.
      expect(analyze(r.query, 'advancedHunting').diagnostics.join('\n'), path).toMatch(/KS142.*TimeGenerated/);
    }
  });

  test('the checker catches an unknown column, an unknown table and a syntax error in a real query', () => {
    const text = built().files.get('kql/3cx-desktopapp-2023/process.kql') as string;
    expect(analyze(text.replace('SHA1 in~', 'Sha1 in~')).diagnostics.join('\n')).toMatch(
      /Error KS142 .*'Sha1' does not refer to any known column/,
    );
    expect(analyze(text.replace('DeviceProcessEvents\n', 'DeviceProcessEventz\n')).diagnostics.join('\n')).toMatch(
      /Error KS204 .*'DeviceProcessEventz'/,
    );
    expect(analyze(text.replace(/\)\n\| project/, '\n| project')).diagnostics.join('\n')).toMatch(/Error KS/);
    expect(analyze(text.replace('| project Timestamp, ', '| project ')).columns).not.toContain('Timestamp:datetime');
  });
});

describe('Sentinel YAML meets the checks of Azure-Sentinel CI', () => {
  // AttackTactic enum of Azure-Sentinel's detection-template schema validation.
  const attackTactics = [
    'InitialAccess',
    'Execution',
    'Persistence',
    'PrivilegeEscalation',
    'DefenseEvasion',
    'CredentialAccess',
    'Discovery',
    'LateralMovement',
    'Collection',
    'Exfiltration',
    'CommandAndControl',
    'Impact',
    'Reconnaissance',
    'ResourceDevelopment',
    'ImpairProcessControl',
    'InhibitResponseFunction',
  ];
  // Entity identifiers of Azure-Sentinel's EntityMappingIdentifiers.cs, for the types iocc maps.
  const identifiers: Record<string, string[]> = {
    Host: [
      'DnsDomain',
      'NTDomain',
      'HostName',
      'FullName',
      'NetBiosName',
      'AzureID',
      'OMSAgentID',
      'OSFamily',
      'OSVersion',
      'IsDomainJoined',
    ],
    IP: ['Address'],
    URL: ['Url'],
    File: ['Directory', 'Name'],
  };

  test('fields, lengths, enums and entity mappings', () => {
    const ids = new Set<string>();
    for (const [path, text] of kqlFiles('.yaml')) {
      const r = sentinel(text);
      expect(r.id, path).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(ids.has(r.id), path).toBe(false);
      ids.add(r.id);
      expect([...r.name].length).toBeLessThanOrEqual(256);
      expect([...r.description].length).toBeLessThanOrEqual(5000);
      expect(['Informational', 'Low', 'Medium', 'High']).toContain(r.severity);
      expect(r.query.length).toBeGreaterThanOrEqual(1);
      expect(r.query.length).toBeLessThanOrEqual(10000);
      expect(r.queryFrequency).toMatch(/^\d+[mhd]$/);
      expect(r.queryPeriod).toBe(r.queryFrequency);
      expect(['gt', 'lt', 'eq', 'ne']).toContain(r.triggerOperator);
      expect(r.triggerThreshold).toBe(0);
      for (const t of r.tactics) expect(attackTactics).toContain(t);
      expect(r.version).toMatch(/^(\d+\.)(\d+\.)(\d+)$/);
      expect(r.kind).toBe('Scheduled');
      expect(r.requiredDataConnectors).toEqual([
        { connectorId: 'MicrosoftThreatProtection', dataTypes: [r.query.split('\n')[0]] },
      ]);
      expect(r.entityMappings.length).toBeGreaterThanOrEqual(1);
      expect(r.entityMappings.length).toBeLessThanOrEqual(5);
      const columns = names(analyze(r.query, 'sentinel'));
      for (const m of r.entityMappings) {
        expect(m.fieldMappings.length).toBeGreaterThanOrEqual(1);
        expect(m.fieldMappings.length).toBeLessThanOrEqual(3);
        for (const f of m.fieldMappings) {
          expect(identifiers[m.entityType], `${path} ${m.entityType}`).toContain(f.identifier);
          expect(columns, path).toContain(f.columnName);
        }
      }
    }
  });

  test('3CX: every tactic of every technique (ATT&CK v19.2), as Sentinel names them', () => {
    const r = sentinel(built().files.get('kql/3cx-desktopapp-2023/sentinel/process.yaml') as string);
    // attack: [initial-access, command-and-control, T1195.002, T1574.001, T1071.001, T1102.001]; in v19.2
    // T1195.002 is initial-access, T1574.001 execution and stealth (Sentinel: DefenseEvasion), T1071.001
    // and T1102.001 command-and-control (reference/attack-enterprise-v19.2.json).
    expect(r.tactics).toEqual(['InitialAccess', 'Execution', 'DefenseEvasion', 'CommandAndControl']);
    expect(r.relevantTechniques).toEqual(['T1195.002', 'T1574.001', 'T1071.001', 'T1102.001']);
    expect(r.severity).toBe('High');
  });
});

describe('the 3CX rule', () => {
  type Entry = {
    name?: string;
    original_name?: string;
    sha256?: string;
    sha1?: string;
    md5?: string;
    os?: string;
    role?: string;
    version?: string;
  };
  const source = yaml.load(readFileSync(join(root, 'rules', '3cx-desktopapp-2023.yaml'), 'utf8')) as {
    files: Entry[];
    network: { domains: (string | { value: string })[]; ips: (string | { value: string })[] };
  };
  /** Every string literal of the rule's queries, as Kusto reads it, per table. */
  const literals = (stem: string): string[] =>
    [...built().files.entries()]
      .filter(([p]) => p.startsWith('kql/3cx-desktopapp-2023/') && p.endsWith('.kql') && p.includes(`/${stem}`))
      .flatMap(([, t]) => analyze(t).strings);

  test('every Windows hash (SHA256, SHA1, MD5) is in the file events, executables in process events too', () => {
    const fileStrings = literals('file');
    const windows = source.files.filter((f) => f.os === 'windows');
    const hashes = windows.flatMap((f) => [f.sha256, f.sha1, f.md5].filter((h): h is string => h !== undefined));
    expect(hashes.length).toBeGreaterThan(30);
    for (const h of hashes) expect(fileStrings, h).toContain(h);
    const processStrings = literals('process');
    for (const f of windows.filter((x) => x.name === '3CXDesktopApp.exe'))
      for (const h of [f.sha256, f.sha1, f.md5].filter((x): x is string => x !== undefined))
        expect(processStrings).toContain(h);
  });

  test('3CXDesktopApp.exe by original file name with the affected versions', () => {
    const text = built().files.get('kql/3cx-desktopapp-2023/process.kql') as string;
    expect(text).toContain(
      '(ProcessVersionInfoOriginalFileName =~ "3CXDesktopApp.exe" and ProcessVersionInfoProductVersion in ' +
        '("18, 12, 407, 0", "18, 12, 416, 0", "18.12.407", "18.12.407.0", "18.12.416", "18.12.416.0"))',
    );
  });

  test('the installer names, every domain and the IP', () => {
    const fileStrings = literals('file');
    for (const n of ['3cxdesktopapp-18.12.407.msi', '3cxdesktopapp-18.12.416.msi']) expect(fileStrings).toContain(n);
    const net = literals('network');
    const domains = source.network.domains.map((d) => (typeof d === 'string' ? d : d.value));
    expect(domains).toHaveLength(21);
    for (const d of domains) expect(net).toContain(d);
    for (const ip of source.network.ips) expect(net).toContain(typeof ip === 'string' ? ip : ip.value);
  });

  test('coverage: names, original names, versions and MD5 values Defender cannot carry are carried by kql', () => {
    const of = built().result.coverage.filter((e) => e.observable.rule === '3cx-desktopapp-2023');
    const md5 = of.filter((e) => e.observable.kind === 'md5');
    const original = of.filter((e) => e.observable.kind === 'original-file-name');
    const installers = of.filter((e) => e.observable.id.startsWith('file-name:windows:3cxdesktopapp-18.12.'));
    const versions = of.filter((e) => e.observable.kind === 'software-version');
    for (const e of [...md5, ...original, ...installers, ...versions]) {
      expect(e.carriedBy, e.observable.id).toContain('kql');
      expect(e.carriedBy, e.observable.id).not.toContain('defender');
    }
    expect([md5.length, original.length, installers.length, versions.length].every((n) => n > 0)).toBe(true);
  });
});

describe('output', () => {
  const ruleSet = (tlp: string, action = 'audit') => {
    const { rule } = load(
      'r.yaml',
      ruleText(
        'tlp-rule',
        `files:\n  - {name: x.exe, sha1: "${'1'.repeat(40)}", os: windows, role: payload}\nnetwork:\n  ` +
          `domains: [evil.example.com]`,
        `response: {action: ${action}}`,
      ).replace('tlp: clear', `tlp: ${tlp}`),
    );
    return buildRuleSet([rule!], '2026-01-01').ruleSet;
  };
  const contents = (as: readonly Artifact[]) => as.map((a) => [a.path, a.content]);

  test("descriptions past the portals' 5,000 are clipped by characters, with an ellipsis; titles fit", () => {
    // The longest title a rule may have (200 characters, 210 UTF-16 units) and its query kind fit in 256.
    const title = `${'A'.repeat(190)}${'\u{1F600}'.repeat(10)}`;
    const body = `${'d'.repeat(4990)}${'\u{1F600}'.repeat(20)}`;
    const { rule } = load(
      'r.yaml',
      ruleText('long', `files:\n  - {name: x.exe, sha1: "${'1'.repeat(40)}", os: windows, role: payload}`)
        .replace('title: Test rule long', `title: ${title}`)
        .replace('description: A rule for the tests.', `description: ${body}`),
    );
    expect(rule).toBeDefined();
    const titles: string[] = [];
    const descriptions: string[] = [];
    for (const a of emitWith(kql, buildRuleSet([rule!], '2026-01-01').ruleSet).artifacts) {
      if (a.path.endsWith('.json')) {
        const g = graph(a.content);
        titles.push(g.displayName, g.detectionAction.alertTemplate.title);
        descriptions.push(g.detectionAction.alertTemplate.description);
      }
      if (a.path.endsWith('.yaml')) {
        const r = sentinel(a.content);
        titles.push(r.name);
        descriptions.push(r.description);
      }
    }
    expect(titles.length).toBeGreaterThanOrEqual(3);
    for (const t of titles) {
      expect(t.startsWith(`${title} - `), t).toBe(true);
      expect(t.endsWith('\u2026')).toBe(false);
    }
    expect(descriptions.length).toBeGreaterThanOrEqual(2);
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const d of descriptions) {
      expect([...d].length).toBe(5000);
      expect(d.endsWith('\u2026')).toBe(true);
      expect(d).toContain('d'.repeat(1000));
      expect(lone.test(d)).toBe(false);
    }
  });

  test('clipping: text of exactly the limit is kept; one character more keeps limit - 1 and an ellipsis', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab\u2026');
    expect(clip('\u{1F600}\u{1F600}\u{1F600}', 3)).toBe('\u{1F600}\u{1F600}\u{1F600}');
    expect(clip('\u{1F600}\u{1F600}\u{1F600}\u{1F600}', 3)).toBe('\u{1F600}\u{1F600}\u2026');
  });

  test("the alert categories are Microsoft's list, nothing beyond: the refusal names exactly that list", () => {
    const refusal = (setting: string): string => setRefusal(setting, kql);
    for (const option of ['category', 'network_category']) {
      expect(refusal(`kql.${option}=Other`)).toBe(
        `--set kql.${option}=Other: kql.${option} must be one of ${categories.join(', ')}`,
      );
      for (const c of categories) expect(refusal(`kql.${option}=${c}`), c).toBe('accepted');
    }
  });

  test('the same input gives the same bytes', () => {
    expect(contents(emitWith(kql, ruleSet('amber')).artifacts)).toEqual(
      contents(emitWith(kql, ruleSet('amber')).artifacts),
    );
  });

  test('TLP other than clear is marked in every artifact', () => {
    for (const a of emitWith(kql, ruleSet('amber+strict')).artifacts) {
      if (a.path.endsWith('.kql')) expect(a.content, a.path).toMatch(/^\/\/ TLP:AMBER\+STRICT /);
      if (a.path.endsWith('.json'))
        expect(graph(a.content).detectionAction.alertTemplate.description).toMatch(/^TLP:AMBER\+STRICT\. /);
      if (a.path.endsWith('.yaml')) expect(sentinel(a.content).tags).toEqual(['TLP:AMBER+STRICT']);
    }
    for (const a of emitWith(kql, ruleSet('clear')).artifacts) expect(a.content, a.path).not.toContain('TLP:');
  });

  test(
    'response.action: block blocks the file of each row by its SHA1 column; block-and-remediate also ' +
      'quarantines it; audit does nothing',
    () => {
      const actionsOf = (action: string) =>
        emitWith(kql, ruleSet('clear', action))
          .artifacts.filter((a) => a.path.includes('/defender/'))
          .map((a) => [
            a.path,
            (JSON.parse(a.content) as { detectionAction: { automatedActions?: unknown } }).detectionAction
              .automatedActions,
          ]);
      const block = { blockFiles: [{ '@odata.type': '#microsoft.graph.security.fileAction', sha1Column: 'SHA1' }] };
      expect(actionsOf('block')).toEqual([
        ['tlp-rule/defender/process.json', block],
        ['tlp-rule/defender/file.json', block],
        ['tlp-rule/defender/network.json', undefined],
      ]);
      expect(actionsOf('block-and-remediate')[0]).toEqual([
        'tlp-rule/defender/process.json',
        {
          ...block,
          stopAndQuarantineFiles: [
            {
              '@odata.type': '#microsoft.graph.security.stopAndQuarantineFileAction',
              deviceIdColumn: 'DeviceId',
              sha1Column: 'SHA1',
            },
          ],
        },
      ]);
      expect(actionsOf('audit').map(([, a]) => a)).toEqual([undefined, undefined, undefined]);
      // The columns the actions name are in every file query's result.
      for (const [path, text] of kqlFiles('.json').filter(([p]) => !p.endsWith('/network.json')))
        expect(names(analyze(graph(text).queryCondition.queryText)), path).toEqual(
          expect.arrayContaining(['SHA1', 'DeviceId']),
        );
    },
  );

  test('a subdomain test per label count: the host of RemoteUrl, lower case, against the domain', () => {
    const text = emitWith(kql, ruleSet('clear')).artifacts.find((a) => a.path.endsWith('network.kql'))?.content;
    expect(text).toContain('strcat_array(array_slice(RemoteHostLabels, -3, -1), ".") in ("evil.example.com")');
  });
});
