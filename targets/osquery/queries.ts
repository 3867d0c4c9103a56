// The SQL of each kind of query. Tables with required columns (hash, file) are always reached through
// CROSS JOIN from a table that supplies an exact path, so no query walks a disk, and every comparison
// with a rule value is exact (=, IN, substr) — never LIKE.
import { ipBounds, type IpValue } from '../../src/values/ip.js';
import { paddedVersions } from '../../src/values/version.js';
import type { GlobPath, KnownPath } from './paths.js';
import {
  anyOf,
  asciiLower,
  endsWithAny,
  endsWithAnyNoCase,
  equalsAnyNoCase,
  equalsNoCase,
  inList,
  literal,
  versionIn,
} from './sql.js';

export type Platform = 'windows' | 'darwin' | 'linux';

export interface Hashes {
  readonly sha256: readonly string[];
  readonly sha1: readonly string[];
  readonly md5: readonly string[];
}

/** `h.sha256 IN (…) OR h.sha1 IN (…) OR …` for the algorithms that have values. */
export function hashMatch(alias: string, hashes: Hashes): string {
  const terms = (['sha256', 'sha1', 'md5'] as const)
    .filter((a) => hashes[a].length > 0)
    .map((a) => inList(`${alias}.${a}`, [...hashes[a]].sort()));
  if (terms.length === 0) return '0';
  return anyOf(terms);
}

const hashColumns = (alias: string): string => `${alias}.sha256, ${alias}.sha1, ${alias}.md5`;

/** A one-column derived table of literal values: `(SELECT column1 AS v FROM (VALUES ('a'), ('b')))`. */
export const valuesTable = (values: readonly string[]): string =>
  `(SELECT column1 AS v FROM (VALUES ${values.map((v) => `(${literal(v)})`).join(', ')}))`;

/** Running processes whose executable has one of the hashes. */
export const processHash = (hashes: Hashes): string =>
  `SELECT p.pid, p.name, p.path, ${hashColumns('h')} FROM processes AS p CROSS JOIN hash AS h ON h.path = ` +
  `p.path WHERE p.path != '' AND ${hashMatch('h', hashes)};`;

/** Modules loaded by running processes, scoped by file name before anything is hashed. */
export const moduleHash = (names: readonly string[], sep: string, hashes: Hashes): string =>
  `SELECT m.pid, p.name AS process, m.path, ${hashColumns('h')} FROM (SELECT DISTINCT pid, path FROM ` +
  `process_memory_map WHERE ${endsWithAnyNoCase(
    'path',
    names.map((n) => sep + n),
  )}) AS m CROSS JOIN hash AS h ON h.path = m.path LEFT JOIN processes AS p ON p.pid = m.pid ` +
  `WHERE ${hashMatch('h', hashes)};`;

/** Modules loaded by running processes, by file name alone (for name-only indicators). */
export const moduleName = (names: readonly string[], sep: string): string =>
  `SELECT DISTINCT m.pid, p.name AS process, m.path FROM process_memory_map AS m LEFT JOIN processes AS p ` +
  `ON p.pid = m.pid WHERE ${endsWithAnyNoCase(
    'm.path',
    names.map((n) => sep + n),
  )};`;

/**
 * Running processes by executable name alone (for name-only indicators). On Linux `processes.name` is
 * the kernel's `comm`, cut to 15 characters, so the name is compared with the end of the image path,
 * case-sensitively; Windows and macOS names are the image's file name, compared without ASCII case.
 */
export const processName = (names: readonly string[], platform: Platform): string =>
  `SELECT p.pid, p.name, p.path FROM processes AS p WHERE ${
    platform === 'linux'
      ? endsWithAny(
          'p.path',
          names.map((n) => `/${n}`),
        )
      : equalsAnyNoCase('p.name', names)
  };`;

/** The FROM clause, user column and WHERE condition that yield `h`/`f` rows at some locations. */
interface At {
  readonly from: string;
  readonly userColumn: string;
  readonly where: string;
}

/**
 * Rows for exact paths: all per-user (joined with each user's home) or all system-wide. Callers group
 * paths by kind.
 */
function atPaths(table: 'hash' | 'file', alias: string, paths: readonly KnownPath[]): At {
  const system = paths.flatMap((p) => (p.kind === 'system' ? [p.path] : []));
  const rels = paths.flatMap((p) => (p.kind === 'user' ? [p.rel] : []));
  if (system.length > 0 && rels.length > 0)
    throw new Error('atPaths: per-user and system paths must be queried separately');
  if (system.length > 0)
    return { from: `${table} AS ${alias}`, userColumn: '', where: inList(`${alias}.path`, system) };
  return {
    from:
      `users AS u CROSS JOIN ${valuesTable(rels)} AS k CROSS JOIN ${table} AS ${alias} ON ${alias}.path = ` +
      `u.directory || k.v`,
    userColumn: 'u.username, ',
    where: "u.directory != ''",
  };
}

/** A GLOB pattern for one name: `*` and `?` stay wildcards, `[` is literal. */
const globPattern = (segment: string): string => segment.replace(/\[/g, '[[]');

/**
 * Rows for a path with wildcard segments: each wildcard segment lists one folder (`file` with a
 * `directory` constraint, which osquery answers without recursion) and keeps the entries whose name
 * fits; the literal segments between are appended. The last table is joined on the exact path reached.
 * `segments` starts with a wildcard segment, so the first folder listed is `start` itself.
 */
function atGlob(table: 'hash' | 'file', alias: string, g: GlobPath): At {
  const user = g.kind === 'user';
  const joins: string[] = user ? ['users AS u'] : [];
  const filters: string[] = user ? ["u.directory != ''"] : [];
  const joined = (base: string, suffix: string): string => (suffix === '' ? base : `${base} || ${literal(suffix)}`);
  let folder = user ? joined('u.directory', g.start) : literal(g.start);
  let rest = '';
  let level = 0;
  for (const segment of g.segments) {
    if (!/[*?]/.test(segment)) {
      rest += g.sep + segment;
      continue;
    }
    const d = `d${++level}`;
    const on = `${d}.directory = ${joined(folder, rest)}`;
    if (joins.length === 0) {
      joins.push(`file AS ${d}`);
      filters.push(on);
    } else joins.push(`file AS ${d} ON ${on}`);
    filters.push(
      g.foldCase
        ? `lower(${d}.filename) GLOB ${literal(asciiLower(globPattern(segment)))}`
        : `${d}.filename GLOB ${literal(globPattern(segment))}`,
    );
    // The entry's path, built from the folder listed and the entry's name (as osquery builds `path`).
    folder = `rtrim(${d}.directory, ${literal(g.sep)}) || ${literal(g.sep)} || ${d}.filename`;
    rest = '';
  }
  joins.push(`${table} AS ${alias} ON ${alias}.path = ${joined(folder, rest)}`);
  return { from: joins.join(' CROSS JOIN '), userColumn: user ? 'u.username, ' : '', where: filters.join(' AND ') };
}

const at = (table: 'hash' | 'file', alias: string, where: readonly KnownPath[] | GlobPath): At =>
  Array.isArray(where) ? atPaths(table, alias, where as readonly KnownPath[]) : atGlob(table, alias, where as GlobPath);

/** Files at known paths with one of the hashes. */
export function pathHash(paths: readonly KnownPath[] | GlobPath, hashes: Hashes): string {
  const a = at('hash', 'h', paths);
  return (
    `SELECT ${a.userColumn}h.path, ${hashColumns('h')} FROM ${a.from} WHERE ${a.where} AND ` +
    `${hashMatch('h', hashes)};`
  );
}

/** Files that exist at known paths (for name-only indicators with a path). */
export function pathExists(paths: readonly KnownPath[] | GlobPath): string {
  const a = at('file', 'f', paths);
  return `SELECT ${a.userColumn}f.path, f.size, f.mtime FROM ${a.from} WHERE ${a.where};`;
}

/**
 * Running processes whose image is at a known path. `processes` is a plain table, so a wildcard path is
 * a GLOB on `p.path` with as many separators as the path has (GLOB's * would cross them).
 */
export function processAtPath(where: readonly KnownPath[] | GlobPath): string {
  const columns = 'p.pid, p.name, p.path, p.on_disk';
  if (Array.isArray(where)) {
    const paths = where as readonly KnownPath[];
    const system = paths.flatMap((k) => (k.kind === 'system' ? [k.path] : []));
    if (system.length > 0) return `SELECT ${columns} FROM processes AS p WHERE ${inList('p.path', system)};`;
    const rels = paths.flatMap((k) => (k.kind === 'user' ? [k.rel] : []));
    return (
      `SELECT u.username, ${columns} FROM users AS u CROSS JOIN ${valuesTable(rels)} AS k CROSS JOIN ` +
      `processes AS p ON p.path = u.directory || k.v WHERE u.directory != '';`
    );
  }
  const g = where as GlobPath;
  const pattern = [g.start.replace(/[\\/]$/, ''), ...g.segments].join(g.sep);
  const globbed = (base: string): string => {
    const text = g.foldCase ? `lower(p.path)` : 'p.path';
    return `${text} GLOB ${base}`;
  };
  const depth = `length(p.path) - length(replace(p.path, ${literal(g.sep)}, ''))`;
  const separators = (prefix: string): number => [...`${prefix}${pattern}`].filter((c) => c === g.sep).length;
  if (g.kind === 'system') {
    const glob = literal(g.foldCase ? asciiLower(globPattern(pattern)) : globPattern(pattern));
    return `SELECT ${columns} FROM processes AS p WHERE ${globbed(glob)} AND ${depth} = ${separators('')};`;
  }
  const home = g.foldCase ? "lower(replace(u.directory, '[', '[[]'))" : "replace(u.directory, '[', '[[]')";
  const glob = `${home} || ${literal(g.foldCase ? asciiLower(globPattern(pattern)) : globPattern(pattern))}`;
  const homeDepth = `length(u.directory) - length(replace(u.directory, ${literal(g.sep)}, ''))`;
  return (
    `SELECT u.username, ${columns} FROM users AS u CROSS JOIN processes AS p WHERE u.directory != '' AND ` +
    `${globbed(glob)} AND ${depth} = ${homeDepth} + ${separators('')};`
  );
}

export interface VersionedFile {
  readonly name?: string;
  readonly originalName?: string;
  readonly version: string;
}

/**
 * The Windows version-resource condition: per original name (or file name when there is none), one of
 * its affected versions in the file or product version.
 */
export function versionResourceMatch(files: readonly VersionedFile[], nameColumn: string): string {
  const byName = new Map<string, { column: string; name: string; versions: string[] }>();
  for (const f of files) {
    const [column, name] =
      f.originalName !== undefined ? ['f.original_filename', f.originalName] : [nameColumn, f.name ?? ''];
    const key = `${column}\u0000${name.toLowerCase()}`;
    const entry = byName.get(key) ?? { column, name, versions: [] };
    if (!entry.versions.includes(f.version)) entry.versions.push(f.version);
    byName.set(key, entry);
  }
  const terms = [...byName.values()].map((e) => {
    const versions = [...new Set(e.versions.flatMap(paddedVersions))].sort();
    return (
      `(${equalsNoCase(e.column, e.name)} AND (${versionIn('f.file_version', versions)} OR ` +
      `${versionIn('f.product_version', versions)}))`
    );
  });
  return anyOf(terms);
}

/** Windows files at known paths whose version resource names an affected build (no hashing). */
export function pathVersion(paths: readonly KnownPath[] | GlobPath, files: readonly VersionedFile[]): string {
  const a = at('file', 'f', paths);
  return (
    `SELECT ${a.userColumn}f.path, f.original_filename, f.file_version, f.product_version FROM ${a.from} ` +
    `WHERE ${a.where} AND ${versionResourceMatch(files, 'f.filename')};`
  );
}

/** Running Windows processes whose executable's version resource names an affected build. */
export function processVersion(files: readonly VersionedFile[]): string {
  return (
    `SELECT p.pid, p.name, p.path, f.original_filename, f.file_version, f.product_version FROM processes AS ` +
    `p CROSS JOIN file AS f ON f.path = p.path WHERE p.path != '' AND ${versionResourceMatch(files, 'p.name')};`
  );
}

/** Running Windows processes by PE original file name alone (for name-only indicators). */
export const processOriginalName = (names: readonly string[]): string =>
  `SELECT p.pid, p.name, p.path, f.original_filename FROM processes AS p CROSS JOIN file AS f ON f.path = ` +
  `p.path WHERE p.path != '' AND ${equalsAnyNoCase('f.original_filename', names)};`;

export interface Installer {
  readonly name: string;
  /** When the hash cannot be computed: accept the name when it carries the affected version, or the exact size. */
  readonly fallback: 'name-has-version' | { readonly size: number } | undefined;
}

/** Installers in the users' Downloads folders, by hash — or, when osqueryd could not hash them, by name and size. */
export function downloadedInstaller(platform: Platform, installers: readonly Installer[], hashes: Hashes): string {
  const sep = platform === 'windows' ? '\\' : '/';
  const fallbacks = installers.flatMap((i) => {
    if (i.fallback === undefined) return [];
    const named = equalsNoCase('f.filename', i.name);
    return [i.fallback === 'name-has-version' ? named : `(${named} AND f.size = ${i.fallback.size})`];
  });
  const unhashed = fallbacks.length === 0 ? '' : ` OR (coalesce(h.sha256, '') = '' AND (${fallbacks.join(' OR ')}))`;
  return (
    `SELECT u.username, f.path, f.size, ${hashColumns('h')}, CASE WHEN ${hashMatch('h', hashes)} THEN 'hash' ` +
    `ELSE 'name (not hashed: larger than --read_max)' END AS matched_by FROM users AS u CROSS JOIN ` +
    `${valuesTable(installers.map((i) => `${sep}Downloads${sep}${i.name}`))} AS k CROSS JOIN file AS f ON ` +
    `f.path = u.directory || k.v LEFT JOIN hash AS h ON h.path = f.path WHERE u.directory != '' ` +
    `AND (${hashMatch('h', hashes)}${unhashed});`
  );
}

/** Names in the Windows DNS cache that are one of the domains or a subdomain of one. */
export const dnsCache = (domains: readonly string[]): string =>
  `SELECT DISTINCT d.name, d.type FROM dns_cache AS d CROSS JOIN ${valuesTable(domains)} AS k WHERE ` +
  `rtrim(lower(d.name), '.') = k.v OR substr(rtrim(lower(d.name), '.'), -(length(k.v) + 1)) = '.' || k.v;`;

/*
 * osquery's in_cidr_block(range, address) does not return 0 for an address it cannot compare: it raises
 * an SQL error (sqlite3_result_error, osquery/sql/sqlite_network.cpp), which aborts the whole statement,
 * when the address does not parse or is of the other family than the range. Every host has such rows in
 * process_open_sockets: AF_UNIX sockets ('' on Linux and macOS), UDP sockets on Windows ('0'), IPv6
 * sockets against an IPv4 range and IPv4 sockets against an IPv6 one. So each call is guarded, and the
 * guard reads the text, not the `family` column: the family is not the form of the address (macOS reports
 * 10 for every IPv6 socket, and prints the peer of one connected to an IPv4 address as a.b.c.d; Windows
 * reports 23 for IPv6; Linux prints IPv4 peers of IPv6 sockets as ::ffff:a.b.c.d). The addresses come from
 * inet_ntop, so their shape tells them apart: digits and three dots, or hex digits and colons.
 */
const v4Text = (expr: string): string => `${expr} GLOB '[0-9]*.[0-9]*.[0-9]*.[0-9]*' AND NOT ${expr} GLOB '*[^0-9.]*'`;
const v6Text = (expr: string): string => `${expr} GLOB '*:*' AND NOT ${expr} GLOB '*[^0-9A-Fa-f:.]*'`;
/** The IPv4 address in an IPv4-mapped IPv6 address (::ffff:a.b.c.d), which an IPv4 range must also match. */
const mappedV4 = (expr: string): string => `substr(${expr}, 8)`;
const isMappedV4 = (expr: string): string => `lower(substr(${expr}, 1, 7)) = '::ffff:' AND ${v4Text(mappedV4(expr))}`;

const inAnyRange = (ranges: readonly IpValue[], address: string): string =>
  ranges.map((r) => `in_cidr_block(${literal(r.value)}, ${address})`).join(' OR ');

/** The CIDR terms: one CASE per address family, so in_cidr_block only ever sees an address of its range's family. */
function rangeTerms(ranges: readonly IpValue[], column: string): string[] {
  const v4 = ranges.filter((r) => r.version === 4);
  const v6 = ranges.filter((r) => r.version === 6);
  return [
    ...(v4.length > 0
      ? [
          `CASE WHEN ${v4Text(column)} THEN ${inAnyRange(v4, column)} WHEN ${isMappedV4(column)} THEN ` +
            `${inAnyRange(v4, mappedV4(column))} ELSE 0 END`,
        ]
      : []),
    ...(v6.length > 0 ? [`CASE WHEN ${v6Text(column)} THEN ${inAnyRange(v6, column)} ELSE 0 END`] : []),
  ];
}

/**
 * The addresses of IPv4 ranges that in_cidr_block never matches: it asks boost's network_v4::hosts(),
 * which leaves out the network and broadcast addresses of every range shorter than /32 (so a /31 matches
 * nothing). They are compared exactly instead.
 */
function notHostsOf(ranges: readonly IpValue[]): string[] {
  return ranges.flatMap((r) => {
    if (r.version !== 4 || r.prefix === undefined || r.prefix === 32) return [];
    const { first, last } = ipBounds(r);
    return [first, last];
  });
}

/** Sockets of running processes connected to one of the addresses (or into one of the CIDR ranges). */
export function openSockets(addresses: readonly string[], ranges: readonly IpValue[]): string {
  const exact = [...new Set([...addresses, ...notHostsOf(ranges)])];
  const mapped = exact.filter((a) => !a.includes(':')).map((a) => `::ffff:${a}`);
  const terms = [
    ...(exact.length > 0 ? [inList('s.remote_address', [...exact, ...mapped])] : []),
    ...rangeTerms(ranges, 's.remote_address'),
  ];
  return (
    `SELECT s.pid, p.name, p.path, s.remote_address, s.remote_port, s.protocol FROM process_open_sockets AS ` +
    `s LEFT JOIN processes AS p ON p.pid = s.pid WHERE ${terms.join(' OR ')};`
  );
}
