// Microsoft Sentinel's STIX objects upload API: the body is {"sourcesystem", "stixobjects"} (not a
// bundle), at most 100 objects per request. Only the types Sentinel documents (identity,
// attack-pattern, indicator, relationship) are sent, relationships only between objects that are sent,
// and markings by their TLP 1.0 ids as in Microsoft's examples (TLP 2.0 support is not documented).
import type { StixObject } from './bundle.js';
import { tlp1Ids, tlp2Ids } from './tlp.js';
import type { Tlp } from '../../src/model/types.js';

const uploaded = ['identity', 'attack-pattern', 'indicator', 'relationship'] as const;

const tlp1Of: ReadonlyMap<string, string> = new Map(
  Object.entries(tlp2Ids).map(([level, id]) => [id, tlp1Ids[level as Tlp]]),
);

function forSentinel(o: StixObject): StixObject {
  const refs = o['object_marking_refs'];
  if (!Array.isArray(refs)) return o;
  return { ...o, object_marking_refs: refs.map((r: string) => tlp1Of.get(r) ?? r) };
}

/** The objects of every bundle Sentinel takes, each id once (the first rule's copy), refs before use. */
export function sentinelObjects(bundles: readonly (readonly StixObject[])[]): StixObject[] {
  const byId = new Map<string, StixObject>();
  for (const objects of bundles) {
    for (const o of objects) {
      if ((uploaded as readonly string[]).includes(o.type) && !byId.has(o.id)) byId.set(o.id, forSentinel(o));
    }
  }
  const known = (ref: unknown): boolean => typeof ref === 'string' && byId.has(ref);
  const kept = [...byId.values()].filter(
    (o) => o.type !== 'relationship' || (known(o['source_ref']) && known(o['target_ref'])),
  );
  return uploaded.flatMap((type) => kept.filter((o) => o.type === type));
}

/** One upload request body: one object per line, for readable diffs. */
export function uploadBody(sourcesystem: string, objects: readonly StixObject[]): string {
  const lines = objects.map((o) => `    ${JSON.stringify(o)}`).join(',\n');
  return `{\n  "sourcesystem": ${JSON.stringify(sourcesystem)},\n  "stixobjects": [\n${lines}\n  ]\n}\n`;
}
