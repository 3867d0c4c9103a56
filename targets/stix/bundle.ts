// The STIX 2.1 bundle of one rule: who wrote it (identity), its TLP marking, the threat (campaign),
// its ATT&CK techniques (attack-pattern) and CVEs (vulnerability), one indicator per observable, and
// the relationships between them. Every id is deterministic (ids.ts) and every timestamp comes from the
// rule, never the clock, so the same rule gives the same bytes.
import type { Confidence, Rule } from '../../src/model/types.js';
import { lookupTechnique, techniqueTactics } from '../../src/values/attack.js';
import { indicatorId, stixId } from './ids.js';
import type { IndicatorDraft } from './plan.js';
import { tlp2Ids, tlpMarking } from './tlp.js';
import { stixDiagnostics } from './codes.js';

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

export function ruleBundle(rule: Rule, drafts: readonly IndicatorDraft[]): { id: string; objects: StixObject[] } {
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
  // Each active technique with the id of its attack-pattern, which the indicators point to.
  const patterns = rule.attack.techniques.flatMap((t) => {
    const found = lookupTechnique(t);
    return found.status === 'active'
      ? [{ t: found, id: stixId('attack-pattern', { iocc: 'attack-pattern', external_id: found.id }) }]
      : [];
  });
  for (const { t, id } of patterns) {
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
  const relationships: StixObject[] = [];
  const relate = (source: string, relationship_type: string, target: string): void => {
    relationships.push({
      type: 'relationship',
      id: stixId('relationship', { iocc: 'relationship', relationship_type, source, target }),
      ...common,
      relationship_type,
      source_ref: source,
      target_ref: target,
    });
  };
  for (const cve of rule.cve) {
    const id = stixId('vulnerability', { iocc: 'vulnerability', name: cve });
    objects.push({
      type: 'vulnerability',
      id,
      ...common,
      name: cve,
      external_references: [{ source_name: 'cve', external_id: cve }],
    });
    relate(campaign, 'targets', id);
  }
  const phases = rule.attack.tactics.map((phase_name) => ({ kill_chain_name: 'mitre-attack', phase_name }));
  for (const d of drafts) {
    const id = indicatorId(d.pattern);
    const expires = d.expires ?? rule.expires;
    if (expires !== undefined && expires < rule.date) {
      throw stixDiagnostics.limit(
        rule.fieldOrigins['expires'] ?? rule.origin,
        'stix-valid-until',
        `${d.name} expires (${expires}) before the rule's date (${rule.date}); STIX requires valid_until ` +
          `after valid_from`,
        'correct `expires` or `date`',
      );
    }
    objects.push({
      type: 'indicator',
      id,
      ...common,
      name: d.name,
      ...(d.description !== undefined && { description: d.description }),
      indicator_types: [rule.action === 'allow' ? 'benign' : 'malicious-activity'],
      pattern: d.pattern,
      pattern_type: 'stix',
      pattern_version: '2.1',
      valid_from: created,
      ...(expires !== undefined && { valid_until: timestamp(dayAfter(expires)) }),
      ...(phases.length > 0 && { kill_chain_phases: phases }),
      ...(d.confidence !== undefined && { confidence: confidenceScore[d.confidence] }),
      ...d.custom,
    });
    relate(id, 'indicates', campaign);
    for (const p of patterns) if (isNetworkTechnique(p.t.id) === d.network) relate(id, 'indicates', p.id);
  }
  objects.push(...relationships);
  return { id: stixId('bundle', { iocc: 'bundle', uuid: rule.uuid }), objects };
}
