// The rule objects around a query: a Defender XDR custom detection as the Graph API creates it
// (POST /beta/security/rules/detectionRules) and a Sentinel scheduled analytics rule in the YAML of
// Azure-Sentinel's Detections/ folder, with what that repository's CI checks (lengths, tactics of every
// technique, entity mappings, version X.Y.Z).
import type { Rule, Severity } from '../../src/model/types.js';
import { techniqueTactics, tacticOrder } from '../../src/values/attack.js';
import type { Table, TableSpec } from './tables.js';

export interface Described {
  readonly title: string;
  /** The Sentinel rule id (UUIDv5 of the table and part in the rule's uuid). */
  readonly id: string;
  readonly table: Table;
  readonly spec: TableSpec;
}

interface Options {
  readonly schedule: string;
  readonly sentinel_frequency: string;
  readonly category: string;
  readonly network_category: string;
}

const graphSeverity: Record<Severity, string> = {
  informational: 'informational',
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'high',
};
const sentinelSeverity: Record<Severity, string> = {
  informational: 'Informational',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'High',
};

/**
 * ATT&CK tactics as Sentinel's AttackTactic enum names them. ATT&CK v19 split Defense Evasion into
 * Stealth and Defense Impairment; Sentinel still knows DefenseEvasion, which covers both.
 */
const sentinelTactic: Readonly<Record<string, string>> = {
  reconnaissance: 'Reconnaissance',
  'resource-development': 'ResourceDevelopment',
  'initial-access': 'InitialAccess',
  execution: 'Execution',
  persistence: 'Persistence',
  'privilege-escalation': 'PrivilegeEscalation',
  stealth: 'DefenseEvasion',
  'defense-impairment': 'DefenseEvasion',
  'defense-evasion': 'DefenseEvasion',
  'credential-access': 'CredentialAccess',
  discovery: 'Discovery',
  'lateral-movement': 'LateralMovement',
  collection: 'Collection',
  'command-and-control': 'CommandAndControl',
  exfiltration: 'Exfiltration',
  impact: 'Impact',
};

/** Every tactic the rule names and every tactic of its techniques, in matrix order, as Sentinel names them. */
export function sentinelTactics(rule: Rule): string[] {
  const shorts = new Set([...rule.attack.tactics, ...rule.attack.techniques.flatMap((t) => techniqueTactics(t))]);
  const ordered = tacticOrder.filter((t) => shorts.has(t));
  return [...new Set(ordered.flatMap((t) => (sentinelTactic[t] !== undefined ? [sentinelTactic[t]] : [])))];
}

/** At most `max` characters (code points): longer text keeps its first max - 1 and an ellipsis. */
export const clip = (s: string, max: number): string =>
  [...s].length <= max ? s : `${[...s].slice(0, max - 1).join('')}…`;

function description(rule: Rule, d: Described): string {
  const tlp = rule.tlp === 'clear' ? '' : `TLP:${rule.tlp.toUpperCase()}. `;
  return `${tlp}A row means: ${d.spec.meaning}. ${rule.description}`;
}

/**
 * The file actions `response.action` asks for, on the file of each row (its SHA1 column; Defender acts on
 * SHA1): `block` blocks the file, `block-and-remediate` also stops and quarantines it where it was seen.
 * Network rows name no malicious file, so the network query gets none.
 */
function automatedActions(rule: Rule, d: Described): Record<string, unknown> | undefined {
  if (d.spec.network || (rule.action !== 'block' && rule.action !== 'block-and-remediate')) return undefined;
  const block = { blockFiles: [{ '@odata.type': '#microsoft.graph.security.fileAction', sha1Column: 'SHA1' }] };
  if (rule.action === 'block') return block;
  return {
    ...block,
    stopAndQuarantineFiles: [
      {
        '@odata.type': '#microsoft.graph.security.stopAndQuarantineFileAction',
        deviceIdColumn: 'DeviceId',
        sha1Column: 'SHA1',
      },
    ],
  };
}

export function graphRule(rule: Rule, d: Described, query: string, o: Options): Record<string, unknown> {
  const actions = automatedActions(rule, d);
  return {
    displayName: clip(d.title, 256),
    isEnabled: true,
    queryCondition: { queryText: query },
    schedule: { period: o.schedule },
    detectionAction: {
      alertTemplate: {
        title: clip(d.title, 256),
        description: clip(description(rule, d), 5000),
        severity: graphSeverity[rule.severity],
        category: d.spec.network ? o.network_category : o.category,
        recommendedActions: rule.recommendation ?? null,
        mitreTechniques: [...rule.attack.techniques],
        impactedAssets: [{ '@odata.type': '#microsoft.graph.security.impactedDeviceAsset', identifier: 'deviceId' }],
      },
      organizationalScope: null,
      ...(actions !== undefined && { automatedActions: actions }),
    },
  };
}

export function sentinelRule(rule: Rule, d: Described, query: string, o: Options): Record<string, unknown> {
  const tags = rule.tlp === 'clear' ? [] : [`TLP:${rule.tlp.toUpperCase()}`];
  return {
    id: d.id,
    name: clip(d.title, 256),
    description: clip(description(rule, d), 5000),
    severity: sentinelSeverity[rule.severity],
    requiredDataConnectors: [{ connectorId: 'MicrosoftThreatProtection', dataTypes: [d.table] }],
    queryFrequency: o.sentinel_frequency,
    queryPeriod: o.sentinel_frequency,
    triggerOperator: 'gt',
    triggerThreshold: 0,
    tactics: sentinelTactics(rule),
    relevantTechniques: [...rule.attack.techniques],
    query,
    entityMappings: d.spec.entities.map(([entityType, fields]) => ({
      entityType,
      fieldMappings: fields.map(([identifier, columnName]) => ({ identifier, columnName })),
    })),
    ...(tags.length > 0 && { tags }),
    version: '1.0.0',
    kind: 'Scheduled',
  };
}
