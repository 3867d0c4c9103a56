// Target limits at feed scale: one build of a synthetic feed (the benchmark's generator, 20,000
// indicators read from a files_from list) checked by the real consumers: osquery packs under 1 MiB
// with every statement prepared on SQLite 3.42 with osquery's tables, grouped YARA rules compiled
// and scanned by YARA 4 and YARA-X, Sigma parts valid against the Sigma schema and small enough to
// convert into queries that run, Defender files of at most 500 rows. No indicator may be lost.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateList } from '../bench/generate.js';
import { build, type BuildResult } from '../src/build.js';
import { targets } from '../targets/index.js';
import { removeDir, tempDir } from './support/helpers.js';
import { osqueryDb, smokeHost, type Host, type Platform } from './support/osquery-sim.js';
import { parseSigmaYaml, validateSigmaSchema } from './support/sigma-schema.js';
import { analyze } from './support/kusto.js';
import { hasYaraCli, skipYaraCli, wasmScan, yaraCli, yaraX } from './support/yara-engines.js';

const n = 20_000;
const files = Math.round(n * 0.9);
/** The generator's file i: its content (so a scan can find it), hash and os. */
const content = (i: number): string => `iocc-bench-${i}`;
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

let dir: string;
let result: BuildResult;
const texts = new Map<string, string>();
const under = (prefix: string): [string, string][] => [...texts.entries()].filter(([p]) => p.startsWith(prefix));

beforeAll(() => {
  dir = tempDir('iocc-scale-');
  mkdirSync(join(dir, 'rules'));
  generateList(join(dir, 'rules'), n);
  result = build({ inputs: ['rules'], registry: targets, selected: targets, asOf: '2026-06-01', cwd: dir });
  for (const f of result.files) texts.set(f.path, f.bytes.toString('utf8'));
});
afterAll(() => removeDir(dir));

test('the feed builds, and every indicator is carried or explained', () => {
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  expect(result.ruleSet?.rules[0]?.files).toHaveLength(files);
  // Each file is a hash and a name; each domain one observable.
  expect(result.coverage).toHaveLength(files * 2 + (n - files));
  const ids = ['osquery', 'sigma', 'yara', 'defender', 'kql', 'stix'];
  for (const e of result.coverage) {
    expect([...e.carriedBy, ...Object.keys(e.notCarried)].sort(), e.observable.id).toEqual([...ids].sort());
    for (const why of Object.values(e.notCarried)) expect(why, e.observable.id).not.toBe('');
  }
  // Every hash and every domain reaches at least one target.
  expect(result.coverage.filter((e) => !e.observable.id.startsWith('file-name:') && e.carriedBy.length === 0)).toEqual(
    [],
  );
});

describe('osquery at scale', () => {
  type Pack = { queries: Record<string, { query: string; platform?: string }> };
  const packs = (): [string, Pack][] => under('osquery/').map(([p, t]) => [p, JSON.parse(t) as Pack]);

  test('packs are split under 1 MiB, and together hold every hash once', () => {
    expect(packs().length).toBeGreaterThan(1);
    for (const [path] of packs()) expect(Buffer.byteLength(texts.get(path) ?? ''), path).toBeLessThan(1 << 20);
    const seen = under('osquery/').flatMap(([, t]) => t.match(/[0-9a-f]{64}/g) ?? []);
    const expected = Array.from({ length: files }, (_, i) => sha256(content(i)));
    expect(new Set(seen)).toEqual(new Set(expected));
  });

  test("every statement is under SQLite's length limit and prepares and runs on every platform it names", () => {
    const dbs = new Map<Platform, ReturnType<typeof osqueryDb>>();
    const db = (p: Platform) => dbs.get(p) ?? dbs.set(p, osqueryDb(smokeHost(p))).get(p)!;
    let count = 0;
    for (const [path, pack] of packs()) {
      for (const [name, q] of Object.entries(pack.queries)) {
        expect(Buffer.byteLength(q.query), `${path} ${name}`).toBeLessThan(1_000_000); // SQLITE_MAX_SQL_LENGTH
        for (const p of (q.platform ?? 'windows,darwin,linux').split(',') as Platform[]) {
          expect(() => db(p).prepare(q.query).all(), `${path} ${name} on ${p}`).not.toThrow();
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(10);
    for (const d of dbs.values()) d.close();
  });

  /** Names of the queries, for the host's platform, that return rows on it. */
  const hitsOn = (host: Host): string[] =>
    packs().flatMap(([, pack]) =>
      Object.entries(pack.queries)
        .filter(([, q]) => (q.platform ?? 'windows,darwin,linux').split(',').includes(host.platform))
        .filter(([, q]) => {
          const db = osqueryDb(host);
          try {
            return db.prepare(q.query).all().length > 0;
          } finally {
            db.close();
          }
        })
        .map(([name]) => name.replace(/_\d+$/, '')),
    );

  test(
    'a Windows host running feed file 12,345 is hit by the process hash query; the same name with another ' +
      'hash is not',
    () => {
      const i = 12_345; // i % 3 === 0: a Windows file
      const path = `C:\\Users\\eve\\f${i}.exe`;
      const host = (hash: string): Host => ({
        platform: 'windows',
        files: [{ path, size: 100, sha256: hash }],
        tables: { processes: [{ pid: 7, name: `f${i}.exe`, path }] },
      });
      expect(hitsOn(host(sha256(content(i))))).toEqual(['process_hash_windows']);
      expect(hitsOn(host(sha256('something else')))).toEqual([]);
    },
  );
});

describe('YARA at scale', () => {
  const source = (): string => texts.get('yara/feed-20000.yar') ?? '';
  const samples = [0, 1, 9_999, files - 1];

  test('hashes are grouped: at most 100 conditions per rule, every hash once', () => {
    const rules = source()
      .split(/^rule /m)
      .slice(1);
    expect(rules.length).toBe(Math.ceil(files / 100));
    for (const r of rules) expect((r.match(/hash\.sha256\(0, filesize\)/g) ?? []).length).toBeLessThanOrEqual(100);
    expect(new Set(source().match(/[0-9a-f]{64}/g))).toEqual(
      new Set(Array.from({ length: files }, (_, i) => sha256(content(i)))),
    );
  });

  test('YARA-X compiles it without warnings and finds exactly the listed files', () => {
    const r = yaraX.validate(source());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const compiled = yaraX.compile(source());
    for (const i of samples) expect(compiled.scan(Buffer.from(content(i))).length, `file ${i}`).toBe(1);
    expect(compiled.scan(Buffer.from(content(files + 1)))).toEqual([]);
  });

  test('YARA 4 (wasm) compiles it and finds exactly the listed files', async () => {
    for (const i of samples) {
      const r = await wasmScan(source(), Buffer.from(content(i)));
      expect(r.errors).toEqual([]);
      expect(r.matches, `file ${i}`).toHaveLength(1);
    }
    expect((await wasmScan(source(), Buffer.from(content(files + 1)))).matches).toEqual([]);
  });

  test.skipIf(skipYaraCli())('YARA 4.2 command line, warnings as errors: the same', () => {
    expect(hasYaraCli()).toBe(true);
    const rules = join(dir, 'feed.yar');
    writeFileSync(rules, source());
    const scan = join(dir, 'scan');
    mkdirSync(scan, { recursive: true });
    for (const i of [...samples, files + 1]) writeFileSync(join(scan, `s${i}`), content(i));
    const r = yaraCli(rules, scan);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // `yara rules dir` prints one line per (rule, file) match.
    expect(r.matches).toHaveLength(samples.length);
  });
});

describe('Sigma at scale', () => {
  type SigmaRule = { id: string; title: string; detection: Record<string, unknown> };
  const rules = (): [string, SigmaRule][] =>
    under('sigma/')
      .filter(([p]) => p.endsWith('.yml'))
      .map(([p, t]) => [p, parseSigmaYaml<SigmaRule>(t)]);
  const valuesOf = (r: SigmaRule): string[] =>
    Object.entries(r.detection).flatMap(([k, sel]) =>
      k === 'condition'
        ? []
        : Object.values(sel as Record<string, unknown>).flatMap((v) =>
            Array.isArray(v) ? v.map(String) : [String(v)],
          ),
    );

  test(
    'rules are split into parts of at most 1,000 values, each valid against the Sigma schema, ids and titles ' +
      'unique',
    () => {
      const all = rules();
      expect(all.length).toBeGreaterThan(10);
      for (const [path, r] of all) {
        expect(validateSigmaSchema(r), `${path}: ${JSON.stringify(validateSigmaSchema.errors)}`).toBe(true);
        expect(valuesOf(r).length, path).toBeLessThanOrEqual(1000);
      }
      expect(new Set(all.map(([, r]) => r.id)).size).toBe(all.length);
      expect(new Set(all.map(([, r]) => r.title)).size).toBe(all.length);
    },
  );

  test('the parts of the Windows process rule hold every Windows hash exactly once', () => {
    const hashes = rules()
      .filter(([p]) => p.includes('/proc_creation_win_'))
      .flatMap(([, r]) => valuesOf(r).filter((v) => v.startsWith('SHA256=')));
    const expected = Array.from({ length: files }, (_, i) => i)
      .filter((i) => i % 3 === 0)
      .map((i) => `SHA256=${sha256(content(i)).toUpperCase()}`);
    expect(hashes.length).toBe(expected.length);
    expect(new Set(hashes)).toEqual(new Set(expected));
  });

  test('each part is credited with exactly the indicators it holds', () => {
    const manifest = JSON.parse(texts.get('manifest.json') ?? '{}') as {
      artifacts: { path: string; indicators: number }[];
    };
    const parts = rules().filter(([p]) => p.includes('/proc_creation_win_'));
    expect(parts.length).toBeGreaterThan(5);
    for (const [path, r] of parts) {
      expect(manifest.artifacts.find((f) => f.path === path)?.indicators, path).toBe(
        valuesOf(r).filter((v) => v.startsWith('SHA256=')).length,
      );
    }
  });
});

describe('Defender at scale', () => {
  test(
    'CSVs of at most 500 rows and API batches of at most 500, together every indicator once; the tenant ' +
      'budget warns',
    () => {
      const csvRows = under('defender/')
        .filter(([p]) => p.endsWith('.csv'))
        .flatMap(([p, t]) => {
          const rows = parseCsv<{ IndicatorType: string; IndicatorValue: string }>(t, { columns: true, bom: true });
          expect(rows.length, p).toBeLessThanOrEqual(500);
          return rows;
        });
      const batches = under('defender/api/').map(
        ([, t]) => (JSON.parse(t) as { Indicators: { indicatorValue: string }[] }).Indicators,
      );
      for (const b of batches) expect(b.length).toBeLessThanOrEqual(500);
      expect(csvRows).toHaveLength(n);
      expect(new Set(csvRows.map((r) => r.IndicatorValue)).size).toBe(n);
      expect(
        batches
          .flat()
          .map((i) => i.indicatorValue)
          .sort(),
      ).toEqual(csvRows.map((r) => r.IndicatorValue).sort());
      expect(result.diagnostics.map((d) => d.code)).toContain('defender-budget');
    },
  );
});

describe('KQL at scale', () => {
  const kqlOf = (suffix: string): [string, string][] => under('kql/').filter(([p]) => p.endsWith(suffix));

  test(
    'every query is under 10,000 characters and analyzes with zero errors; together they hold every ' +
      'indicator once',
    () => {
      const hunting = kqlOf('.kql');
      const sentinel = kqlOf('.yaml').map(
        ([p, t]) => [p, yaml.load(t) as { id: string; name: string; query: string }] as const,
      );
      const graph = kqlOf('.json').map(
        ([p, t]) => [p, JSON.parse(t) as { queryCondition: { queryText: string } }] as const,
      );
      expect(sentinel.length).toBe(hunting.length);
      expect(graph.length).toBe(hunting.length);
      const seen = new Map<string, number>();
      for (const [p, t] of hunting) {
        const a = analyze(t);
        expect(a.diagnostics, p).toEqual([]);
        const table = p.split('/')[2]?.replace(/(-part-\d+)?\.kql$/, '');
        for (const s of a.strings) seen.set(`${table}:${s}`, (seen.get(`${table}:${s}`) ?? 0) + 1);
      }
      for (const [p, r] of sentinel) {
        expect(r.query.length, p).toBeLessThanOrEqual(10_000);
        expect(analyze(r.query, 'sentinel').diagnostics, p).toEqual([]);
      }
      for (const [p, r] of graph) expect(r.queryCondition.queryText.length, p).toBeLessThanOrEqual(10_000);
      expect(new Set(sentinel.map(([, r]) => r.id)).size).toBe(sentinel.length);
      expect(new Set(sentinel.map(([, r]) => r.name)).size).toBe(sentinel.length);
      // Every file is an executable (.exe): its hash in the process and the file queries, each exactly once.
      for (let i = 0; i < files; i += 997) {
        expect(seen.get(`process:${sha256(content(i))}`), `file ${i}`).toBe(1);
        expect(seen.get(`file:${sha256(content(i))}`), `file ${i}`).toBe(1);
      }
      const hashes = [...seen.keys()].filter((k) => /^process:[0-9a-f]{64}$/.test(k));
      expect(hashes).toHaveLength(files);
      expect([...seen.keys()].filter((k) => k.startsWith('network:') && k.endsWith('.example-feed.com'))).toHaveLength(
        n - files,
      );
    },
  );
});
