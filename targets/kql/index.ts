// KQL: per iocc rule, one query per Advanced Hunting table with something to match (kql/<rule-id>/),
// as a hunting query (<table>.kql), a Defender XDR custom detection for the Graph API
// (defender/<table>.json) and a Microsoft Sentinel scheduled analytics rule (sentinel/<table>.yaml).
// Values reach the queries through escape.ts; the JSON and YAML around them are serialized from objects.
import yaml from 'js-yaml';
import type { Rule } from '../../src/model/types.js';
import { uuidV5 } from '../../src/model/uuid.js';
import { sharedCarried, type Artifact, type Carried, type RuleOutput, type Target } from '../../src/target.js';
import { kqlComment } from './escape.js';
import { graphRule, sentinelRule, type Described } from './rules.js';
import { planRule } from './plan.js';
import { queryText, splitQuery, type QueryPart } from './query.js';
import { tables } from './tables.js';
import { kqlDiagnostics } from './codes.js';

export type KqlOptions = {
  schedule: string;
  sentinel_frequency: string;
  category: string;
  network_category: string;
  max_query_chars: number;
};

/** Alert categories Defender XDR offers for custom detections (as the Indicators API spells them). */
const categories = [
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

const pad = (n: number): string => String(n).padStart(3, '0');
const tlpMark = (rule: Rule): string => (rule.tlp === 'clear' ? '' : `TLP:${rule.tlp.toUpperCase()} `);

function hunting(rule: Rule, d: Described, part: QueryPart): string {
  const spec = tables[part.table];
  const header = [
    `${tlpMark(rule)}${d.title}`,
    `iocc rule ${rule.id} (${rule.uuid}), severity ${rule.severity}; compiled by iocc: edit the rule, not this file.`,
    `A row means: ${spec.meaning}.`,
    spec.detection
      ? 'Returns Timestamp, DeviceId and ReportId, as a Defender XDR custom detection requires.'
      : 'A hunting query: DeviceTvmSoftwareInventory has no Timestamp or ReportId, so it cannot be a custom detection.',
  ];
  return `${header.map((l) => `// ${kqlComment(l)}`).join('\n')}\n${queryText(part, 'defender')}\n`;
}

/** The files of one query part: the hunting query, and for a detection table the Graph and Sentinel rules. */
function* partFiles(rule: Rule, d: Described, part: QueryPart, stem: string, o: KqlOptions): Generator<Artifact> {
  const indicators = part.carries.length;
  yield { path: `${rule.id}/${stem}.kql`, content: hunting(rule, d, part), rules: [rule.id], indicators };
  if (!d.spec.detection) return;
  const graph = graphRule(rule, d, queryText(part, 'defender'), o);
  yield {
    path: `${rule.id}/defender/${stem}.json`,
    content: `${JSON.stringify(graph, null, 2)}\n`,
    rules: [rule.id],
    indicators,
  };
  const sentinel = sentinelRule(rule, d, queryText(part, 'sentinel'), o);
  yield {
    path: `${rule.id}/sentinel/${stem}.yaml`,
    content: yaml.dump(sentinel, { lineWidth: -1, noRefs: true, sortKeys: false }),
    rules: [rule.id],
    indicators,
  };
}

function emitRule(rule: Rule, o: KqlOptions): RuleOutput {
  const plan = planRule(rule);
  // What each file will hold; its text is made when the core writes it.
  const parts: { d: Described; part: QueryPart; stem: string }[] = [];
  const carried = new Map<string, Carried>();
  const account = sharedCarried();
  for (const q of plan.queries) {
    const spec = tables[q.table];
    const split = splitQuery(q, o.max_query_chars, rule.origin);
    split.forEach((part, n) => {
      const stem = n === 0 ? spec.key : `${spec.key}-part-${pad(n + 1)}`;
      const d: Described = {
        title: `${rule.title} - ${spec.title}${split.length > 1 ? ` (Part ${n + 1} of ${split.length})` : ''}`,
        id: uuidV5(n === 0 ? `kql:${spec.key}` : `kql:${spec.key}#part-${n + 1}`, rule.uuid),
        table: q.table,
        spec,
      };
      parts.push({ d, part, stem });
      const path = `${rule.id}/${stem}.kql`;
      for (const id of part.carries) {
        if (carried.has(id)) continue;
        const note = plan.notes.get(id);
        carried.set(id, account(path, note));
      }
    });
  }
  function* artifacts(): Generator<Artifact> {
    for (const { d, part, stem } of parts) yield* partFiles(rule, d, part, stem, o);
  }
  return { artifacts: artifacts(), carried, reasons: plan.reasons, diagnostics: [] };
}

export const kql: Target<KqlOptions> = {
  id: 'kql',
  title: 'KQL for Defender XDR and Microsoft Sentinel',
  description:
    'Per rule, one query per Advanced Hunting table with something to match (kql/<rule-id>/<table>.kql), ' +
    'as a Defender XDR custom detection for the Graph API (defender/<table>.json) and a Sentinel scheduled ' +
    'analytics rule (sentinel/<table>.yaml); long lists split into complete queries of at most max_query_chars.',
  codes: kqlDiagnostics.codes,
  expresses: [
    { kind: 'sha256', how: 'SHA256 in~ (DeviceProcessEvents, DeviceImageLoadEvents, DeviceFileEvents)' },
    { kind: 'sha1', how: 'SHA1 in~ (same tables)' },
    { kind: 'md5', how: 'MD5 in~ (same tables)' },
    { kind: 'original-file-name', how: 'ProcessVersionInfoOriginalFileName with ProcessVersionInfoProductVersion' },
    { kind: 'file-name', how: 'FileName (and FolderPath) for versioned installer names and name-only entries' },
    { kind: 'software-version', how: 'DeviceTvmSoftwareInventory SoftwareName and SoftwareVersion (hunting query)' },
    { kind: 'domain', how: 'the host of RemoteUrl: the domain and its subdomains (DeviceNetworkEvents)' },
    { kind: 'url', how: 'RemoteUrl in~ (DeviceNetworkEvents)' },
    { kind: 'ip', how: 'RemoteIP, ipv4_is_in_any_range, ipv6_is_in_any_range (DeviceNetworkEvents)' },
  ],
  options: {
    schedule: {
      type: 'enum',
      default: '1H',
      values: ['1H', '3H', '12H', '24H'],
      description: 'how often a Defender XDR custom detection runs (Graph schedule.period)',
    },
    sentinel_frequency: {
      type: 'enum',
      default: '1h',
      values: ['5m', '15m', '1h', '3h', '12h', '1d'],
      description: 'queryFrequency and queryPeriod of the Sentinel analytics rules',
    },
    category: {
      type: 'enum',
      default: 'Malware',
      values: categories,
      description: 'alert category of the file queries',
    },
    network_category: {
      type: 'enum',
      default: 'CommandAndControl',
      values: categories,
      description: 'alert category of the network query',
    },
    max_query_chars: {
      type: 'integer',
      default: 10000,
      minimum: 1000,
      maximum: 10000,
      description: 'a longer query is split into complete parts (Sentinel accepts at most 10,000 characters)',
    },
  },
  emitRule,
};
