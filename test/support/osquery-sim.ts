// An osquery stand-in for the tests: SQLite 3.42.0 (the version osqueryd embeds, through
// better-sqlite3 8.5.0) with every table of the osquery 5.23.1 schema for one platform. Tables with
// required columns (hash, file, …) are virtual tables that refuse a scan without one of them — as
// osqueryd does — and answer from a simulated host; the others are plain tables filled with its rows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { isIPv4, isIPv6 } from 'node:net';
import { join } from 'node:path';
import { ipv6Groups } from '../../src/values/ip.js';
import { fixtures } from './helpers.js';

const require = createRequire(import.meta.url);
// better-sqlite3 8.5.0 bundles SQLite 3.42.0, the version in osquery 5.12-5.23 (see targets.md §1.10).
const Database = require('better-sqlite3') as typeof BetterSqlite3;

export type Platform = 'windows' | 'darwin' | 'linux';

interface SchemaColumn {
  name: string;
  type: string;
  required?: boolean;
  platforms?: string[];
}
interface SchemaTable {
  name: string;
  platforms: string[];
  columns: SchemaColumn[];
}

export const schema = JSON.parse(
  readFileSync(join(fixtures, 'osquery', 'osquery-schema-5.23.1.json'), 'utf8'),
) as SchemaTable[];

const columnOn = (c: SchemaColumn, p: Platform): boolean =>
  c.platforms === undefined ||
  c.platforms.length === 0 ||
  c.platforms.includes(p) ||
  (p === 'windows' && (c.platforms.includes('win32') || c.platforms.includes('cygwin')));

const sqlType = (t: string): string => (t === 'text' ? 'TEXT' : t === 'double' ? 'REAL' : 'INTEGER');

export interface SimFile {
  readonly path: string;
  readonly size: number;
  readonly sha256?: string;
  readonly sha1?: string;
  readonly md5?: string;
  readonly original_filename?: string;
  readonly file_version?: string;
  readonly product_version?: string;
}

/** A row of npm_packages (`root`: found in osquery's default roots) or python_packages. */
export interface SimPackage {
  readonly name: string;
  readonly version: string;
  readonly path: string;
  /** npm: the folder holding node_modules; python: the site folder it was found under. */
  readonly directory: string;
  /** npm: true when `directory` is one of osquery's default roots (global installs, nvm …). */
  readonly root?: boolean;
  /** python: the user whose home it was found in; 0 for system folders. */
  readonly uid?: number;
}

export interface Host {
  readonly platform: Platform;
  readonly files?: readonly SimFile[];
  readonly npm?: readonly SimPackage[];
  readonly python?: readonly SimPackage[];
  /** Plain-table rows by table name (users, processes, process_memory_map, programs, apps, …). */
  readonly tables?: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  /** osqueryd's --read_max: larger files get empty hashes. */
  readonly readMax?: number;
}

export type Db = BetterSqlite3.Database;

const defaultReadMax = 50 * 1024 * 1024;

function fileLookup(host: Host): (path: string) => SimFile | undefined {
  // Windows and macOS (by default) file systems ignore case.
  const fold = host.platform === 'linux' ? (s: string) => s : (s: string) => s.toLowerCase();
  const byPath = new Map((host.files ?? []).map((f) => [fold(f.path), f]));
  return (path) => byPath.get(fold(path));
}

const sep = (p: Platform): string => (p === 'windows' ? '\\' : '/');

function fileRow(host: Host, f: SimFile, path: string): Record<string, unknown> {
  const name = path.slice(path.lastIndexOf(sep(host.platform)) + 1);
  const row: Record<string, unknown> = { filename: name, size: f.size, mtime: 1680000000, type: 'regular' };
  if (host.platform === 'windows') {
    row['original_filename'] = f.original_filename ?? '';
    row['file_version'] = f.file_version ?? '';
    row['product_version'] = f.product_version ?? '';
  }
  return row;
}

function hashRow(host: Host, f: SimFile): Record<string, unknown> {
  const tooLarge = f.size > (host.readMax ?? defaultReadMax);
  return {
    sha256: tooLarge ? '' : (f.sha256 ?? ''),
    sha1: tooLarge ? '' : (f.sha1 ?? ''),
    md5: tooLarge ? '' : (f.md5 ?? ''),
  };
}

/** Calls of each virtual table with a required column constrained, for the tests to inspect. */
export type Calls = Map<string, number>;

/** The entries of a folder: its files, and the folders implied by deeper file paths (as `directory` lists them). */
function listFolder(host: Host, directory: string): { path: string; name: string; file?: SimFile }[] {
  const sepChar = sep(host.platform);
  const fold = host.platform === 'linux' ? (x: string) => x : (x: string) => x.toLowerCase();
  const dir = directory.endsWith(sepChar) ? directory : `${directory}${sepChar}`;
  const seen = new Map<string, { path: string; name: string; file?: SimFile }>();
  for (const f of host.files ?? []) {
    if (!fold(f.path).startsWith(fold(dir))) continue;
    const rest = f.path.slice(dir.length);
    const name = rest.split(sepChar)[0] ?? '';
    if (name === '' || seen.has(fold(name))) continue;
    // osquery names an entry by the folder as given plus the entry's own name.
    seen.set(fold(name), { path: `${dir}${name}`, name, ...(rest === name && { file: f }) });
  }
  return [...seen.values()];
}

function addVirtualTable(db: Db, t: SchemaTable, host: Host, columns: SchemaColumn[], calls: Calls): void {
  const required = columns.filter((c) => c.required).map((c) => c.name);
  const others = columns.filter((c) => !c.required).map((c) => c.name);
  const find = fileLookup(host);
  db.table(t.name, {
    columns: others,
    parameters: required,
    *rows(...params: unknown[]) {
      if (params.every((p) => p === undefined || p === null)) {
        throw new Error(`Table ${t.name} was queried without a required column in the WHERE clause`);
      }
      calls.set(t.name, (calls.get(t.name) ?? 0) + 1);
      const path = params[required.indexOf('path')];
      const directory = params[required.indexOf('directory')];
      if (t.name === 'file' && typeof directory === 'string' && typeof path !== 'string') {
        // A listing, one level deep: files and sub-folders (a folder has no hash or version resource).
        for (const e of listFolder(host, directory)) {
          const row =
            e.file !== undefined ? fileRow(host, e.file, e.path) : { filename: e.name, type: 'directory', size: 4096 };
          yield Object.fromEntries(others.map((c) => [c, row[c] ?? null]));
        }
        return;
      }
      if (typeof path !== 'string' || (t.name !== 'file' && t.name !== 'hash')) return;
      const f = find(path);
      if (f === undefined) return;
      const row = t.name === 'file' ? fileRow(host, f, path) : hashRow(host, f);
      yield Object.fromEntries(others.map((c) => [c, row[c] ?? null]));
    },
  });
}

/**
 * npm_packages: without a `directory` constraint osquery lists its default roots only; a constraint
 * replaces them. python_packages: on macOS and Linux, without a `uid` constraint, only the system
 * folders and osqueryd's own (root's) home; Windows reads every user.
 */
function addPackageTable(db: Db, t: SchemaTable, host: Host, columns: SchemaColumn[]): void {
  const npm = t.name === 'npm_packages';
  const key = npm ? 'directory' : 'uid';
  const rows = (npm ? host.npm : host.python) ?? [];
  const names = columns.filter((c) => c.name !== key).map((c) => c.name);
  db.table(t.name, {
    columns: names,
    parameters: [key],
    *rows(constraint: unknown) {
      for (const r of rows) {
        const listed = npm
          ? constraint === undefined || constraint === null
            ? r.root === true
            : r.directory === constraint
          : constraint === undefined || constraint === null
            ? host.platform === 'windows' || (r.uid ?? 0) === 0
            : (r.uid ?? 0) === Number(constraint);
        const row: Record<string, unknown> = { name: r.name, version: r.version, path: r.path };
        if (!npm) row['directory'] = r.directory;
        if (listed) yield Object.fromEntries(names.map((c) => [c, row[c] ?? null]));
      }
    },
  });
}

/**
 * Columns osquery declares with a version collation (`=` there is fuzzy: 1.0.1 = 1.0-1). SQLite has no
 * such collation here; NOCASE stands in for "not byte equality", so a query that forgets COLLATE BINARY
 * matches a clean host whose version differs only in case.
 */
const versionCollated = new Set([
  'deb_packages.version',
  'rpm_packages.version',
  'homebrew_packages.version',
  'chocolatey_packages.version',
  'programs.version',
  'apps.bundle_short_version',
  'apps.bundle_version',
  'portage_packages.version',
]);

function addPlainTable(
  db: Db,
  t: SchemaTable,
  columns: SchemaColumn[],
  rows: readonly Record<string, unknown>[],
): void {
  const collate = (c: SchemaColumn): string => (versionCollated.has(`${t.name}.${c.name}`) ? ' COLLATE NOCASE' : '');
  db.exec(`CREATE TABLE "${t.name}" (${columns.map((c) => `"${c.name}" ${sqlType(c.type)}${collate(c)}`).join(', ')})`);
  if (rows.length === 0) return;
  const names = columns.map((c) => c.name);
  for (const row of rows) {
    for (const k of Object.keys(row))
      if (!names.includes(k)) throw new Error(`simulated ${t.name} row has no column ${k}`);
  }
  const insert = db.prepare(
    `INSERT INTO "${t.name}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
  );
  for (const row of rows) insert.run(...names.map((n) => row[n] ?? null));
}

/** An IPv4 or IPv6 address as boost::asio::ip::make_address reads it (inet_pton), as a number, or undefined. */
function parseAddress(s: string): { v6: boolean; n: bigint } | undefined {
  if (isIPv6(s)) {
    const groups = ipv6Groups(s.replace(/%.*$/, ''));
    return groups === undefined ? undefined : { v6: true, n: groups.reduce((a, g) => (a << 16n) | BigInt(g), 0n) };
  }
  if (isIPv4(s)) return { v6: false, n: s.split('.').reduce((a, o) => (a << 8n) | BigInt(o), 0n) };
  return undefined;
}

/**
 * osquery's in_cidr_block(cidr, ip) (osquery/sql/sqlite_network.cpp): an argument that is not text, an
 * address that does not parse, or a range that does not parse in the address's family raises an SQL
 * error, which aborts the statement. The match is boost's network.hosts().find(address): an IPv4 /32 is
 * its one address, any shorter IPv4 range leaves out its network and broadcast addresses; an IPv6 range
 * is every address, but its end is one past the last address and wraps to :: after ffff:…:ffff.
 */
export function inCidrBlock(cidr: unknown, ip: unknown): number {
  if (typeof cidr !== 'string') throw new Error('CIDR must be a string');
  if (typeof ip !== 'string') throw new Error('IP address must be a string');
  const address = parseAddress(ip);
  if (address === undefined) throw new Error('IP address cannot be parsed');
  const family = address.v6 ? 'v6' : 'v4';
  const m = /^([^/]*)\/([0-9]+)$/.exec(cidr);
  const base = m === null ? undefined : parseAddress(m[1] ?? '');
  const bits = address.v6 ? 128 : 32;
  const prefix = Number(m?.[2]);
  if (base === undefined || base.v6 !== address.v6 || prefix > bits)
    throw new Error(`CIDR for IP address ${family} cannot be parsed`);
  const size = 1n << BigInt(bits - prefix);
  const network = (base.n / size) * size;
  const wrap = (n: bigint): bigint => n % (1n << BigInt(bits));
  const [begin, end] = address.v6
    ? [network, wrap(network + size)]
    : prefix === 32
      ? [base.n, wrap(base.n + 1n)]
      : [network + 1n, network + size - 1n];
  return address.n >= begin && address.n < end ? 1 : 0;
}

/** A database with osquery's tables for `host.platform`, filled from the host. */
export function osqueryDb(host: Host, calls: Calls = new Map()): Db {
  const db = new Database(':memory:');
  db.function('in_cidr_block', { deterministic: true }, inCidrBlock);
  for (const t of schema) {
    if (!t.platforms.includes(host.platform)) continue;
    const columns = t.columns.filter((c) => columnOn(c, host.platform));
    if (columns.some((c) => c.required)) addVirtualTable(db, t, host, columns, calls);
    else if (t.name === 'npm_packages' || t.name === 'python_packages') addPackageTable(db, t, host, columns);
    else addPlainTable(db, t, columns, host.tables?.[t.name] ?? []);
  }
  return db;
}

/** A host where every plain table has one row of placeholder values, so that every join is reached. */
export function smokeHost(platform: Platform): Host {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const t of schema) {
    if (!t.platforms.includes(platform) || t.columns.some((c) => c.required)) continue;
    tables[t.name] = [
      Object.fromEntries(
        t.columns.filter((c) => columnOn(c, platform)).map((c) => [c.name, c.type === 'text' ? 'x' : 1]),
      ),
    ];
  }
  return { platform, tables };
}

export const sqliteVersion = (db: Db): string => (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
