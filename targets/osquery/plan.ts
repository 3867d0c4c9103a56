// What to ask osquery for one rule: which queries, on which platform, carrying which observables —
// and for every observable that no query can carry, why.
import {
  fileHashIds,
  fileNameObservableId,
  hasHash,
  hasName,
  hasOriginalName,
  hasVersion,
  nameHasVersion,
  networkObservableId,
  originalNameObservableId,
  softwareVersionId,
  type With,
} from '../../src/model/observables.js';
import type { Ecosystem, FileIndicator, Os, Rule, SoftwareIndicator } from '../../src/model/types.js';
import { fileKind, mayLoadAsModule, mayRunAsProcess, notAProcessImage, osesOf } from '../../src/model/file-kind.js';
import { locationKey, locationsOf, pathOn, type GlobPath, type KnownPath } from './paths.js';
import * as q from './queries.js';
import type { Hashes, Installer, Platform, VersionedFile } from './queries.js';
import * as sw from './software.js';
import type { Product } from './software.js';
import { originalNameLeftOut } from '../../src/model/reasons.js';
import { chunk } from '../../src/util/array.js';

export interface PlannedQuery {
  readonly name: string;
  readonly platform: Platform | undefined;
  readonly sql: string;
  /** What a row means, in a sentence (without the rule title). */
  readonly meaning: string;
  readonly carries: readonly string[];
}

export interface OsqueryPlan {
  readonly queries: PlannedQuery[];
  /**
   * Observable id → why osquery cannot carry it (for the ones no query carries), but for file names:
   * every name no query carries has `nameReason`, which is not held once per name.
   */
  readonly reasons: Map<string, string>;
  /** Observable id → a caveat for one that is carried. */
  readonly notes: Map<string, string>;
  /** Files that osqueryd may be unable to hash and that no other query covers. */
  readonly uncovered: FileIndicator[];
}

export interface PlanOptions {
  readonly readMax: number;
  readonly maxValues: number;
  /** Project folders (holding node_modules) where npm packages are looked for besides osquery's default roots. */
  readonly npmDirectories: readonly string[];
}

const platformOf: Record<Os, Platform> = { windows: 'windows', macos: 'darwin', linux: 'linux' };
const allPlatforms: readonly Platform[] = ['windows', 'darwin', 'linux'];
const platformsOf = (f: FileIndicator): readonly Platform[] => osesOf(f).map((os) => platformOf[os]);
const sepOf = (p: Platform): string => (p === 'windows' ? '\\' : '/');

function hashesOf(files: readonly FileIndicator[]): Hashes {
  const pick = (a: 'sha256' | 'sha1' | 'md5'): string[] => [
    ...new Set(files.flatMap((f) => (f[a] === undefined ? [] : [f[a]]))),
  ];
  return { sha256: pick('sha256'), sha1: pick('sha1'), md5: pick('md5') };
}

class Planner {
  readonly queries: PlannedQuery[] = [];
  readonly carried = new Set<string>();
  readonly reasons = new Map<string, string>();
  readonly notes = new Map<string, string>();
  /** Files whose versions are checked without hashing (version resource, installer name). */
  readonly versionCovered = new Set<FileIndicator>();

  constructor(
    readonly rule: Rule,
    readonly options: PlanOptions,
  ) {}

  add<T>(
    name: string,
    platform: Platform | undefined,
    items: readonly T[],
    weight: (t: T) => number,
    build: (chunk: readonly T[]) => { sql: string; carries: string[] },
    meaning: string,
  ): void {
    const chunks = chunk(items, this.options.maxValues, weight);
    chunks.forEach((c, i) => {
      const { sql, carries } = build(c);
      for (const id of carries) this.carried.add(id);
      this.queries.push({ name: chunks.length === 1 ? name : `${name}_${i + 1}`, platform, sql, meaning, carries });
    });
  }

  tooLarge(f: FileIndicator): boolean {
    return f.size !== undefined && f.size > this.options.readMax;
  }

  reason(id: string, why: string): void {
    if (!this.carried.has(id) && !this.reasons.has(id)) this.reasons.set(id, why);
  }
}

/** Why a file name no query carries is left out (see OsqueryPlan.reasons). */
export const nameReason =
  'a file name alone is not an indicator: it only locates or scopes the hash queries (a version in ' +
  'an installer name, a size, or a path would make it one)';

const nHashes = (f: FileIndicator): number => fileHashIds(f).length;

function planHashQueries(p: Planner, platform: Platform, files: readonly FileIndicator[]): void {
  const hashable = files.filter((f) => hasHash(f) && !p.tooLarge(f));
  const executables = hashable.filter(mayRunAsProcess);
  p.add(
    `process_hash_${platform}`,
    platform,
    executables,
    nHashes,
    (c) => ({ sql: q.processHash(hashesOf(c)), carries: c.flatMap(fileHashIds) }),
    'a running process whose executable has the hash of a file listed in the rule',
  );
  const libraries = hashable.filter(mayLoadAsModule);
  const named = libraries.filter(hasName);
  for (const f of libraries.filter((l) => l.name === undefined))
    for (const id of fileHashIds(f))
      p.reason(
        id,
        'a library hash without a file name cannot be looked for in loaded modules (hashing every module ' +
          'would trip the watchdog); give `name` or `paths`',
      );
  p.add(
    `loaded_module_hash_${platform}`,
    platform,
    named,
    nHashes,
    (c) => ({
      sql: q.moduleHash([...new Set(c.map((f) => f.name))].sort(), sepOf(platform), hashesOf(c)),
      carries: c.flatMap(fileHashIds),
    }),
    'a module loaded by a running process has the hash of a library listed in the rule',
  );
  addAtLocations(
    p,
    `file_hash_${platform}`,
    platform,
    hashable,
    nHashes,
    (at, c) => ({ sql: q.pathHash(at, hashesOf(c)), carries: c.flatMap(fileHashIds) }),
    'a file at a known location has the hash of a file listed in the rule',
  );
}

/** The known locations of files on a platform: exact paths by kind, and each wildcard path apart. */
function locate<F extends FileIndicator>(files: readonly F[], platform: Platform) {
  const exact = {
    user: [] as { f: F; at: KnownPath }[],
    system: [] as { f: F; at: KnownPath }[],
  };
  const globs = new Map<string, { at: GlobPath; files: F[] }>();
  for (const f of files) {
    for (const path of f.paths.filter((x) => pathOn(x, platform))) {
      const where = locationsOf(path, platform);
      for (const k of where.exact) exact[k.kind].push({ f, at: k });
      for (const g of where.globs) {
        const key = locationKey(g);
        const entry = globs.get(key) ?? { at: g, files: [] };
        if (!entry.files.includes(f)) entry.files.push(f);
        globs.set(key, entry);
      }
    }
  }
  return { exact, globs: [...globs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g) };
}

const hasLocation = (f: FileIndicator, platform: Platform): boolean => f.paths.some((x) => pathOn(x, platform));

function uniquePaths(paths: readonly KnownPath[]): KnownPath[] {
  const seen = new Map<string, KnownPath>();
  for (const k of paths) seen.set(locationKey(k), k);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}

/**
 * Queries over the files' known locations: per-user exact paths (`name`), system exact paths
 * (`name_system`) and one query per wildcard path (`name_wildcard_N`).
 */
function addAtLocations<F extends FileIndicator>(
  p: Planner,
  name: string,
  platform: Platform,
  files: readonly F[],
  weight: (f: F) => number,
  build: (at: readonly KnownPath[] | GlobPath, files: readonly F[]) => { sql: string; carries: string[] },
  meaning: string,
): void {
  const { exact, globs } = locate(files, platform);
  for (const kind of ['user', 'system'] as const) {
    p.add(
      `${name}${kind === 'system' ? '_system' : ''}`,
      platform,
      exact[kind],
      (x) => weight(x.f),
      (c) => build(uniquePaths(c.map((x) => x.at)), [...new Set(c.map((x) => x.f))]),
      meaning,
    );
  }
  globs.forEach((g, i) =>
    p.add(`${name}_wildcard_${i + 1}`, platform, g.files, weight, (c) => build(g.at, c), meaning),
  );
}

/** Windows: the version resource (original file name, file/product version) of processes and known paths. */
function planVersionQueries(p: Planner, files: readonly FileIndicator[]): void {
  const versioned = files
    .filter(hasVersion)
    .filter(
      (f) => (f.originalName !== undefined || f.name !== undefined) && f.role !== 'installer' && f.role !== 'library',
    );
  const vf = (f: With<FileIndicator, 'version'>): VersionedFile => ({
    version: f.version,
    ...(f.originalName !== undefined ? { originalName: f.originalName } : { name: f.name }),
  });
  const carriesOf = (f: FileIndicator): string[] =>
    f.originalName !== undefined ? [originalNameObservableId(f.originalName)] : [fileNameObservableId(f)];
  const unique = (c: readonly With<FileIndicator, 'version'>[]): VersionedFile[] => [
    ...new Map(c.map((f) => [JSON.stringify(vf(f)), vf(f)])).values(),
  ];
  p.add(
    'process_version_windows',
    'windows',
    versioned,
    () => 1,
    (c) => ({ sql: q.processVersion(unique(c)), carries: c.flatMap(carriesOf) }),
    "a running process whose executable's version resource names a build listed in the rule (found without " +
      'hashing, so also for executables larger than --read_max)',
  );
  addAtLocations(
    p,
    'file_version_windows',
    'windows',
    versioned,
    () => 1,
    (at, c) => ({ sql: q.pathVersion(at, unique(c)), carries: c.flatMap(carriesOf) }),
    'a file at a known location whose version resource names a build listed in the rule (found without hashing)',
  );
  for (const f of versioned) p.versionCovered.add(f);
}

function planInstallers(p: Planner, platform: Platform, files: readonly FileIndicator[]): void {
  const installers = files.filter(hasName).filter((f) => f.role === 'installer' && hasHash(f));
  const fallback = (f: With<FileIndicator, 'name'>): Installer['fallback'] =>
    nameHasVersion(f) ? 'name-has-version' : f.size !== undefined ? { size: f.size } : undefined;
  p.add(
    `downloaded_installer_${platform}`,
    platform,
    installers,
    nHashes,
    (c) => {
      const list = c.map((f) => ({ name: f.name, fallback: fallback(f) }));
      const carries = c.flatMap((f) => [
        ...(p.tooLarge(f) ? [] : fileHashIds(f)),
        ...(fallback(f) !== undefined ? [fileNameObservableId(f)] : []),
      ]);
      return { sql: q.downloadedInstaller(platform, list, hashesOf(c.filter((f) => !p.tooLarge(f)))), carries };
    },
    "an installer in a user's Downloads folder has the hash of one listed in the rule, or, when osqueryd " +
      'could not hash it (larger than --read_max), its name carries an affected version or its size matches',
  );
  for (const f of installers) if (fallback(f) !== undefined) p.versionCovered.add(f);
}

/** Why a file that never runs and has no known path is in no query. */
const unlisted = (f: FileIndicator): string =>
  `${notAProcessImage(fileKind(f))}, and without a known path no osquery table lists it without walking the disk; ` +
  'give `paths`';

function planNameOnly(p: Planner, platform: Platform, files: readonly FileIndicator[]): void {
  const nameOnly = files.filter((f) => !hasHash(f));
  addAtLocations(
    p,
    `file_exists_${platform}`,
    platform,
    nameOnly,
    () => 1,
    (at, c) => ({
      sql: q.pathExists(at),
      carries: c.flatMap((f) => (f.name !== undefined ? [fileNameObservableId(f)] : [])),
    }),
    'a file listed in the rule (by name, without a hash) exists at its known location',
  );
  // The image of a running process, at a known path: found even when the file was deleted after start.
  addAtLocations(
    p,
    `process_path_${platform}`,
    platform,
    nameOnly.filter(mayRunAsProcess),
    () => 1,
    (at, c) => ({
      sql: q.processAtPath(at),
      carries: c.flatMap((f) => (f.name !== undefined ? [fileNameObservableId(f)] : [])),
    }),
    'a running process has the executable of a file listed in the rule (by name, without a hash) at its known location',
  );
  const unplaced = nameOnly.filter((f) => !hasLocation(f, platform));
  if (platform === 'windows') {
    const byOriginal = unplaced.filter(hasOriginalName);
    p.add(
      'process_original_name_windows',
      'windows',
      byOriginal,
      () => 1,
      (c) => ({
        sql: q.processOriginalName([...new Set(c.map((f) => f.originalName))].sort()),
        carries: c.map((f) => originalNameObservableId(f.originalName)),
      }),
      'a running process whose executable has an original file name listed in the rule',
    );
  }
  const named = unplaced.filter(hasName).filter((f) => !(platform === 'windows' && f.originalName !== undefined));
  const modules = named.filter(mayLoadAsModule);
  const processes = named.filter(mayRunAsProcess);
  for (const f of named.filter((x) => !mayLoadAsModule(x) && !mayRunAsProcess(x)))
    p.reason(fileNameObservableId(f), unlisted(f));
  p.add(
    `loaded_module_name_${platform}`,
    platform,
    modules,
    () => 1,
    (c) => ({
      sql: q.moduleName([...new Set(c.map((f) => f.name))].sort(), sepOf(platform)),
      carries: c.map(fileNameObservableId),
    }),
    'a running process has loaded a library with a file name listed in the rule',
  );
  p.add(
    `process_name_${platform}`,
    platform,
    processes,
    () => 1,
    (c) => ({
      sql: q.processName([...new Set(c.map((f) => f.name))].sort(), platform),
      carries: c.map(fileNameObservableId),
    }),
    'a running process has an executable name listed in the rule',
  );
}

interface SoftwareQuery {
  readonly name: string;
  readonly table: string;
  readonly platform: Platform | undefined;
  readonly sql: (products: readonly Product[]) => string;
  readonly note?: string;
}

const npmNote =
  'osquery lists npm packages in its default roots (global installs; nvm, asdf, fnm, mise and volta ' +
  'folders) and in the folders of the npm_directories option only; scoped names need osquery 5.20 or later';
const pythonNote =
  "osquery lists PyPI packages in the system's site-packages and in the users' environments it knows " +
  '(pyenv, pipx, uv, poetry, conda, virtualenvs), not in other project folders';

/** The query that finds an ecosystem's packages on a platform. */
function softwareQuery(e: Ecosystem, platform: Platform | undefined, o: PlanOptions): SoftwareQuery {
  return { ...softwareQueryOf(e, platform, o), table: sw.tableOf[e] };
}

function softwareQueryOf(e: Ecosystem, platform: Platform | undefined, o: PlanOptions): Omit<SoftwareQuery, 'table'> {
  switch (e) {
    case 'msi':
      return { name: 'installed_software_windows', platform: 'windows', sql: sw.programs };
    case 'app':
      return { name: 'installed_software_darwin', platform: 'darwin', sql: sw.apps };
    case 'deb':
      return { name: 'installed_deb_packages', platform: 'linux', sql: sw.debPackages };
    case 'rpm':
      return { name: 'installed_rpm_packages', platform: 'linux', sql: sw.rpmPackages };
    case 'homebrew':
      return { name: 'installed_homebrew_packages', platform: 'darwin', sql: sw.homebrewPackages };
    case 'chocolatey':
      return {
        name: 'installed_chocolatey_packages',
        platform: 'windows',
        sql: sw.chocolateyPackages,
        note: 'osquery lists Chocolatey packages only when ChocolateyInstall is set in its environment',
      };
    case 'npm':
      return {
        name: `installed_npm_packages${platform === undefined ? '' : `_${platform}`}`,
        platform,
        sql: (c) => sw.npmPackages(c, o.npmDirectories),
        note: npmNote,
      };
    case 'pypi':
      return {
        name: `installed_python_packages_${platform ?? 'all'}`,
        platform,
        sql: (c) => sw.pythonPackages(c, platform !== 'windows'),
        note: pythonNote,
      };
  }
}

/** Platforms a software entry is looked for on: its OS, or for npm every OS at once and for PyPI each OS. */
function softwarePlatforms(s: SoftwareIndicator, e: Ecosystem): readonly (Platform | undefined)[] {
  if (s.os !== undefined) return [platformOf[s.os]];
  return e === 'npm' ? [undefined] : allPlatforms;
}

function planSoftware(p: Planner, rule: Rule): void {
  const groups = new Map<string, { query: SoftwareQuery; entries: SoftwareIndicator[] }>();
  for (const s of rule.software) {
    for (const e of s.ecosystems) {
      for (const platform of softwarePlatforms(s, e)) {
        const query = softwareQuery(e, platform, p.options);
        const g = groups.get(query.name) ?? { query, entries: [] };
        g.entries.push(s);
        groups.set(query.name, g);
      }
    }
  }
  for (const { query, entries } of [...groups.values()].sort((a, b) => (a.query.name < b.query.name ? -1 : 1))) {
    p.add(
      query.name,
      query.platform,
      entries,
      (s) => s.versions.length,
      (c) => ({
        sql: query.sql(
          c.map((s) => ({
            name: s.name,
            versions: s.versions,
            ...(s.bundleId !== undefined && { bundleId: s.bundleId }),
          })),
        ),
        carries: c.flatMap((s) => s.versions.map((v) => softwareVersionId(s, v))),
      }),
      `an affected version of a product listed in the rule is installed (${query.table} table)`,
    );
    if (query.note !== undefined)
      for (const s of entries) for (const v of s.versions) p.notes.set(softwareVersionId(s, v), query.note);
  }
}

function planNetwork(p: Planner, rule: Rule): void {
  p.add(
    'dns_cache_windows',
    'windows',
    [...rule.domains].sort((a, b) => (a.value < b.value ? -1 : 1)),
    () => 1,
    (c) => ({ sql: q.dnsCache(c.map((d) => d.value)), carries: c.map((d) => networkObservableId('domain', d.value)) }),
    'the Windows DNS cache holds a domain listed in the rule, or one of its subdomains: this host resolved it recently',
  );
  const ips = [...rule.ips].sort((a, b) => (a.value < b.value ? -1 : 1));
  p.add(
    'open_sockets',
    undefined,
    ips,
    () => 1,
    (c) => ({
      sql: q.openSockets(
        c.filter((i) => i.ip?.prefix === undefined).map((i) => i.value),
        c.flatMap((i) => (i.ip?.prefix !== undefined ? [i.ip] : [])),
      ),
      carries: c.map((i) => networkObservableId('ip', i.value)),
    }),
    'a running process has a connection to an IP address listed in the rule',
  );
  for (const u of rule.urls)
    p.reason(
      networkObservableId('url', u.value),
      'osquery has no table of requested URLs; its domain is not an indicator by itself',
    );
  for (const d of rule.domains)
    p.reason(networkObservableId('domain', d.value), 'only the Windows DNS cache records looked-up names');
}

/** The same text for the same key, made once: a feed's million notes and reasons share a handful. */
function memo(make: (key: string) => string): (key: string) => string {
  const made = new Map<string, string>();
  return (key) => {
    let text = made.get(key);
    if (text === undefined) made.set(key, (text = make(key)));
    return text;
  };
}

function explainFiles(p: Planner, files: readonly FileIndicator[]): FileIndicator[] {
  const uncovered: FileIndicator[] = [];
  const sizeNote = memo((key) => {
    const [what, covered] = key.split('\u0000') as [string, string];
    return (
      `${what} may be larger than --read_max (${Math.round(p.options.readMax / 1048576)} MiB), and ` +
      `osqueryd then returns an empty hash; ` +
      (covered === 'yes' ? 'the version or name queries cover this file then' : 'nothing else covers this file then')
    );
  });
  const noPath = memo(
    (kind) => `${kind}, and without a known path no osquery table lists it without walking the disk; give \`paths\``,
  );
  for (const f of files) {
    const { version } = f;
    const coveredOtherwise =
      p.versionCovered.has(f) ||
      (version !== undefined &&
        p.rule.software.some((s) => s.versions.includes(version) && (f.os === undefined || s.os === f.os)));
    for (const id of fileHashIds(f)) {
      if (p.tooLarge(f))
        p.reason(
          id,
          `the file is ${f.size} bytes, larger than --read_max (${p.options.readMax}): osqueryd returns an empty hash`,
        );
      else if (f.role === 'installer' && f.name === undefined && f.paths.length === 0)
        p.reason(id, "an installer hash needs the installer's file name (to look in Downloads) or a path");
      else if (f.size === undefined) {
        const what =
          f.role === 'installer' ? 'installers' : f.role === 'application' ? 'application executables' : 'files';
        p.notes.set(id, sizeNote(`${what}\u0000${coveredOtherwise ? 'yes' : 'no'}`));
      }
      // For the hashes no query carries: a file that never runs and has no known path.
      p.reason(id, noPath(notAProcessImage(fileKind(f))));
    }
    if (
      (p.tooLarge(f) || (f.size === undefined && (f.role === 'installer' || f.role === 'application'))) &&
      !coveredOtherwise &&
      fileHashIds(f).some((id) => p.carried.has(id))
    )
      uncovered.push(f);
    if (f.originalName !== undefined) {
      p.reason(originalNameObservableId(f.originalName), originalNameLeftOut(f));
    }
  }
  return uncovered;
}

export function planRule(rule: Rule, options: PlanOptions): OsqueryPlan {
  const p = new Planner(rule, options);
  for (const platform of allPlatforms) {
    const files = rule.files.filter((f) => platformsOf(f).includes(platform));
    planHashQueries(p, platform, files);
    planInstallers(p, platform, files);
    planNameOnly(p, platform, files);
  }
  planVersionQueries(
    p,
    rule.files.filter((f) => platformsOf(f).includes('windows')),
  );
  planSoftware(p, rule);
  planNetwork(p, rule);
  const uncovered = explainFiles(p, rule.files);
  for (const id of p.carried) p.reasons.delete(id);
  for (const id of [...p.notes.keys()]) if (!p.carried.has(id)) p.notes.delete(id);
  return { queries: p.queries, reasons: p.reasons, notes: p.notes, uncovered };
}
