// Which Sigma rules one iocc rule becomes (one per log source that has something to match), their
// selections, and for every observable no log source can carry, why.
import {
  fileHashIds,
  fileNameObservableId,
  hasHash,
  hashObservableId,
  networkObservableId,
  originalNameObservableId,
  softwareVersionId,
} from '../../src/model/observables.js';
import type { FileIndicator, NetworkIndicator, Os, Rule, RulePath } from '../../src/model/types.js';
import { ipv6Full } from '../../src/values/ip.js';
import { literal, wildcard, type SigmaValue } from './escape.js';

export interface Field {
  /** `Image|endswith`, `Hashes|contains` … */
  readonly key: string;
  readonly values: readonly SigmaValue[];
  /** Per value, the observables it carries: a field that has them may be split across rules. */
  readonly ids?: readonly (readonly string[])[];
}

export interface Selection {
  readonly name: string;
  /** All fields must match (a Sigma map); each field matches any of its values (a Sigma list). */
  readonly fields: readonly Field[];
}

export interface LogSource {
  readonly key: string;
  /** SigmaHQ file-name prefix for this log source. */
  readonly prefix: string;
  readonly title: string;
  readonly category: string;
  readonly product?: string;
  /** What a match is, for the description: "the execution of …". */
  readonly what: string;
}

export interface PlannedSigmaRule {
  readonly source: LogSource;
  readonly selections: readonly Selection[];
  readonly carries: readonly string[];
  /** True when a selection matches names or versions rather than hashes and network values. */
  readonly byName: boolean;
}

export interface SigmaPlan {
  readonly rules: PlannedSigmaRule[];
  readonly reasons: Map<string, string>;
}

const sources = {
  proc_creation_win: {
    key: 'proc_creation_win',
    prefix: 'proc_creation_win_',
    title: 'Process Creation',
    category: 'process_creation',
    product: 'windows',
    what: 'the execution of files',
  },
  image_load_win: {
    key: 'image_load_win',
    prefix: 'image_load_',
    title: 'Image Load',
    category: 'image_load',
    product: 'windows',
    what: 'the loading of libraries',
  },
  create_stream_hash_win: {
    key: 'create_stream_hash_win',
    prefix: 'create_stream_hash_',
    title: 'Downloaded File',
    category: 'create_stream_hash',
    product: 'windows',
    what: 'the download (Zone.Identifier stream) of files',
  },
  file_event_win: {
    key: 'file_event_win',
    prefix: 'file_event_win_',
    title: 'File Creation',
    category: 'file_event',
    product: 'windows',
    what: 'the creation of files',
  },
  dns_query_win: {
    key: 'dns_query_win',
    prefix: 'dns_query_win_',
    title: 'DNS Query',
    category: 'dns_query',
    product: 'windows',
    what: 'DNS queries for the domains',
  },
  net_connection_win: {
    key: 'net_connection_win',
    prefix: 'net_connection_win_',
    title: 'Network Connection',
    category: 'network_connection',
    product: 'windows',
    what: 'network connections to the hosts and addresses',
  },
  proxy: {
    key: 'proxy',
    prefix: 'proxy_',
    title: 'Proxy',
    category: 'proxy',
    what: 'web requests to the hosts and URLs',
  },
  proc_creation_macos: {
    key: 'proc_creation_macos',
    prefix: 'proc_creation_macos_',
    title: 'Process Creation (macOS)',
    category: 'process_creation',
    product: 'macos',
    what: 'the execution of files',
  },
  file_event_macos: {
    key: 'file_event_macos',
    prefix: 'file_event_macos_',
    title: 'File Creation (macOS)',
    category: 'file_event',
    product: 'macos',
    what: 'the creation of files',
  },
  proc_creation_lnx: {
    key: 'proc_creation_lnx',
    prefix: 'proc_creation_lnx_',
    title: 'Process Creation (Linux)',
    category: 'process_creation',
    product: 'linux',
    what: 'the execution of files',
  },
  file_event_lnx: {
    key: 'file_event_lnx',
    prefix: 'file_event_lnx_',
    title: 'File Creation (Linux)',
    category: 'file_event',
    product: 'linux',
    what: 'the creation of files',
  },
} as const satisfies Record<string, LogSource>;

const on = (f: { os?: Os }, os: Os): boolean => f.os === undefined || f.os === os;
const sepOf = (os: Os): string => (os === 'windows' ? '\\' : '/');
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** A field whose every value carries the observables `idsOf` gives: values sorted, duplicates joined. */
function splittable(key: string, entries: Iterable<readonly [string | SigmaValue, string]>): Field {
  const byValue = new Map<string, { value: SigmaValue; ids: string[] }>();
  for (const [raw, id] of entries) {
    const value = typeof raw === 'string' ? literal(raw) : raw;
    const k = 'literal' in value ? value.literal : `\u0000${value.pattern}`;
    const seen = byValue.get(k);
    if (seen === undefined) byValue.set(k, { value, ids: [id] });
    else if (!seen.ids.includes(id)) seen.ids.push(id);
  }
  const keys = [...byValue.keys()].sort();
  return {
    key,
    values: keys.map((k) => byValue.get(k)?.value ?? literal(k)),
    ids: keys.map((k) => byValue.get(k)?.ids ?? []),
  };
}

/** Sysmon's Hashes field holds `SHA256=…,SHA1=…,MD5=…` with upper-case hex, as SigmaHQ writes it. */
function hashField(key: string, files: readonly FileIndicator[]): Field {
  const blocks = (['sha256', 'sha1', 'md5'] as const).map((a) =>
    splittable(
      key,
      files.flatMap((f) =>
        f[a] === undefined
          ? []
          : [[`${a.toUpperCase()}=${(f[a] as string).toUpperCase()}`, hashObservableId(a, f[a] as string)] as const],
      ),
    ),
  );
  return { key, values: blocks.flatMap((b) => b.values), ids: blocks.flatMap((b) => b.ids ?? []) };
}

/**
 * Selections for "this name with one of these versions": the version exactly, or followed by more
 * dotted parts (18.12.407.0) — as two selections, since a value ending in * would draw SigmaHQ's
 * "use startswith" warning and a map cannot hold both.
 */
function versionSelections(
  name: string,
  field: string,
  value: string,
  versions: readonly (readonly [string, string])[],
): Selection[] {
  const who = { key: field, values: [literal(value)] };
  return [
    { name, fields: [who, splittable('FileVersion', versions)] },
    {
      name: `${name}_dotted`,
      fields: [
        who,
        splittable(
          'FileVersion|startswith',
          versions.map(([v, id]) => [`${v}.`, id] as const),
        ),
      ],
    },
  ];
}

/**
 * Where a file can be recognized by its path: the part after its variable, ~ or drive (or the full
 * POSIX path), matched with endswith; `*` and `?` of a wildcard path stay Sigma wildcards.
 */
const pathTail = (p: RulePath): SigmaValue => (p.wildcard ? wildcard(p.tail) : literal(p.tail));

const nameHasVersion = (f: FileIndicator): boolean =>
  f.name !== undefined && f.version !== undefined && f.name.includes(f.version);

class Plan {
  readonly rules: PlannedSigmaRule[] = [];
  readonly reasons = new Map<string, string>();
  private readonly carried = new Set<string>();

  add(source: LogSource, selections: Selection[], carries: string[], byName: boolean): void {
    const kept = selections.filter((s) => s.fields.every((f) => f.values.length > 0));
    if (kept.length === 0) return;
    for (const id of carries) this.carried.add(id);
    this.rules.push({ source, selections: kept, carries: sorted(carries), byName });
  }

  reason(id: string, why: string): void {
    if (!this.carried.has(id) && !this.reasons.has(id)) this.reasons.set(id, why);
  }

  finish(): SigmaPlan {
    for (const id of this.carried) this.reasons.delete(id);
    return { rules: this.rules, reasons: this.reasons };
  }
}

function nameOnlySelections(
  files: readonly FileIndicator[],
  os: Os,
  field: 'Image' | 'TargetFilename' | 'ImageLoaded',
): { selections: Selection[]; carries: string[] } {
  const sep = sepOf(os);
  const withPaths = files.filter((f) => f.paths.length > 0);
  const bare = files.filter((f) => f.paths.length === 0 && f.name !== undefined);
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
          bare.map((f) => [`${sep}${f.name as string}`, fileNameObservableId(f)] as const),
        ),
      ],
    },
  ];
  return {
    selections,
    carries: [...withPaths, ...bare].flatMap((f) => (f.name !== undefined ? [fileNameObservableId(f)] : [])),
  };
}

function planWindowsProcesses(p: Plan, rule: Rule, files: readonly FileIndicator[]): void {
  const executables = files.filter(
    (f) => hasHash(f) && f.role !== 'library' && (f.role !== 'installer' || /\.exe$/i.test(f.name ?? '')),
  );
  const builds = new Map<string, { field: string; name: string; versions: string[]; ids: string[] }>();
  for (const f of files.filter(
    (x) =>
      x.version !== undefined &&
      x.role !== 'library' &&
      x.role !== 'installer' &&
      (x.originalName !== undefined || x.name !== undefined),
  )) {
    const [field, name, id] =
      f.originalName !== undefined
        ? ['OriginalFileName', f.originalName, originalNameObservableId(f.originalName)]
        : ['Image|endswith', `\\${f.name as string}`, fileNameObservableId(f)];
    const b = builds.get(`${field}\u0000${name}`) ?? { field, name, versions: [], ids: [] };
    b.versions.push(f.version as string);
    b.ids.push(id);
    builds.set(`${field}\u0000${name}`, b);
  }
  const software = rule.software.filter((s) => s.os === 'windows' && s.ecosystems.includes('msi'));
  const nameOnly = files.filter((f) => !hasHash(f) && f.role !== 'library' && f.role !== 'installer');
  const byOriginal = nameOnly.filter((f) => f.originalName !== undefined && f.paths.length === 0);
  const named = nameOnlySelections(
    nameOnly.filter((f) => f.originalName === undefined || f.paths.length > 0),
    'windows',
    'Image',
  );
  p.add(
    sources.proc_creation_win,
    [
      { name: 'selection_hash', fields: [hashField('Hashes|contains', executables)] },
      ...[...builds.values()].flatMap((b, i) =>
        versionSelections(
          `selection_build_${i + 1}`,
          b.field,
          b.name,
          b.versions.map((v, k) => [v, b.ids[k] as string] as const),
        ),
      ),
      ...software.flatMap((s, i) =>
        versionSelections(
          `selection_product_${i + 1}`,
          'Product',
          s.name,
          s.versions.map((v) => [v, softwareVersionId(s, v)] as const),
        ),
      ),
      {
        name: 'selection_original_name',
        fields: [
          splittable(
            'OriginalFileName',
            byOriginal.map(
              (f) => [f.originalName as string, originalNameObservableId(f.originalName as string)] as const,
            ),
          ),
        ],
      },
      ...named.selections,
    ],
    [
      ...executables.flatMap(fileHashIds),
      ...[...builds.values()].flatMap((b) => b.ids),
      ...software.flatMap((s) => s.versions.map((v) => softwareVersionId(s, v))),
      ...byOriginal.map((f) => originalNameObservableId(f.originalName as string)),
      ...named.carries,
    ],
    builds.size + software.length + nameOnly.length > 0,
  );
}

function planWindowsFiles(p: Plan, files: readonly FileIndicator[]): void {
  const libraries = files.filter((f) => hasHash(f) && f.role === 'library');
  const nameOnlyLibraries = files.filter((f) => !hasHash(f) && f.role === 'library');
  const libNames = nameOnlySelections(nameOnlyLibraries, 'windows', 'ImageLoaded');
  p.add(
    sources.image_load_win,
    [{ name: 'selection_hash', fields: [hashField('Hashes|contains', libraries)] }, ...libNames.selections],
    [...libraries.flatMap(fileHashIds), ...libNames.carries],
    nameOnlyLibraries.length > 0,
  );
  const installers = files.filter((f) => hasHash(f) && f.role === 'installer');
  p.add(
    sources.create_stream_hash_win,
    [{ name: 'selection_hash', fields: [hashField('Hash|contains', installers)] }],
    installers.flatMap(fileHashIds),
    false,
  );
  planFileEvents(p, sources.file_event_win, files, 'windows');
}

function planFileEvents(p: Plan, source: LogSource, files: readonly FileIndicator[], os: Os): void {
  const versionedInstallers = files.filter((f) => f.role === 'installer' && nameHasVersion(f));
  const dropped = nameOnlySelections(
    files.filter((f) => !hasHash(f)),
    os,
    'TargetFilename',
  );
  p.add(
    source,
    [
      {
        name: 'selection_installer',
        fields: [
          splittable(
            'TargetFilename|endswith',
            versionedInstallers.map((f) => [`${sepOf(os)}${f.name as string}`, fileNameObservableId(f)] as const),
          ),
        ],
      },
      ...dropped.selections,
    ],
    [...versionedInstallers.map(fileNameObservableId), ...dropped.carries],
    true,
  );
}

function planPosix(p: Plan, files: readonly FileIndicator[], os: 'macos' | 'linux'): void {
  const procSource = os === 'macos' ? sources.proc_creation_macos : sources.proc_creation_lnx;
  const fileSource = os === 'macos' ? sources.file_event_macos : sources.file_event_lnx;
  const procs = nameOnlySelections(
    files.filter((f) => !hasHash(f) && f.role !== 'library' && f.role !== 'installer'),
    os,
    'Image',
  );
  p.add(procSource, procs.selections, procs.carries, true);
  planFileEvents(p, fileSource, files, os);
}

const networkId = (n: NetworkIndicator): string => networkObservableId(n.kind, n.value);
/**
 * An address as Sysmon writes DestinationIp: IPv6 with all eight groups, no leading zeros and no `::`
 * (`fe80:0:0:0:8165:712:b68f:7ccc`, `0:0:0:0:0:0:0:1`), so a compressed value would never equal it.
 */
const sysmonIp = (n: NetworkIndicator): string => (n.ip?.version === 6 ? ipv6Full(n.value) : n.value);
const domainSelections = (field: string, domains: readonly NetworkIndicator[]): Selection[] => [
  {
    name: 'selection_domain',
    fields: [
      splittable(
        field,
        domains.map((d) => [d.value, networkId(d)] as const),
      ),
    ],
  },
  {
    name: 'selection_subdomain',
    fields: [
      splittable(
        `${field}|endswith`,
        domains.map((d) => [`.${d.value}`, networkId(d)] as const),
      ),
    ],
  },
];

function urlSelections(urls: readonly NetworkIndicator[]): Selection[] {
  const byHost = new Map<string, (readonly [string, string])[]>();
  for (const u of urls) {
    const rest = u.value.replace(/^[a-z]+:\/\/[^/?#]*/i, '');
    const list = byHost.get(u.host ?? '');
    const entry = [rest === '/' ? '' : rest, networkId(u)] as const;
    if (list === undefined) byHost.set(u.host ?? '', [entry]);
    else list.push(entry);
  }
  return [...byHost.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([host, paths], i) => ({
      name: `selection_url_${i + 1}`,
      // A URL of the host's root matches every request to the host: the path list is left out then.
      fields: paths.some(([p]) => p === '')
        ? [{ key: 'cs-host', values: [literal(host)], ids: [paths.map(([, id]) => id)] }]
        : [{ key: 'cs-host', values: [literal(host)] }, splittable('c-uri|contains', paths)],
    }));
}

function planNetwork(p: Plan, rule: Rule): void {
  const ids = (ns: readonly NetworkIndicator[]): string[] => ns.map(networkId);
  p.add(sources.dns_query_win, domainSelections('QueryName', rule.domains), ids(rule.domains), false);
  const single = rule.ips.filter((i) => i.ip?.prefix === undefined);
  const ranges = rule.ips.filter((i) => i.ip?.prefix !== undefined);
  // No domains here: Sysmon fills DestinationHostname by a reverse lookup of the destination IP, which
  // rarely gives back the name that was requested. The DNS query and proxy rules carry the domains.
  p.add(
    sources.net_connection_win,
    [
      {
        name: 'selection_ip',
        fields: [
          splittable(
            'DestinationIp',
            single.map((i) => [sysmonIp(i), networkId(i)] as const),
          ),
        ],
      },
      {
        name: 'selection_range',
        fields: [
          splittable(
            'DestinationIp|cidr',
            ranges.map((i) => [i.value, networkId(i)] as const),
          ),
        ],
      },
    ],
    ids(rule.ips),
    false,
  );
  p.add(
    sources.proxy,
    [...domainSelections('cs-host', rule.domains), ...urlSelections(rule.urls)],
    [...ids(rule.domains), ...ids(rule.urls)],
    false,
  );
}

function explain(p: Plan, rule: Rule): void {
  for (const f of rule.files) {
    for (const id of fileHashIds(f)) {
      p.reason(
        id,
        f.os === 'macos' || f.os === 'linux'
          ? "SigmaHQ's macOS and Linux log sources carry no file hashes"
          : 'no Windows log source records the hash of this kind of file',
      );
    }
    if (f.name !== undefined)
      p.reason(
        fileNameObservableId(f),
        'a file name alone is not an indicator: clean copies have it too (a version, or an entry without a hash, makes it one)',
      );
    if (f.originalName !== undefined)
      p.reason(
        originalNameObservableId(f.originalName),
        f.os !== undefined && f.os !== 'windows'
          ? 'original file names exist in Windows version resources only'
          : 'without a version, the original file name would also match clean builds',
      );
  }
  for (const s of rule.software)
    for (const v of s.versions)
      p.reason(
        softwareVersionId(s, v),
        s.os === 'windows' && s.ecosystems.includes('msi')
          ? 'no Windows log source records this product name and version'
          : 'Sigma log sources record running executables, not installed packages; only Windows programs are matched, by the version resource of their executables',
      );
}

export function planSigma(rule: Rule): SigmaPlan {
  const p = new Plan();
  const windows = rule.files.filter((f) => on(f, 'windows'));
  planWindowsProcesses(p, rule, windows);
  planWindowsFiles(p, windows);
  planPosix(
    p,
    rule.files.filter((f) => f.os === 'macos'),
    'macos',
  );
  planPosix(
    p,
    rule.files.filter((f) => f.os === 'linux'),
    'linux',
  );
  planNetwork(p, rule);
  explain(p, rule);
  return p.finish();
}
