// Which queries one iocc rule becomes (one per Advanced Hunting table with something to match), the
// tests of each, and for every observable no table can carry, why.
import { fileKind, mayRunAsProcess, osesOf } from '../../src/model/file-kind.js';
import {
  fileHashId,
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
import { nameAlone, originalNameWindowsOnly, originalNameWithoutVersion } from '../../src/model/reasons.js';
import type { FileIndicator, NetworkIndicator, Rule, SoftwareIndicator } from '../../src/model/types.js';
import { pathIsEncrypted } from '../../src/values/url.js';
import { paddedVersions, resourceVersions } from '../../src/values/version.js';
import { kqlString } from './escape.js';
import type { Table } from './tables.js';
import {
  callTest,
  caseless,
  clauseTest,
  listTest,
  literalItems,
  nameClause,
  versionClause,
  type Item,
  type Test,
} from './tests.js';

export interface PlannedQuery {
  readonly table: Table;
  readonly tests: readonly Test[];
}

export interface KqlPlan {
  readonly queries: PlannedQuery[];
  readonly reasons: Map<string, string>;
  readonly notes: Map<string, string>;
}

const sha256Note =
  'Defender documents SHA256 as "usually not populated" (it records SHA1 and MD5): a file listed by its ' +
  'SHA256 alone may be missed';
const versionNote =
  'matched on ProcessVersionInfoProductVersion (Defender records no file version), which most builds set ' +
  'to the file version';
const softwareNote =
  "a hunting query only (DeviceTvmSoftwareInventory has no Timestamp or ReportId); Defender's inventory " +
  'names are lower case with underscores, matched as written and in that form';
const httpsPathNote =
  'Defender records the host of an HTTPS connection, not its path: the domain rule matches the host, this ' +
  'URL only where the full URL is recorded';

/** Tvm lists the software of the OS's own installers and package managers. */
const tvmEcosystems = new Set(['msi', 'app', 'deb', 'rpm']);

class Planner {
  readonly queries: PlannedQuery[] = [];
  readonly reasons = new Map<string, string>();
  readonly notes = new Map<string, string>();
  private readonly carried = new Set<string>();

  add(table: Table, tests: Test[]): void {
    const kept = tests.filter((t) => t.items.length > 0);
    if (kept.length === 0) return;
    for (const t of kept) for (const i of t.items) for (const id of i.ids) this.carried.add(id);
    this.queries.push({ table, tests: kept });
  }

  reason(id: string, why: string): void {
    if (!this.reasons.has(id)) this.reasons.set(id, why);
  }

  finish(): KqlPlan {
    for (const id of this.carried) this.reasons.delete(id);
    for (const id of [...this.notes.keys()]) if (!this.carried.has(id)) this.notes.delete(id);
    return { queries: this.queries, reasons: this.reasons, notes: this.notes };
  }
}

/** SHA256, SHA1 and MD5 of the files, each on its column (all three: Defender fills them unevenly). */
function hashTests(files: readonly FileIndicator[]): Test[] {
  return (['SHA256', 'SHA1', 'MD5'] as const).map((column) => {
    const algorithm = column.toLowerCase() as 'sha256' | 'sha1' | 'md5';
    // Each value once, with the id the model holds (fileHashId), not a copy per table.
    const seen = new Set<string>();
    const values: (readonly [string, string])[] = [];
    for (const f of files) {
      const hex = f[algorithm];
      if (hex === undefined || seen.has(hex)) continue;
      seen.add(hex);
      values.push([hex, fileHashId(f, algorithm)]);
    }
    return listTest(column, 'in~', literalItems(values));
  });
}

/** Names of files, grouped by how the OS compares them. */
function nameTests(files: readonly FileIndicator[]): Test[] {
  const named = files.filter(hasName);
  const items = (list: readonly With<FileIndicator, 'name'>[]): Item[] =>
    list.map((f) => ({ text: kqlString(f.name), ids: [fileNameObservableId(f)] }));
  return [
    listTest('FileName', 'in~', items(named.filter((f) => caseless(f.os)))),
    listTest('FileName', 'in', items(named.filter((f) => !caseless(f.os)))),
  ];
}

/** Files known by name only (no hash): their name, and one of their paths where known. */
const nameOnlyTest = (files: readonly FileIndicator[]): Test =>
  clauseTest(
    files
      .filter(hasName)
      .filter((f) => !hasHash(f))
      .map((f) => ({ text: nameClause(f.name, f.paths, f.os), ids: [fileNameObservableId(f)] })),
  );

const onWindows = (f: FileIndicator): boolean => osesOf(f).includes('windows');

/** Affected Windows builds by their version resource: original file name (or name) and version. */
function buildTest(files: readonly FileIndicator[]): Test {
  const builds = new Map<string, { column: string; name: string; versions: Set<string>; ids: Set<string> }>();
  for (const f of files.filter(hasVersion).filter((x) => onWindows(x) && mayRunAsProcess(x))) {
    const [column, name, id] =
      f.originalName !== undefined
        ? ['ProcessVersionInfoOriginalFileName', f.originalName, originalNameObservableId(f.originalName)]
        : ['FileName', f.name, f.name !== undefined ? fileNameObservableId(f) : undefined];
    if (name === undefined || id === undefined) continue;
    const key = `${column}\u0000${name}`;
    const b = builds.get(key) ?? { column, name, versions: new Set(), ids: new Set() };
    for (const v of resourceVersions(f.version)) b.versions.add(v);
    b.ids.add(id);
    builds.set(key, b);
  }
  return clauseTest(
    [...builds.values()].map((b) => ({
      text: versionClause(b.column, b.name, 'ProcessVersionInfoProductVersion', [...b.versions].sort()),
      ids: [...b.ids],
    })),
  );
}

/** Original file names of entries without a hash: the name is the indicator. */
const originalNameTest = (files: readonly FileIndicator[]): Test =>
  listTest(
    'ProcessVersionInfoOriginalFileName',
    'in~',
    literalItems(
      files
        .filter(hasOriginalName)
        .filter((f) => !hasHash(f) && f.version === undefined && onWindows(f))
        .map((f) => [f.originalName, originalNameObservableId(f.originalName)] as const),
    ),
  );

function planFiles(p: Planner, rule: Rule): void {
  const runs = rule.files.filter(mayRunAsProcess);
  const libraries = rule.files.filter((f) => fileKind(f) === 'library');
  p.add('DeviceProcessEvents', [
    ...hashTests(runs.filter(hasHash)),
    buildTest(rule.files),
    originalNameTest(runs),
    nameOnlyTest(runs),
  ]);
  p.add('DeviceImageLoadEvents', [...hashTests(libraries.filter(hasHash)), nameOnlyTest(libraries)]);
  // Every file written to disk is a file event with its hashes: data files and installers too.
  p.add('DeviceFileEvents', [
    ...hashTests(rule.files.filter(hasHash)),
    ...nameTests(rule.files.filter((f) => f.role === 'installer' && nameHasVersion(f))),
    nameOnlyTest(rule.files),
  ]);
  for (const f of rule.files) {
    if (f.sha256 !== undefined && f.sha1 === undefined && f.md5 === undefined)
      p.notes.set(fileHashId(f, 'sha256'), sha256Note);
    if (f.originalName !== undefined && f.version !== undefined)
      p.notes.set(originalNameObservableId(f.originalName), versionNote);
    if (f.name !== undefined) p.reason(fileNameObservableId(f), nameAlone('a version, or an entry without a hash'));
    if (f.originalName !== undefined)
      p.reason(
        originalNameObservableId(f.originalName),
        !onWindows(f)
          ? originalNameWindowsOnly
          : !mayRunAsProcess(f)
            ? 'Defender records the version resource of process images only (ProcessVersionInfo*), not of ' +
              'libraries or installers'
            : originalNameWithoutVersion,
      );
  }
}

/** A domain and its subdomains: the host's last labels equal the domain, one test per label count. */
function domainTests(domains: readonly NetworkIndicator[]): Test[] {
  const prelude = [
    // RemoteUrl holds a URL or a bare host name: the host, lower case, without a trailing dot.
    '| extend RemoteHost = tolower(trim_end(@"\\.", extract(@"^(?:[A-Za-z][A-Za-z0-9+.\\-]*://)?(?:[^/?#@]*@)?([^/?#:]+)", 1, RemoteUrl)))',
    '| extend RemoteHostLabels = split(RemoteHost, ".")',
  ];
  const byLabels = new Map<number, NetworkIndicator[]>();
  for (const d of domains) {
    const n = d.value.split('.').length;
    // Pushed, not copied: a copy per domain is quadratic (a feed's 100,000 domains took minutes and GiBs).
    const list = byLabels.get(n);
    if (list === undefined) byLabels.set(n, [d]);
    else list.push(d);
  }
  return [...byLabels.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, list]) =>
      callTest(
        `strcat_array(array_slice(RemoteHostLabels, -${n}, -1), ".") in (`,
        ')',
        literalItems(list.map((d) => [d.value, networkObservableId('domain', d.value)] as const)),
        prelude,
      ),
    );
}

/** A URL as Defender may record it: as listed, and without its scheme. */
const urlForms = (u: string): string[] => [u, u.replace(/^[a-z]+:\/\//, '')];

function planNetwork(p: Planner, rule: Rule): void {
  const single4 = rule.ips.filter((i) => i.ip?.version === 4 && i.ip.prefix === undefined);
  const ranges4 = rule.ips.filter((i) => i.ip?.version === 4 && i.ip.prefix !== undefined);
  const v6 = rule.ips.filter((i) => i.ip?.version === 6);
  const ipItem = (forms: string[], i: NetworkIndicator): Item => ({
    text: forms.map(kqlString).join(', '),
    ids: [networkObservableId('ip', i.value)],
  });
  p.add('DeviceNetworkEvents', [
    ...domainTests(rule.domains),
    listTest(
      'RemoteUrl',
      'in~',
      rule.urls.map((u) => ({
        text: urlForms(u.value).map(kqlString).join(', '),
        ids: [networkObservableId('url', u.value)],
      })),
    ),
    // Defender may write an IPv4 peer in its IPv4-mapped IPv6 form.
    listTest(
      'RemoteIP',
      'in',
      single4.map((i) => ipItem([i.value, `::ffff:${i.value}`], i)),
    ),
    callTest(
      'ipv4_is_in_any_range(RemoteIP, dynamic([',
      ']))',
      ranges4.map((i) => ipItem([i.value], i)),
    ),
    callTest(
      'ipv6_is_in_any_range(RemoteIP, dynamic([',
      ']))',
      v6.map((i) => ipItem([i.value], i)),
    ),
  ]);
  for (const u of rule.urls)
    if (pathIsEncrypted(u.value)) p.notes.set(networkObservableId('url', u.value), httpsPathNote);
}

/** Names as Defender's inventory may hold them: as written, and lower case with underscores for spaces. */
const inventoryNames = (name: string): string[] => [...new Set([name, name.toLowerCase().replace(/ /g, '_')])];

function planSoftware(p: Planner, rule: Rule): void {
  const listed = (s: SoftwareIndicator): boolean => s.ecosystems.some((e) => tvmEcosystems.has(e));
  p.add('DeviceTvmSoftwareInventory', [
    clauseTest(
      rule.software.filter(listed).map((s) => ({
        text: `(SoftwareName in~ (${inventoryNames(s.name).map(kqlString).join(', ')}) and SoftwareVersion in (${[
          ...new Set(s.versions.flatMap(paddedVersions)),
        ]
          .sort()
          .map(kqlString)
          .join(', ')}))`,
        ids: s.versions.map((v) => softwareVersionId(s, v)),
      })),
    ),
  ]);
  for (const s of rule.software)
    for (const v of s.versions) {
      const id = softwareVersionId(s, v);
      if (listed(s)) p.notes.set(id, softwareNote);
      else p.reason(id, `Defender's software inventory is not documented to list ${s.ecosystems.join('/')} packages`);
    }
}

export function planRule(rule: Rule): KqlPlan {
  const p = new Planner();
  planFiles(p, rule);
  planNetwork(p, rule);
  planSoftware(p, rule);
  return p.finish();
}
