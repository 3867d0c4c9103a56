// Microsoft Defender for Endpoint: custom indicators for the whole build, as the portal imports them
// (one CSV set per tab: files, IP addresses, URLs/domains; at most 500 rows each) and as the
// Indicators API imports them (api/batch-NNN.json, {"Indicators": [...]}, at most 500 each).
import type { Rule } from '../../src/model/types.js';
import { uuidV5 } from '../../src/model/uuid.js';
import {
  sharedCarried,
  type Artifact,
  type BuildOutput,
  type Carried,
  type RuleOutput,
  type Target,
} from '../../src/target.js';
import { csvLine, freeText } from './csv.js';
import { planRule, tabOf, typeOrder, type Indicator, type Tab } from './plan.js';
import { append, chunk } from '../../src/util/array.js';
import { defenderDiagnostics } from './codes.js';

type DefenderOptions = {
  category: string;
  network_category: string;
  rbac_groups: readonly string[];
  generate_alert: boolean;
  max_rows: number;
  tenant_budget: number;
};

/** Alert categories the portal accepts (PascalCase; "Suspicious Activity" with a space fails). */
export const categories = [
  'Collection',
  'CommandAndControl',
  'CredentialAccess',
  'DefenseEvasion',
  'Discovery',
  'Execution',
  'Exfiltration',
  'Exploit',
  'InitialAccess',
  'LateralMovement',
  'Malware',
  'Persistence',
  'PrivilegeEscalation',
  'Ransomware',
  'SuspiciousActivity',
  'UnwantedSoftware',
];

/** Exactly the header and column order of Microsoft's sample CSV. */
export const header = [
  'IndicatorType',
  'IndicatorValue',
  'ExpirationTime',
  'Action',
  'Severity',
  'Title',
  'Description',
  'RecommendedActions',
  'RbacGroups',
  'Category',
  'MitreTechniques',
  'GenerateAlert',
];

const tabs: readonly Tab[] = ['files', 'ips', 'urls-domains'];
const apiBatch = 500;

function csvRow(i: Indicator): string[] {
  return [
    i.type,
    i.value,
    i.expiration ?? '',
    i.action,
    i.severity,
    freeText(i.title),
    freeText(i.description),
    freeText(i.recommendedActions),
    freeText(i.rbacGroups.join(',')),
    i.category,
    i.mitreTechniques.join(','),
    i.generateAlert ? 'true' : 'false',
  ];
}

function apiIndicator(i: Indicator): Record<string, unknown> {
  return {
    indicatorValue: i.value,
    indicatorType: i.type,
    action: i.action,
    title: i.title,
    description: i.description,
    ...(i.expiration !== undefined && { expirationTime: i.expiration.replace('.0Z', 'Z') }),
    severity: i.severity,
    ...(i.recommendedActions !== '' && { recommendedActions: i.recommendedActions }),
    ...(i.rbacGroups.length > 0 && { rbacGroupNames: i.rbacGroups }),
    generateAlert: i.generateAlert,
    externalID: uuidV5(`defender:${i.rule}:${i.observable}`),
  };
}

const pad = (n: number): string => String(n).padStart(3, '0');

const byValue = (a: Indicator, b: Indicator): number => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** Rule by rule (by id), type by type (typeOrder), value by value: buckets, so the sort compares values only. */
function ordered(perRule: readonly (readonly [string, readonly Indicator[]])[]): Indicator[] {
  const out: Indicator[] = [];
  for (const [, indicators] of [...perRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const type of typeOrder) append(out, indicators.filter((i) => i.type === type).sort(byValue));
  }
  return out;
}

export const defender: Target<DefenderOptions, Indicator[]> = {
  id: 'defender',
  title: 'Microsoft Defender for Endpoint indicators',
  description:
    'Custom indicators for the whole build: defender/files-NNN.csv, ips-NNN.csv and urls-domains-NNN.csv ' +
    'for the portal import (Settings > Endpoints > Indicators, one tab each, 500 rows per file), and ' +
    'defender/api/batch-NNN.json for the Indicators API.',
  codes: defenderDiagnostics.codes,
  expresses: [
    { kind: 'sha256', how: 'FileSha256' },
    { kind: 'sha1', how: 'FileSha1' },
    { kind: 'ip', how: 'IpAddress (single external addresses; IPv6 with all 8 groups)' },
    { kind: 'domain', how: 'DomainName (the domain and its subdomains)' },
    { kind: 'url', how: 'Url' },
  ],
  options: {
    category: {
      type: 'enum',
      default: 'Malware',
      values: categories,
      description: 'alert category of file indicators',
    },
    network_category: {
      type: 'enum',
      default: 'CommandAndControl',
      values: categories,
      description: 'alert category of IP, domain and URL indicators',
    },
    rbac_groups: {
      type: 'string-list',
      default: [],
      description: 'device groups the indicators apply to (empty: all devices)',
    },
    generate_alert: {
      type: 'boolean',
      default: true,
      description: 'raise an alert on Block and Warn too (Audit always alerts)',
    },
    max_rows: {
      type: 'integer',
      scope: 'build',
      default: 500,
      minimum: 1,
      maximum: 500,
      description: 'rows per CSV file (the portal imports at most 500)',
    },
    tenant_budget: {
      type: 'integer',
      scope: 'build',
      default: 15000,
      minimum: 1,
      maximum: 1000000,
      description: 'indicators a tenant may hold; the build warns above it',
    },
  },
  emitRule(rule: Rule, options: DefenderOptions): RuleOutput<Indicator[]> {
    const r = planRule(rule, options);
    const carried = new Map<string, Carried>();
    const account = sharedCarried();
    for (const i of r.indicators) {
      const note = r.notes.get(i.observable);
      carried.set(i.observable, account(undefined, note));
    }
    return { artifacts: [], carried, reasons: r.reasons, diagnostics: r.diagnostics, data: r.indicators };
  },
  emitBuild(outputs, o): BuildOutput {
    const indicators = ordered(outputs.map(({ rule, output }) => [rule.id, output.data ?? []] as const));
    // rule id → observable → the CSV that holds it
    const placed = new Map<string, Map<string, string>>(outputs.map(({ rule }) => [rule.id, new Map()]));
    const csvs = tabs.flatMap((tab) =>
      chunk(
        indicators.filter((i) => tabOf[i.type] === tab),
        o.max_rows,
      ).map((rows, n) => ({ path: `${tab}-${pad(n + 1)}.csv`, rows })),
    );
    for (const { path, rows } of csvs) for (const i of rows) placed.get(i.rule)?.set(i.observable, path);
    // A generator: each file's text is made when the core writes it, so a feed's files are never all in memory.
    function* artifacts(): Generator<Artifact> {
      for (const { path, rows } of csvs) {
        yield {
          path,
          content: csvLine(header) + rows.map((i) => csvLine(csvRow(i))).join(''),
          rules: [...new Set(rows.map((i) => i.rule))],
          indicators: rows.length,
        };
      }
      for (const [n, batch] of chunk(indicators, apiBatch).entries()) {
        // One indicator per line: readable in a diff, and half the size of an indented document.
        yield {
          path: `api/batch-${pad(n + 1)}.json`,
          content: `{"Indicators": [\n${batch.map((i) => `  ${JSON.stringify(apiIndicator(i))}`).join(',\n')}\n]}\n`,
          rules: [...new Set(batch.map((i) => i.rule))],
          indicators: batch.length,
        };
      }
    }
    const first = outputs[0]?.rule;
    const diagnostics =
      indicators.length > o.tenant_budget && first !== undefined
        ? [
            defenderDiagnostics.warning(
              first.origin,
              'defender-budget',
              `the build has ${indicators.length} Defender indicators; a tenant holds at most ${o.tenant_budget}`,
              'import a subset, or raise tenant_budget if Microsoft raised the limit',
            ),
          ]
        : [];
    return { artifacts: artifacts(), placed, diagnostics };
  },
};
