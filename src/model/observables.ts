// The single values a target can carry or not: each hash, file name, software version, domain, URL
// and IP of a rule. Coverage (dist/coverage.json) is reported per observable, and the ids here are
// the ones targets use when they say what they carried.
import type { Origin } from '../diagnostics.js';
import type { FileIndicator, Rule, SoftwareIndicator } from './types.js';

export type ObservableKind =
  'sha256' | 'sha1' | 'md5' | 'file-name' | 'original-file-name' | 'software-version' | 'domain' | 'url' | 'ip';

export interface Observable {
  /** Unique within a rule: `sha256:…`, `file-name:windows:ffmpeg.dll`, `domain:…`. */
  readonly id: string;
  readonly rule: string;
  readonly kind: ObservableKind;
  readonly value: string;
  readonly origin: Origin;
}

/**
 * Ids are joined, not concatenated: `a + b` makes a rope that becomes a second, flat copy the first time
 * it is a Map key, and a feed holds a million ids per target; `join` makes the flat string at once.
 */
const joined = (...parts: string[]): string => parts.join('');

export const hashObservableId = (algorithm: 'sha256' | 'sha1' | 'md5', hex: string): string =>
  joined(algorithm, ':', hex);
/** True for the id of a file hash (`sha256:…`, `sha1:…`, `md5:…`). */
export const isHashObservableId = (id: string): boolean => /^(?:sha256|sha1|md5):/.test(id);
/** True for the id of a file name (`fileNameObservableId`). */
export const isFileNameObservableId = (id: string): boolean => id.startsWith('file-name:');
/** True for the id of an original file name (`originalNameObservableId`). */
export const isOriginalNameObservableId = (id: string): boolean => id.startsWith('original-file-name:');
export const fileNameObservableId = (f: Pick<FileIndicator, 'os' | 'name'>): string =>
  joined('file-name:', f.os ?? 'any', ':', f.name ?? '');
export const originalNameObservableId = (name: string): string => `original-file-name:${name}`;
/** `scope` is the ecosystem as written, or else the OS (see SoftwareIndicator.scope). */
export const softwareObservableId = (scope: string, name: string, version: string): string =>
  `software-version:${scope}:${name}@${version}`;

/** The observable id of one listed version of a software entry. */
export const softwareVersionId = (s: Pick<SoftwareIndicator, 'scope' | 'name'>, version: string): string =>
  softwareObservableId(s.scope, s.name, version);
export const networkObservableId = (kind: 'domain' | 'url' | 'ip', value: string): string => joined(kind, ':', value);

/** True when the file has a hash (any algorithm). */
export const hasHash = (f: Pick<FileIndicator, 'sha256' | 'sha1' | 'md5'>): boolean =>
  f.sha256 !== undefined || f.sha1 !== undefined || f.md5 !== undefined;

/** `T` with the optional fields `K` given: what a guard below proves. */
export type With<T, K extends keyof T> = T & { readonly [P in K]-?: NonNullable<T[P]> };

// Guards, so that after `files.filter(hasName)` the name is a string to the checker too.
/** True when the file has a name. */
export const hasName = <F extends Pick<FileIndicator, 'name'>>(f: F): f is With<F, 'name'> => f.name !== undefined;
/** True when the file has an original name (from its version resource). */
export const hasOriginalName = <F extends Pick<FileIndicator, 'originalName'>>(f: F): f is With<F, 'originalName'> =>
  f.originalName !== undefined;
/** True when the file has a version. */
export const hasVersion = <F extends Pick<FileIndicator, 'version'>>(f: F): f is With<F, 'version'> =>
  f.version !== undefined;

/** True when the file's name carries its version (an installer `setup-1.2.exe`): the name is then an indicator. */
export const nameHasVersion = <F extends Pick<FileIndicator, 'name' | 'version'>>(
  f: F,
): f is With<F, 'name' | 'version'> => f.name !== undefined && f.version !== undefined && f.name.includes(f.version);

/**
 * The observable id of one of a file's hashes. The strongest hash's id is the file's key: the same
 * string is returned, so a feed's million ids are held once, not once per target.
 */
export function fileHashId(
  f: Pick<FileIndicator, 'key' | 'sha256' | 'sha1' | 'md5'>,
  a: 'sha256' | 'sha1' | 'md5',
): string {
  const hex = f[a] ?? '';
  const isKey = f.key.length === a.length + 1 + hex.length && f.key.startsWith(a) && f.key.endsWith(hex);
  return isKey && f.key[a.length] === ':' ? f.key : hashObservableId(a, hex);
}

/** The observable ids of a file's hashes, strongest first. */
export const fileHashIds = (f: Pick<FileIndicator, 'key' | 'sha256' | 'sha1' | 'md5'>): string[] =>
  (['sha256', 'sha1', 'md5'] as const).flatMap((a) => (f[a] === undefined ? [] : [fileHashId(f, a)]));

/** The stable key of a file indicator: its strongest hash, or its names when it has no hash. */
export function fileKey(f: Pick<FileIndicator, 'sha256' | 'sha1' | 'md5' | 'os' | 'name' | 'originalName'>): string {
  for (const algorithm of ['sha256', 'sha1', 'md5'] as const) {
    const hex = f[algorithm];
    if (hex !== undefined) return hashObservableId(algorithm, hex);
  }
  return `file-name:${f.os ?? 'any'}:${f.name ?? ''}:${f.originalName ?? ''}`;
}

function fileObservables(rule: string, f: FileIndicator): Observable[] {
  const out: Observable[] = [];
  const at = (field: keyof FileIndicator['fieldOrigins']): Origin => f.fieldOrigins[field] ?? f.origin;
  for (const algorithm of ['sha256', 'sha1', 'md5'] as const) {
    const hex = f[algorithm];
    if (hex !== undefined)
      out.push({ id: fileHashId(f, algorithm), rule, kind: algorithm, value: hex, origin: at(algorithm) });
  }
  if (f.name !== undefined)
    out.push({ id: fileNameObservableId(f), rule, kind: 'file-name', value: f.name, origin: at('name') });
  if (f.originalName !== undefined) {
    out.push({
      id: originalNameObservableId(f.originalName),
      rule,
      kind: 'original-file-name',
      value: f.originalName,
      origin: at('original_name'),
    });
  }
  return out;
}

// Rules are frozen, so a rule's observables never change: computed once, shared by every target and
// by the coverage report.
const cache = new WeakMap<Rule, readonly Observable[]>();

/** Every observable of a rule, once each, in the order they are written. */
export function observablesOf(rule: Rule): readonly Observable[] {
  const known = cache.get(rule);
  if (known !== undefined) return known;
  const computed = Object.isFrozen(rule) ? Object.freeze([...eachObservable(rule)]) : [...eachObservable(rule)];
  // Stryker disable next-line ConditionalExpression: a cache; the same observables without it (only slower)
  if (Object.isFrozen(rule)) cache.set(rule, computed);
  return computed;
}

/** Every observable as written, duplicates included, one at a time. */
function* candidates(rule: Rule): Generator<Observable> {
  for (const f of rule.files) yield* fileObservables(rule.id, f);
  for (const s of rule.software) {
    for (const [i, v] of s.versions.entries()) {
      yield {
        id: softwareObservableId(s.scope, s.name, v),
        rule: rule.id,
        kind: 'software-version',
        value: `${s.name} ${v}`,
        origin: s.versionOrigins[i] ?? s.origin,
      };
    }
  }
  for (const list of [rule.domains, rule.urls, rule.ips]) {
    for (const n of list)
      yield { id: networkObservableId(n.kind, n.value), rule: rule.id, kind: n.kind, value: n.value, origin: n.origin };
  }
}

/** Which candidates repeat an earlier id (by position), and how many observables remain. */
interface Repeats {
  readonly at: ReadonlySet<number>;
  readonly count: number;
}

// Per frozen rule: a feed's million observables are made again on each pass (short-lived objects)
// rather than held for the whole build; only the positions of repeated ids are kept.
const repeatsCache = new WeakMap<Rule, Repeats>();

function repeatsOf(rule: Rule): Repeats {
  const known = repeatsCache.get(rule);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  const at = new Set<number>();
  let i = 0;
  for (const o of candidates(rule)) {
    if (seen.has(o.id)) at.add(i);
    else seen.add(o.id);
    i++;
  }
  const computed = { at, count: i - at.size };
  // Stryker disable next-line ConditionalExpression: a cache; the same repeats without it (only slower)
  if (Object.isFrozen(rule)) repeatsCache.set(rule, computed);
  return computed;
}

/**
 * The observables of `observablesOf`, made one at a time as they are read: for passes over a feed,
 * which would otherwise hold two objects per row for the whole build.
 */
export function* eachObservable(rule: Rule): Generator<Observable> {
  const known = cache.get(rule);
  if (known !== undefined) {
    yield* known;
    return;
  }
  const repeats = repeatsOf(rule);
  let i = 0;
  for (const o of candidates(rule)) if (!repeats.at.has(i++)) yield o;
}

/** How many observables `rule` has (the length of `observablesOf(rule)`). */
export const observableCount = (rule: Rule): number => cache.get(rule)?.length ?? repeatsOf(rule).count;
