// Deterministic STIX identifiers, so re-publishing a rule updates its objects instead of duplicating
// them. Indicators follow OpenCTI's recipe (UUIDv5 in the STIX namespace over the canonical JSON of
// {pattern}), so they merge with the indicators OpenCTI makes of the same value; other objects are
// UUIDv5 in the same namespace over the canonical JSON of `{"iocc": <kind>, …}`, names iocc alone uses.
import { uuidV5 } from '../../src/model/uuid.js';

/** The STIX 2.1 namespace for deterministic identifiers (cti-python-stix2 SCO_DET_ID_NAMESPACE). */
export const stixNamespace = '00abedb4-aa42-466c-9c01-fed23315a9b7';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * RFC 8785 (JCS) canonical JSON for the values ids are made of: keys sorted by UTF-16 code units,
 * no whitespace; strings and integers as JSON.stringify writes them, which is what JCS prescribes.
 */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const member = (k: string): string =>
      `${JSON.stringify(k)}:${canonicalJson((value as Record<string, Json>)[k] as Json)}`;
    return `{${keys.map(member).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const stixId = (type: string, props: { readonly [key: string]: Json }): string =>
  `${type}--${uuidV5(canonicalJson(props), stixNamespace)}`;

// The two ids made per indicator (a feed has a million of each) are their canonical JSON written out:
// stixId of the same properties, without sorting keys.

/** OpenCTI's indicator id: the same pattern gives the same id on both sides. */
export const indicatorId = (pattern: string): string =>
  `indicator--${uuidV5(`{"pattern":${JSON.stringify(pattern.trim())}}`, stixNamespace)}`;

/** The id of a relationship: `stixId('relationship', {iocc: 'relationship', relationship_type, source, target})`. */
export const relationshipId = (relationshipType: string, source: string, target: string): string =>
  `relationship--${uuidV5(
    `{"iocc":"relationship","relationship_type":${JSON.stringify(relationshipType)},` +
      `"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}}`,
    stixNamespace,
  )}`;
