// A rule's known paths as osquery locations. Per-user locations (%LOCALAPPDATA%, ~ …) become a path
// relative to each user's home, joined with `users.directory`, so every profile is covered wherever it
// lives; system locations become absolute paths. A path without wildcards is compared exactly; one with
// wildcards is reached by listing only the folders its wildcard segments stand for (`file` with a
// `directory` constraint, one level each), never by walking a disk.
import type { RulePath } from '../../src/model/types.js';
import { separatorOf } from '../../src/values/path.js';
import type { Platform } from './queries.js';

export type KnownPath =
  | { readonly kind: 'user'; /** Appended to `users.directory`, starting with the separator. */ readonly rel: string }
  | { readonly kind: 'system'; readonly path: string };

export interface GlobPath {
  readonly kind: 'user' | 'system';
  /** The literal folder before the first wildcard segment: below each home (user), or absolute (system). */
  readonly start: string;
  /** The segments after it; those with `*` or `?` are listed and matched by name. */
  readonly segments: readonly string[];
  readonly sep: string;
  /** Windows and macOS file systems ignore case. */
  readonly foldCase: boolean;
}

export interface Locations {
  readonly exact: readonly KnownPath[];
  readonly globs: readonly GlobPath[];
}

const hasWildcard = (s: string): boolean => /[*?]/.test(s);

/** The platforms a path can be on: Windows paths on Windows; POSIX paths on macOS and Linux. */
export const pathOn = (p: RulePath, platform: Platform): boolean =>
  (p.flavor === 'windows') === (platform === 'windows');

function globOf(kind: 'user' | 'system', full: string, sep: string, platform: Platform): GlobPath {
  const parts = full.split(sep);
  const first = parts.findIndex(hasWildcard);
  let start = parts.slice(0, first).join(sep);
  // The listing of a root needs its separator: `/`, `C:\`.
  if (kind === 'system' && (start === '' || /^[A-Za-z]:$/.test(start))) start += sep;
  return { kind, start, segments: parts.slice(first), sep, foldCase: platform !== 'linux' };
}

/** Where osquery finds a rule path on `platform`. */
export function locationsOf(p: RulePath, platform: Platform): Locations {
  const exact: KnownPath[] = [];
  const globs: GlobPath[] = [];
  const sep = separatorOf(p.flavor);
  for (const base of p.bases) {
    const kind = base.kind === 'home' ? 'user' : 'system';
    const full = `${base.kind === 'home' ? base.sub : base.root}${p.tail}`;
    if (p.wildcard) globs.push(globOf(kind, full, sep, platform));
    else exact.push(kind === 'user' ? { kind, rel: full } : { kind, path: full });
  }
  return { exact, globs };
}

/** A stable key for grouping and sorting locations. */
export const locationKey = (k: KnownPath | GlobPath): string =>
  'rel' in k ? `u:${k.rel}` : 'path' in k ? `s:${k.path}` : `g:${k.kind}:${k.start}${k.sep}${k.segments.join(k.sep)}`;
