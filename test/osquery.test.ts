// The osquery target: packs as osqueryd parses them, every query prepared and run on SQLite 3.42 with
// osquery's tables (required columns enforced), and simulated hosts that must (or must not) be hit.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { emitWith } from './support/emit.js';
import { build, type BuildResult } from '../src/build.js';
import { osquery, validQueryName } from '../targets/osquery/index.js';
import { root } from './support/helpers.js';
import { allKinds, allKindsClean, threeCx, threeCxClean } from './support/osquery-hosts.js';
import { osqueryDb, smokeHost, sqliteVersion, type Calls, type Host, type Platform } from './support/osquery-sim.js';
import { load, ruleText } from './support/rules.js';
import { pathSegment } from './support/hostile.js';
import { buildRuleSet } from '../src/model/build.js';

interface PackQuery {
  query: string;
  interval: number;
  snapshot: boolean;
  platform?: string;
  description: string;
}
type Pack = { queries: Record<string, PackQuery> };

function compile(file: string): { result: BuildResult; packs: Map<string, { text: string; pack: Pack }> } {
  const result = build({ inputs: [file], registry: [osquery], selected: [osquery], asOf: '2026-01-01', cwd: root });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const packs = new Map<string, { text: string; pack: Pack }>();
  for (const f of result.files) {
    if (!f.path.startsWith('osquery/')) continue;
    const text = f.bytes.toString('utf8');
    packs.set(f.path, { text, pack: JSON.parse(text) as Pack });
  }
  return { result, packs };
}

const platformsOf = (q: PackQuery): Platform[] =>
  q.platform === undefined ? ['windows', 'darwin', 'linux'] : (q.platform.split(',') as Platform[]);

function rowsOn(host: Host, sql: string, calls?: Calls): Record<string, unknown>[] {
  const db = osqueryDb(host, calls);
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** Names of the queries that return rows on a host (only queries for its platform run there). */
function hits(pack: Pack, host: Host): string[] {
  return Object.entries(pack.queries)
    .filter(([, q]) => platformsOf(q).includes(host.platform) && rowsOn(host, q.query).length > 0)
    .map(([name]) => name)
    .sort();
}

function pack(text: string): Pack {
  const { rule } = load('p.yaml', text);
  expect(rule).toBeDefined();
  const model = buildRuleSet([rule!], '2026-01-01').ruleSet;
  const r = emitWith(osquery, model);
  return JSON.parse(r.artifacts[0]!.content) as Pack;
}

/** The one pack a rule file compiles to, with its text. */
function onlyPack(file: string): { text: string; pack: Pack } {
  const { packs: p } = compile(file);
  expect(p.size).toBe(1);
  return [...p.values()][0]!;
}
const compiled = {
  '3cx': perTest(() => onlyPack('rules/3cx-desktopapp-2023.yaml')),
  'all-kinds': perTest(() => onlyPack('test/fixtures/all-kinds.yaml')),
};
type Compiled = keyof typeof compiled;
const packs = (name: Compiled): Pack => compiled[name]().pack;
const texts = (name: Compiled): string => compiled[name]().text;

describe('packs as osqueryd reads them', () => {
  test.each(['3cx', 'all-kinds'] as const)('%s: keys, values, names and size', (name) => {
    const pack = packs(name);
    expect(Object.keys(pack)).toEqual(['queries']);
    expect(Buffer.byteLength(texts(name))).toBeLessThan(1024 * 1024);
    for (const [qname, q] of Object.entries(pack.queries)) {
      expect(qname).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(qname).not.toMatch(/(epoch|counter)$/);
      expect(Object.keys(q).sort()).toEqual(
        q.platform === undefined
          ? ['description', 'interval', 'query', 'snapshot']
          : ['description', 'interval', 'platform', 'query', 'snapshot'],
      );
      expect(Number.isInteger(q.interval) && q.interval >= 1 && q.interval <= 604800).toBe(true);
      expect(q.snapshot).toBe(true);
      if (q.platform !== undefined) expect(['windows', 'darwin', 'linux']).toContain(q.platform);
      expect(Buffer.byteLength(q.query)).toBeLessThan(1_000_000);
      expect(q.query).not.toMatch(/\bLIKE\b/i);
      expect(q.description).toMatch(/\(.+\): /);
    }
  });

  test('query names osqueryd would store under its own keys, or that are not our lower-case words, are refused', () => {
    for (const name of ['process_hash', 'x', 'a1_b2', 'epoch_files', 'counters'])
      expect(validQueryName(name), name).toBe(true);
    for (const name of ['files_epoch', 'files_counter', 'epoch', 'Process', '1x', '_x', 'x-y', 'query.x', 'x ', ''])
      expect(validQueryName(name), name).toBe(false);
  });
  test.each(['3cx', 'all-kinds'] as const)("%s: nothing osquery's comment stripping would touch", (name) => {
    // osquery drops lines starting with # or // and joins lines ending in a backslash before parsing JSON.
    for (const line of texts(name).split('\n')) {
      expect(line.trim().startsWith('#') || line.trim().startsWith('//')).toBe(false);
      expect(line.endsWith('\\')).toBe(false);
    }
  });

  test('Windows paths keep every backslash: a \\b in a path stays two characters', () => {
    const sql = packs('3cx').queries['file_hash_windows']!.query;
    expect(sql).toContain("'\\AppData\\Local\\Programs\\3CXDesktopApp\\3CXDesktopApp.exe'");
    expect(texts('3cx')).toContain("'\\\\AppData\\\\Local\\\\Programs\\\\3CXDesktopApp\\\\3CXDesktopApp.exe'");
  });

  test('TLP amber is marked in every query description', () => {
    for (const q of Object.values(packs('all-kinds').queries))
      expect(q.description.startsWith('TLP:AMBER Every kind of osquery query (osquery-all-kinds): ')).toBe(true);
  });

  test('the pack writes every kind of query the target has', () => {
    expect(Object.keys(packs('all-kinds').queries).sort()).toEqual([
      'dns_cache_windows',
      'downloaded_installer_darwin',
      'downloaded_installer_windows',
      'file_exists_darwin',
      'file_hash_linux_system',
      'file_hash_windows',
      'file_hash_windows_system',
      'file_version_windows',
      'installed_deb_packages',
      'installed_rpm_packages',
      'installed_software_darwin',
      'installed_software_windows',
      'loaded_module_hash_darwin',
      'loaded_module_hash_windows',
      'loaded_module_name_linux',
      'open_sockets',
      'process_hash_darwin',
      'process_hash_linux',
      'process_hash_windows',
      'process_name_linux',
      'process_original_name_windows',
      'process_path_darwin',
      'process_version_windows',
    ]);
  });
});

describe('every query on SQLite 3.42 with osquery 5.23.1 tables', () => {
  test('the engine is the SQLite that osqueryd embeds', () => {
    expect(sqliteVersion(osqueryDb(smokeHost('linux')))).toBe('3.42.0');
  });

  test.each(['3cx', 'all-kinds'] as const)(
    '%s: each query is one statement that prepares and runs for each platform it names',
    (name) => {
      for (const [qname, q] of Object.entries(packs(name).queries)) {
        for (const platform of platformsOf(q)) {
          // Every plain table has a row, so every join reaches the tables with required columns, which
          // throw "queried without a required column" like osqueryd does.
          expect(() => rowsOn(smokeHost(platform), q.query), `${qname} on ${platform}`).not.toThrow();
        }
      }
    },
  );

  test('a query that does not constrain a required column fails (the check can fail)', () => {
    expect(() => rowsOn(smokeHost('linux'), "SELECT * FROM hash WHERE sha256 = 'x';")).toThrow(
      /without a required column/,
    );
    expect(() =>
      rowsOn(smokeHost('linux'), 'SELECT * FROM processes AS p CROSS JOIN hash AS h ON h.sha256 = p.name;'),
    ).toThrow(/without a required column/);
    expect(() => rowsOn(smokeHost('linux'), "SELECT * FROM hash WHERE path LIKE '/x/%';")).toThrow(
      /can only be constrained by the '=' operator/,
    );
    expect(() => rowsOn(smokeHost('darwin'), "SELECT original_filename FROM file WHERE path = '/x';")).toThrow(
      /no such column/,
    );
    expect(() => rowsOn(smokeHost('darwin'), 'SELECT * FROM programs;')).toThrow(/no such table/);
    expect(() => rowsOn(smokeHost('linux'), "SELECT concat('a', 'b');")).toThrow(/no such function/);
  });
});

describe('simulated hosts', () => {
  test('each compromised host is hit by exactly the queries meant for it', () => {
    const pack = packs('all-kinds');
    expect(hits(pack, allKinds['windows, compromised']!)).toEqual([
      'dns_cache_windows',
      'downloaded_installer_windows',
      'file_hash_windows',
      'file_hash_windows_system',
      'file_version_windows',
      'installed_software_windows',
      'loaded_module_hash_windows',
      'open_sockets',
      'process_hash_windows',
      'process_original_name_windows',
      'process_version_windows',
    ]);
    expect(hits(pack, allKinds['windows, compromised, files larger than --read_max']!)).toEqual([
      'downloaded_installer_windows',
      'file_version_windows',
      'process_version_windows',
    ]);
    expect(hits(pack, allKinds['darwin, compromised']!)).toEqual([
      'downloaded_installer_darwin',
      'file_exists_darwin',
      'installed_software_darwin',
      'loaded_module_hash_darwin',
      'open_sockets',
      'process_hash_darwin',
      'process_path_darwin',
    ]);
    expect(hits(pack, allKinds['linux, compromised']!)).toEqual([
      'file_hash_linux_system',
      'installed_deb_packages',
      'installed_rpm_packages',
      'loaded_module_name_linux',
      'open_sockets',
      'process_hash_linux',
      'process_name_linux',
    ]);
    // Together the compromised hosts exercise every query of the pack.
    const all = new Set(Object.values(allKinds).flatMap((host) => hits(pack, host)));
    expect([...all].sort()).toEqual(Object.keys(pack.queries).sort());
  });

  test.each(Object.keys(allKindsClean))('%s: no query returns a row', (name) => {
    expect(hits(packs('all-kinds'), allKindsClean[name]!)).toEqual([]);
  });

  test('rows say what matched: hash, or name when the installer is too large to hash', () => {
    const q = packs('all-kinds').queries['downloaded_installer_windows']!.query;
    expect(rowsOn(allKinds['windows, compromised']!, q)).toEqual([
      {
        username: 'alice',
        path: 'C:\\Users\\alice\\Downloads\\setup-1.2.3.msi',
        size: 1048576,
        sha256: '5'.repeat(64),
        sha1: '',
        md5: '',
        matched_by: 'hash',
      },
    ]);
    expect(rowsOn(allKinds['windows, compromised, files larger than --read_max']!, q)).toEqual([
      {
        username: 'alice',
        path: 'C:\\Users\\alice\\Downloads\\setup-1.2.3.msi',
        size: 125829120,
        sha256: '',
        sha1: '',
        md5: '',
        matched_by: 'name (not hashed: larger than --read_max)',
      },
    ]);
    const modules = rowsOn(
      allKinds['windows, compromised']!,
      packs('all-kinds').queries['loaded_module_hash_windows']!.query,
    );
    expect(modules.map((r) => r['path']).sort()).toEqual([
      'C:\\ProgramData\\Evil Corp\\EVIL.DLL',
      'C:\\Users\\alice\\AppData\\Local\\Programs\\App\\d3dcompiler_47.dll',
    ]); // one row per module, not per mapped region
  });

  test('open_sockets: the sockets into a listed address or range, on every row osquery writes', () => {
    // The hosts have the rows in_cidr_block raises on ('' of AF_UNIX, '0' of Windows UDP, addresses of the
    // other family): a query that reaches in_cidr_block with one fails as a whole and finds nothing.
    const q = packs('all-kinds').queries['open_sockets']!.query;
    const addresses = (host: Host): unknown[] => rowsOn(host, q).map((r) => r['remote_address']);
    expect(addresses(allKinds['windows, compromised']!)).toEqual(['45.77.1.2', '45.77.8.9']);
    expect(addresses(allKinds['darwin, compromised']!)).toEqual(['45.77.8.200']);
    expect(addresses(allKinds['linux, compromised']!)).toEqual([
      '::ffff:45.77.1.2',
      '::ffff:45.77.8.9',
      '2a0d:5600:24::7',
    ]);
  });

  test('open_sockets: every address of a CIDR range, also those in_cidr_block leaves out', () => {
    const q = pack(ruleText('edges', 'network: {ips: [45.77.8.0/31, 45.77.9.0/24]}')).queries['open_sockets']!.query;
    const socket = (remote_address: string) => ({ pid: 1, family: 2, protocol: 6, remote_address, remote_port: 443 });
    const host: Host = {
      platform: 'linux',
      tables: {
        process_open_sockets: [
          ...['45.77.8.0', '45.77.8.1', '45.77.9.0', '45.77.9.255', '::ffff:45.77.9.255', '45.77.9.7'],
          ...['45.77.8.2', '45.77.10.0', '45.77.7.255'], // outside
        ].map(socket),
      },
    };
    expect(rowsOn(host, q).map((r) => r['remote_address'])).toEqual([
      '45.77.8.0',
      '45.77.8.1',
      '45.77.9.0',
      '45.77.9.255',
      '::ffff:45.77.9.255',
      '45.77.9.7',
    ]);
  });

  test("the simulated in_cidr_block raises where osquery's does", () => {
    const db = osqueryDb(smokeHost('linux'));
    const call = (cidr: string | null, ip: string | null): unknown =>
      (db.prepare('SELECT in_cidr_block(?, ?) AS r').get(cidr, ip) as { r: unknown }).r;
    try {
      expect(() => call('45.77.8.0/24', '')).toThrow(/cannot be parsed/);
      expect(() => call('45.77.8.0/24', '0')).toThrow(/cannot be parsed/);
      expect(() => call('45.77.8.0/24', null)).toThrow(/must be a string/);
      expect(() => call('45.77.8.0/24', '::ffff:45.77.8.9')).toThrow(/CIDR for IP address v6/);
      expect(() => call('2a0d:5600:24::/48', '45.77.8.9')).toThrow(/CIDR for IP address v4/);
      expect(call('45.77.8.0/24', '45.77.8.9')).toBe(1);
      expect(call('45.77.8.0/24', '45.77.9.9')).toBe(0);
      expect(call('2a0d:5600:24::/48', '2a0d:5600:24:1::1')).toBe(1);
      // boost's network_v4::hosts(): the network and broadcast addresses are not hosts of a range.
      expect([call('45.77.8.0/24', '45.77.8.0'), call('45.77.8.0/24', '45.77.8.255')]).toEqual([0, 0]);
      expect([call('45.77.8.0/31', '45.77.8.0'), call('45.77.8.0/31', '45.77.8.1')]).toEqual([0, 0]);
      expect(call('45.77.8.7/32', '45.77.8.7')).toBe(1);
    } finally {
      db.close();
    }
  });

  test('3CX: compromised builds are found, with and without hashes', () => {
    const pack = packs('3cx');
    expect(hits(pack, threeCx['windows 18.12.407, files under --read_max']!)).toEqual([
      'downloaded_installer_windows',
      'file_hash_windows',
      'file_version_windows',
      'installed_software_windows',
      'process_hash_windows',
      'process_version_windows',
    ]);
    expect(hits(pack, threeCx['windows 18.12.416, files over --read_max']!)).toEqual([
      'downloaded_installer_windows',
      'file_version_windows',
      'installed_software_windows',
      'process_version_windows',
    ]);
    expect(hits(pack, threeCx['macOS 18.11.1213']!)).toEqual([
      'downloaded_installer_darwin',
      'file_hash_darwin_system',
      'installed_software_darwin',
      'process_hash_darwin',
    ]);
  });

  test.each(Object.keys(threeCxClean))('3CX, clean %s: no query returns a row', (name) => {
    expect(hits(packs('3cx'), threeCxClean[name]!)).toEqual([]);
  });
});

describe('values are data', () => {
  const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
  // File names and path segments as rule authors may write them, including quotes, SQL and JSON syntax.
  const segment = fc
    .oneof(fc.stringMatching(/^[^\\/:*?"<>|\x00-\x1f%]{1,20}$/), fc.stringMatching(/^[a-z_]{1,8}$/))
    // A whole-segment placeholder ($A, {x}) is refused: tested in test/paths.test.ts.
    .filter((s) => s.trim() === s && s !== '.' && s !== '..' && !s.endsWith('.') && pathSegment(s) === s);

  test('arbitrary file names and paths never add a statement or a query, and match only themselves', () => {
    const plain = pack(
      ruleText(
        'p',
        `files:\n  - {name: a.exe, sha256: "${'a'.repeat(64)}", os: windows, role: payload, paths: ` +
          `['%PROGRAMDATA%\\d\\a.exe']}`,
      ),
    );
    fc.assert(
      // The name keeps an .exe extension: what a file is (and so which queries it gets) follows its extension.
      fc.property(segment, segment, hex, (dir, base, sha) => {
        const name = `${base}.exe`;
        const yaml = (s: string): string => `'${s.replace(/'/g, "''")}'`;
        const text = ruleText(
          'p',
          `files:\n  - {name: ${yaml(name)}, sha256: "${sha}", os: windows, role: payload, paths: ` +
            `[${yaml(`%PROGRAMDATA%\\${dir}\\${name}`)}]}`,
        );
        const p = pack(text);
        expect(Object.keys(p.queries)).toEqual(Object.keys(plain.queries));
        const host: Host = {
          platform: 'windows',
          files: [{ path: `C:\\ProgramData\\${dir}\\${name}`, size: 10, sha256: sha }],
          tables: { users: [{ username: 'u', directory: 'C:\\Users\\u' }] },
        };
        const db = osqueryDb(host);
        try {
          const rows = db.prepare(p.queries['file_hash_windows_system']!.query).all() as { path: string }[];
          expect(rows.map((r) => r.path)).toEqual([`C:\\ProgramData\\${dir}\\${name}`]);
        } finally {
          db.close();
        }
        // A near miss matches nothing: an _ in the name taken as a LIKE wildcard, or one other character
        // (Windows names ignore case, so the change is not a change of case).
        const miss = base.includes('_')
          ? name.replace('_', 'a')
          : `${base.replace(/.$/, (c) => (c.toLowerCase() === 'x' ? 'y' : 'x'))}.exe`;
        const decoy = osqueryDb({
          platform: 'windows',
          files: [{ path: `C:\\ProgramData\\${dir}\\${miss}`, size: 10, sha256: sha }],
          tables: { users: [{ username: 'u', directory: 'C:\\Users\\u' }] },
        });
        try {
          expect(decoy.prepare(p.queries['file_hash_windows_system']!.query).all()).toEqual([]);
        } finally {
          decoy.close();
        }
      }),
      { numRuns: Number(process.env['IOCC_PROPERTY_RUNS'] ?? 300) },
    );
  });
});

describe('limits', () => {
  // 7,000 domains of 133 bytes: over 900 kB in one dns_cache query when all are allowed in one query.
  const domains = Array.from(
    { length: 7000 },
    (_, i) => `${'a'.repeat(55)}${String(i).padStart(5, '0')}.${'b'.repeat(60)}.example.com`,
  );
  const longRule = ruleText('long', `network:\n  domains:\n${domains.map((d) => `    - ${d}`).join('\n')}`);

  test("a query over SQLite's statement limit is the rule's located error, not a bug", () => {
    const { rule } = load('rules/long.yaml', longRule);
    const r = emitWith(osquery, buildRuleSet([rule!], '2026-01-01').ruleSet, { max_values_per_query: 10000 });
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.col}`)).toEqual([
      'error osquery-statement-length rules/long.yaml:1:1',
    ]);
    expect(r.diagnostics[0]?.message).toMatch(/^osquery: query \S+ would be \d+ bytes, over what SQLite accepts/);
    expect(r.diagnostics[0]?.hint).toBe('lower osquery.max_values_per_query');
    expect(r.artifacts).toEqual([]);
  });

  test('a rule over max_pack_bytes is split into <id>.conf, <id>-part2.conf, … each under the limit', () => {
    // 180 domains of 133 bytes, 60 a query: three queries of about 8.5 kB; two would not fit in 10 kB.
    const { rule } = load(
      'rules/long.yaml',
      ruleText(
        'long',
        `network:\n  domains:\n${domains
          .slice(0, 180)
          .map((d) => `    - ${d}`)
          .join('\n')}`,
      ),
    );
    const r = emitWith(osquery, buildRuleSet([rule!], '2026-01-01').ruleSet, {
      max_values_per_query: 60,
      max_pack_bytes: 10000,
    });
    expect(r.diagnostics).toEqual([]);
    const packs = r.artifacts.filter((a) => a.path.endsWith('.conf'));
    expect(packs.map((a) => a.path)).toEqual(['long.conf', 'long-part2.conf', 'long-part3.conf']);
    const names = packs.map((a) => Object.keys((JSON.parse(a.content) as { queries: object }).queries));
    expect(names.map((n) => n.length)).toEqual([1, 1, 1]);
    for (const a of packs) expect(Buffer.byteLength(a.content)).toBeLessThanOrEqual(10000);
  });

  test('a query of exactly 900,000 bytes is written; one byte more is the located error', () => {
    const emitDomains = (ds: readonly string[]) => {
      const text = ruleText('long', `network:\n  domains:\n${ds.map((d) => `    - ${d}`).join('\n')}`);
      const { rule } = load('rules/long.yaml', text);
      return emitWith(osquery, buildRuleSet([rule!], '2026-01-01').ruleSet, { max_values_per_query: 10000 });
    };
    const queryBytes = (r: ReturnType<typeof emitDomains>): number[] =>
      r.artifacts.flatMap((a) =>
        Object.values((JSON.parse(a.content) as { queries: Record<string, { query: string }> }).queries).map((q) =>
          Buffer.byteLength(q.query),
        ),
      );
    // The query lists each domain once as ('domain'), : 6 bytes beside its own. Measure the whole list, then
    // drop whole domains and shorten the first labels of a few until the statement is 900,000 bytes.
    const over = Number(/would be (\d+) bytes/.exec(emitDomains(domains).diagnostics[0]?.message ?? '')?.[1]);
    expect(over).toBeGreaterThan(900_000);
    const perDomain = (domains[0] ?? '').length + 6;
    let excess = over - 900_000;
    const exact = domains.slice(0, domains.length - Math.floor(excess / perDomain));
    excess %= perDomain;
    for (let i = 0; excess > 0; i++) {
      const cut = Math.min(excess, 50);
      exact[i] = (exact[i] ?? '').slice(cut);
      excess -= cut;
    }
    const written = emitDomains(exact);
    expect(written.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Math.max(...queryBytes(written))).toBe(900_000);
    const oneMore = emitDomains([`a${exact[0] ?? ''}`, ...exact.slice(1)]);
    expect(oneMore.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`)).toEqual([
      expect.stringMatching(/^osquery-statement-length rules\/long\.yaml:1:1 .* would be 900001 bytes, .*\(900000\)$/),
    ]);
    expect(oneMore.artifacts).toEqual([]);
  });

  test(
    'the same domains split at the default 1,000 values per query stay under it, each query below 1,000,000 ' + 'bytes',
    () => {
      const { rule } = load('rules/long.yaml', longRule);
      const r = emitWith(osquery, buildRuleSet([rule!], '2026-01-01').ruleSet);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const queries = r.artifacts.flatMap((a) =>
        Object.values((JSON.parse(a.content) as { queries: Record<string, { query: string }> }).queries),
      );
      expect(queries.length).toBeGreaterThan(1);
      for (const q of queries) expect(Buffer.byteLength(q.query)).toBeLessThan(1_000_000);
    },
  );
});
