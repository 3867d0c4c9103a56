// The selections of a Sigma rule: fields whose values each say which observables they carry, so a
// large rule can be split without losing any.
import { fileHashId, fileNameObservableId, hasName } from '../../src/model/observables.js';
import type { FileIndicator, Os, RulePath } from '../../src/model/types.js';
import { resourceVersions } from '../../src/values/version.js';
import { literal, wildcard, type SigmaValue } from './escape.js';

export interface Field {
  /** `Image|endswith`, `Hashes|contains` … */
  readonly key: string;
  readonly values: readonly SigmaValue[];
  /**
   * Per value, the observables it carries (one id, or several): a field that has them may be split
   * across rules. One id is a string, not an array of one, as a feed has a million.
   */
  readonly ids?: readonly (string | readonly string[])[];
}

export interface Selection {
  readonly name: string;
  /** All fields must match (a Sigma map); each field matches any of its values (a Sigma list). */
  readonly fields: readonly Field[];
}

export const sepOf = (os: Os): string => (os === 'windows' ? '\\' : '/');

/** A field whose every value carries the observables given with it: values sorted, duplicates joined. */
export function splittable(key: string, entries: Iterable<readonly [string | SigmaValue, string]>): Field {
  const byValue = new Map<string, { value: SigmaValue; ids: string | string[] }>();
  for (const [raw, id] of entries) {
    const value = typeof raw === 'string' ? literal(raw) : raw;
    // Literals and patterns never share a key: a pattern's key starts with a character no literal key can.
    const k = 'literal' in value ? value.literal : `\u0000${value.pattern}`;
    const seen = byValue.get(k);
    if (seen === undefined) byValue.set(k, { value, ids: id });
    else if (typeof seen.ids === 'string') {
      if (seen.ids !== id) seen.ids = [seen.ids, id];
    } else if (!seen.ids.includes(id)) seen.ids.push(id);
  }
  const keys = [...byValue.keys()].sort();
  return {
    key,
    values: keys.map((k) => byValue.get(k)?.value ?? literal(k)),
    ids: keys.map((k) => byValue.get(k)?.ids ?? []),
  };
}

/** Sysmon's Hashes field holds `SHA256=…,SHA1=…,MD5=…` with upper-case hex, as SigmaHQ writes it. */
export function hashField(key: string, files: readonly FileIndicator[]): Field {
  const blocks = (['sha256', 'sha1', 'md5'] as const).map((a) =>
    splittable(
      key,
      files.flatMap((f) =>
        f[a] === undefined ? [] : [[`${a.toUpperCase()}=${f[a].toUpperCase()}`, fileHashId(f, a)] as const],
      ),
    ),
  );
  return { key, values: blocks.flatMap((b) => b.values), ids: blocks.flatMap((b) => b.ids ?? []) };
}

/**
 * "This name with one of these versions": each version exactly, in every form a version resource's
 * string may hold (18.12.407, 18.12.407.0, "18, 12, 407, 0") — never as a prefix, which would also match
 * 18.12.4070.
 */
export function versionSelection(
  name: string,
  field: string,
  value: string,
  versions: readonly (readonly [string, string])[],
): Selection {
  const padded = versions.flatMap(([v, id]) => resourceVersions(v).map((p) => [p, id] as const));
  return { name, fields: [{ key: field, values: [literal(value)] }, splittable('FileVersion', padded)] };
}

/**
 * Where a file can be recognized by its path: the part after its variable, ~ or drive (or the full
 * POSIX path), matched with endswith; `*` and `?` of a wildcard path stay Sigma wildcards.
 */
const pathTail = (p: RulePath): SigmaValue => (p.wildcard ? wildcard(p.tail) : literal(p.tail));

/** Files known by name: their known paths, or their name after a separator. */
export function nameOnlySelections(
  files: readonly FileIndicator[],
  os: Os,
  field: 'Image' | 'TargetFilename' | 'ImageLoaded',
): { selections: Selection[]; carries: string[] } {
  const sep = sepOf(os);
  const withPaths = files.filter((f) => f.paths.length > 0);
  const bare = files.filter(hasName).filter((f) => f.paths.length === 0);
  const selections: Selection[] = [
    {
      name: 'selection_path',
      fields: [
        splittable(
          `${field}|endswith`,
          withPaths.flatMap((f) => f.paths.map((p) => [pathTail(p), fileNameObservableId(f)] as const)),
        ),
      ],
    },
    {
      name: 'selection_name',
      fields: [
        splittable(
          `${field}|endswith`,
          bare.map((f) => [`${sep}${f.name}`, fileNameObservableId(f)] as const),
        ),
      ],
    },
  ];
  return {
    selections,
    carries: [...withPaths, ...bare].flatMap((f) => (f.name !== undefined ? [fileNameObservableId(f)] : [])),
  };
}
