// The STIX 2.1 bundle of one rule: who wrote it (identity), its TLP marking, the threat (campaign),
// its ATT&CK techniques (attack-pattern) and CVEs (vulnerability), one indicator per observable, and
// the relationships between them. Every id is deterministic (ids.ts) and every timestamp comes from the
// rule, never the clock, so the same rule gives the same bytes.
import type { Confidence, Rule } from '../../src/model/types.js';
import { lookupTechnique, techniqueTactics } from '../../src/values/attack.js';
import { indicatorId, relationshipId, stixId } from './ids.js';
import type { IndicatorDraft } from './plan.js';
import { tlp2Ids, tlpMarking } from './tlp.js';

export type StixObject = Readonly<Record<string, unknown>> & { readonly type: string; readonly id: string };

/** STIX confidence from iocc's grades (the spec's None/Low/Med/High scale: 15, 50, 85). */
export const confidenceScore: Readonly<Record<Confidence, number>> = { low: 15, medium: 50, high: 85 };

export const timestamp = (date: string): string => `${date}T00:00:00.000Z`;

/** `expires` is the last day an indicator is used; valid_until is the first moment it is not. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// Network techniques (command and control, exfiltration) are indicated by network indicators, the others
// by file and software indicators.
const networkTactics: ReadonlySet<string> = new Set(['command-and-control', 'exfiltration']);
const isNetworkTechnique = (id: string): boolean => techniqueTactics(id).some((t) => networkTactics.has(t));

const techniqueUrl = (id: string): string => `https://attack.mitre.org/techniques/${id.replace('.', '/')}`;

/** A reference's source name: the host it is on (STIX requires a source_name). */
const sourceName = (url: string): string => {
  try {
    return new URL(url).hostname || 'reference';
  } catch {
    return 'reference';
  }
};

/** A rule's bundle in three runs of objects, in bundle order; the two long runs are made as they are read. */
export interface RuleBundle {
  readonly id: string;
  /** Identity, TLP marking, campaign, attack-patterns, vulnerabilities: a handful. */
  readonly head: readonly StixObject[];
  /** One indicator per draft, made one at a time. */
  indicators(): Iterable<StixObject>;
  /** The relationships (campaign to CVE, then each indicator's), made one at a time. */
  relationships(): Iterable<StixObject>;
}

/**
 * The bundle of a rule. `drafts` is called each time a long run is
 * read, so a bundle kept for the build-wide step holds no indicator (it plans them again).
 */
export function ruleBundle(rule: Rule, drafts: () => Iterable<IndicatorDraft>): RuleBundle {
  const created = timestamp(rule.date);
  const modified = timestamp(rule.modified ?? rule.date);
  const identity = stixId('identity', { iocc: 'identity', name: rule.author });
  const common = {
    spec_version: '2.1',
    created,
    modified,
    created_by_ref: identity,
    object_marking_refs: [tlp2Ids[rule.tlp]],
  };
  const objects: StixObject[] = [
    { type: 'identity', id: identity, ...common, name: rule.author, identity_class: 'organization' },
    tlpMarking(rule.tlp) as StixObject,
  ];
  const campaign = stixId('campaign', { iocc: 'rule', uuid: rule.uuid });
  objects.push({
    type: 'campaign',
    id: campaign,
    ...common,
    name: rule.title,
    description: rule.description,
    external_references: [
      { source_name: 'iocc', external_id: rule.id },
      ...rule.references.map((url) => ({ source_name: sourceName(url), url })),
    ],
    // What STIX has no property for, so that `iocc import stix` gives the rule back.
    x_iocc_rule: {
      severity: rule.severity,
      status: rule.status,
      action: rule.action,
      ...(rule.recommendation !== undefined && { recommendation: rule.recommendation }),
    },
  });
  const techniques = rule.attack.techniques.flatMap((t) => {
    const found = lookupTechnique(t);
    return found.status === 'active' ? [found] : [];
  });
  const patternIds = new Map<string, string>();
  for (const t of techniques) {
    const id = stixId('attack-pattern', { iocc: 'attack-pattern', external_id: t.id });
    patternIds.set(t.id, id);
    objects.push({
      type: 'attack-pattern',
      id,
      ...common,
      name: t.name,
      ...(t.tactics.length > 0 && {
        kill_chain_phases: t.tactics.map((phase_name) => ({ kill_chain_name: 'mitre-attack', phase_name })),
      }),
      external_references: [{ source_name: 'mitre-attack', external_id: t.id, url: techniqueUrl(t.id) }],
    });
  }
  const relationship = (source: string, relationship_type: string, target: string): StixObject => ({
    type: 'relationship',
    id: relationshipId(relationship_type, source, target),
    ...common,
    relationship_type,
    source_ref: source,
    target_ref: target,
  });
  const vulnerabilities: string[] = [];
  for (const cve of rule.cve) {
    const id = stixId('vulnerability', { iocc: 'vulnerability', name: cve });
    objects.push({
      type: 'vulnerability',
      id,
      ...common,
      name: cve,
      external_references: [{ source_name: 'cve', external_id: cve }],
    });
    vulnerabilities.push(id);
  }
  const phases = rule.attack.tactics.map((phase_name) => ({ kill_chain_name: 'mitre-attack', phase_name }));
  const indicator = (d: IndicatorDraft): StixObject => {
    const expires = d.expires ?? rule.expires;
    // A file's pattern is made when read: once here.
    const pattern = d.pattern;
    return {
      type: 'indicator',
      id: indicatorId(pattern),
      ...common,
      name: d.name,
      ...(d.description !== undefined && { description: d.description }),
      indicator_types: [rule.action === 'allow' ? 'benign' : 'malicious-activity'],
      pattern,
      pattern_type: 'stix',
      pattern_version: '2.1',
      valid_from: created,
      ...(expires !== undefined && { valid_until: timestamp(dayAfter(expires)) }),
      ...(phases.length > 0 && { kill_chain_phases: phases }),
      ...(d.confidence !== undefined && { confidence: confidenceScore[d.confidence] }),
      ...d.custom,
    };
  };
  return {
    id: stixId('bundle', { iocc: 'bundle', uuid: rule.uuid }),
    head: objects,
    *indicators() {
      for (const d of drafts()) yield indicator(d);
    },
    *relationships() {
      for (const id of vulnerabilities) yield relationship(campaign, 'targets', id);
      for (const d of drafts()) {
        const id = indicatorId(d.pattern);
        yield relationship(id, 'indicates', campaign);
        for (const t of techniques) {
          const pattern = patternIds.get(t.id);
          if (pattern !== undefined && isNetworkTechnique(t.id) === d.network)
            yield relationship(id, 'indicates', pattern);
        }
      }
    },
  };
}

/** Every object of the bundle, in bundle order. */
export function* bundleObjects(bundle: RuleBundle): Generator<StixObject> {
  yield* bundle.head;
  yield* bundle.indicators();
  yield* bundle.relationships();
}
