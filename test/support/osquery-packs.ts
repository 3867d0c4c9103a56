// Reading osquery packs back and running their queries on simulated hosts (see osquery-sim.ts).
import { build, type BuildResult } from '../../src/build.js';
import type { OptionValue } from '../../src/target.js';
import { osquery } from '../../targets/osquery/index.js';
import { root } from './helpers.js';
import { osqueryDb, type Calls, type Host, type Platform } from './osquery-sim.js';

export interface PackQuery {
  query: string;
  interval: number;
  snapshot: boolean;
  platform?: string;
  description: string;
}
export type Pack = { queries: Record<string, PackQuery> };

/** Compiles rule files with the osquery target alone; every pack by its path. */
export function compilePacks(
  inputs: readonly string[],
  options: Readonly<Record<string, OptionValue>> = {},
): { result: BuildResult; packs: Map<string, Pack> } {
  const result = build({
    inputs,
    registry: [osquery],
    selected: [osquery],
    asOf: '2026-01-01',
    cwd: root,
    overrides: { osquery: options },
  });
  const packs = new Map<string, Pack>();
  for (const f of result.files) {
    if (f.path.startsWith('osquery/')) packs.set(f.path, JSON.parse(f.bytes.toString('utf8')) as Pack);
  }
  return { result, packs };
}

export const platformsOf = (q: PackQuery): Platform[] =>
  q.platform === undefined ? ['windows', 'darwin', 'linux'] : (q.platform.split(',') as Platform[]);

export function rowsOn(host: Host, sql: string, calls?: Calls): Record<string, unknown>[] {
  const db = osqueryDb(host, calls);
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** Names of the queries that return rows on a host (only queries for its platform run there). */
export function hits(pack: Pack, host: Host): string[] {
  return Object.entries(pack.queries)
    .filter(([, q]) => platformsOf(q).includes(host.platform) && rowsOn(host, q.query).length > 0)
    .map(([name]) => name)
    .sort();
}
