// Microsoft Sentinel's STIX objects upload API: the body is {"sourcesystem", "stixobjects"} (not a
// bundle), at most 100 objects per request. Only the types Sentinel documents (identity,
// attack-pattern, indicator, relationship) are sent, relationships only between objects that are sent,
// and markings by their TLP 1.0 ids as in Microsoft's examples (TLP 2.0 support is not documented).
import type { RuleBundle, StixObject } from './bundle.js';
import { tlp1Ids, tlp2Ids } from './tlp.js';
import type { Tlp } from '../../src/model/types.js';

const uploaded: readonly string[] = ['identity', 'attack-pattern', 'indicator', 'relationship'];

const tlp1Of: ReadonlyMap<string, string> = new Map(
  Object.entries(tlp2Ids).map(([level, id]) => [id, tlp1Ids[level as Tlp]]),
);

function forSentinel(o: StixObject): StixObject {
  const refs = o['object_marking_refs'];
  if (!Array.isArray(refs)) return o;
  return { ...o, object_marking_refs: refs.map((r: string) => tlp1Of.get(r) ?? r) };
}

/** A STIX id's object type: ids are `<type>--<uuid>`. */
const typeOfId = (id: unknown): string => (typeof id === 'string' ? id.slice(0, id.indexOf('--')) : '');

/**
 * A relationship is sent when both its ends are. A bundle relates only its own objects, which are all
 * in it, so that is when both ends are of a type that is sent: no set of every id is needed.
 */
const bothEndsSent = (o: StixObject): boolean =>
  uploaded.includes(typeOfId(o['source_ref'])) && uploaded.includes(typeOfId(o['target_ref']));

/** A bundle's objects of one uploaded type, in bundle order. */
function* ofType(bundle: RuleBundle, type: string): Generator<StixObject> {
  if (type === 'indicator') yield* bundle.indicators();
  else if (type === 'relationship') {
    for (const o of bundle.relationships()) if (bothEndsSent(o)) yield o;
  } else for (const o of bundle.head) if (o.type === type) yield o;
}

/**
 * The objects of every bundle Sentinel takes, each id once (the first bundle's copy), type by type so
 * that refs come before use, with the index of the bundle each came from. Made as they are read: a
 * bundle's long runs are made again for each type, and only the ids seen are kept.
 */
export function* sentinelObjects(
  bundles: readonly RuleBundle[],
): Generator<{ readonly object: StixObject; readonly from: number }> {
  for (const type of uploaded) {
    const seen = new Set<string>();
    for (const [from, bundle] of bundles.entries()) {
      for (const o of ofType(bundle, type)) {
        if (seen.has(o.id)) continue;
        seen.add(o.id);
        yield { object: forSentinel(o), from };
      }
    }
  }
}

/** One upload request body: one object per line, for readable diffs. */
export function uploadBody(sourcesystem: string, objects: readonly StixObject[]): string {
  const lines = objects.map((o) => `    ${JSON.stringify(o)}`).join(',\n');
  return `{\n  "sourcesystem": ${JSON.stringify(sourcesystem)},\n  "stixobjects": [\n${lines}\n  ]\n}\n`;
}
