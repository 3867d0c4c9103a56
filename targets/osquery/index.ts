// osquery: one query pack per rule (dist/osquery/<rule-id>.conf), for /etc/osquery/packs/ or Fleet.
// The pack is JSON built as an object and serialized by JSON.stringify, so every value is escaped by
// construction; SQL literals go through sql.ts.
import type { Diagnostic } from '../../src/diagnostics.js';
import type { Rule } from '../../src/model/types.js';
import {
  sharedCarried,
  type Artifact,
  type ById,
  type Carried,
  type RuleOutput,
  type Target,
} from '../../src/target.js';
import { isFileNameObservableId } from '../../src/model/observables.js';
import { nameReason, planRule, type PlannedQuery } from './plan.js';
import { osqueryDiagnostics } from './codes.js';

type OsqueryOptions = {
  interval: number;
  snapshot: boolean;
  read_max: number;
  max_values_per_query: number;
  max_pack_bytes: number;
  npm_directories: readonly string[];
};

/**
 * Our query names: lower-case words, never ending in `epoch` or `counter`, the suffixes osqueryd appends to
 * a query's name for its own keys (osquery/database/database.cpp). No `.`, so none of its reserved
 * `query.`/`cache.`/`config_views.` prefixes either.
 */
export const validQueryName = (name: string): boolean =>
  /^[a-z][a-z0-9_]*$/.test(name) && !/(epoch|counter)$/.test(name);

/** SQLite refuses statements over 1,000,000 bytes; stay well under. */
const maxStatementBytes = 900_000;

function marking(rule: Rule): string {
  const tlp = rule.tlp === 'clear' ? '' : `TLP:${rule.tlp.toUpperCase()} `;
  return `${rule.status === 'deprecated' ? 'DEPRECATED ' : ''}${tlp}`;
}

function queryEntry(rule: Rule, q: PlannedQuery, o: OsqueryOptions): Record<string, unknown> {
  return {
    query: q.sql,
    interval: o.interval,
    snapshot: o.snapshot,
    ...(q.platform !== undefined && { platform: q.platform }),
    description: `${marking(rule)}${rule.title} (${rule.id}): ${q.meaning}.`,
  };
}

const serialize = (queries: Record<string, unknown>): string => `${JSON.stringify({ queries }, null, 2)}\n`;

/** Splits the queries of a rule into packs that each stay under the size budget. */
function packsOf(
  rule: Rule,
  queries: readonly PlannedQuery[],
  o: OsqueryOptions,
): { path: string; queries: PlannedQuery[] }[] {
  const packs: PlannedQuery[][] = [];
  let current: PlannedQuery[] = [];
  let load = 0;
  // A pack holding only this query is a little larger than the query's share of a bigger pack, so the
  // sum of these sizes bounds the real size from above.
  const size = (q: PlannedQuery): number => Buffer.byteLength(serialize({ [q.name]: queryEntry(rule, q, o) }));
  for (const q of queries) {
    const s = size(q);
    if (current.length > 0 && load + s > o.max_pack_bytes) {
      packs.push(current);
      current = [];
      load = 0;
    }
    current.push(q);
    load += s;
  }
  if (current.length > 0) packs.push(current);
  return packs.map((qs, i) => ({ path: i === 0 ? `${rule.id}.conf` : `${rule.id}-part${i + 1}.conf`, queries: qs }));
}

function emitRule(rule: Rule, o: OsqueryOptions): RuleOutput {
  const plan = planRule(rule, {
    readMax: o.read_max,
    maxValues: o.max_values_per_query,
    npmDirectories: o.npm_directories,
  });
  const diagnostics: Diagnostic[] = [];
  for (const q of plan.queries) {
    if (!validQueryName(q.name)) throw new Error(`invalid query name ${q.name}`);
    if (Buffer.byteLength(q.sql) > maxStatementBytes)
      throw osqueryDiagnostics.limit(
        rule.origin,
        'osquery-statement-length',
        `query ${q.name} would be ${Buffer.byteLength(q.sql)} bytes, over what SQLite accepts (${maxStatementBytes})`,
        'lower osquery.max_values_per_query',
      );
  }
  for (const f of plan.uncovered) {
    diagnostics.push(
      osqueryDiagnostics.warning(
        f.origin,
        'osquery-unhashable',
        `osqueryd may not hash this file ` +
          `(${f.size !== undefined ? `${f.size} bytes` : `an ${f.role} with no size given`}, --read_max is ` +
          `${o.read_max}) and no version or name query covers it`,
        'give `version` (and `original_name` on Windows), or a software entry for its build',
      ),
    );
  }
  const packs = packsOf(rule, plan.queries, o);
  const carried = new Map<string, Carried>();
  const account = sharedCarried();
  for (const p of packs)
    for (const q of p.queries)
      for (const id of q.carries) {
        const note = plan.notes.get(id);
        if (!carried.has(id)) carried.set(id, account(p.path, note));
      }
  // Each pack's text is made when the core writes it.
  function* artifacts(): Generator<Artifact> {
    for (const p of packs) {
      yield {
        path: p.path,
        content: serialize(Object.fromEntries(p.queries.map((q) => [q.name, queryEntry(rule, q, o)]))),
        rules: [rule.id],
        indicators: new Set(p.queries.flatMap((q) => q.carries)).size,
      };
    }
  }
  const reasons: ById<string> = {
    get: (id) =>
      carried.has(id) ? undefined : (plan.reasons.get(id) ?? (isFileNameObservableId(id) ? nameReason : undefined)),
  };
  return { artifacts: artifacts(), carried, reasons, diagnostics };
}

export const osquery: Target<OsqueryOptions> = {
  id: 'osquery',
  title: 'osquery query packs',
  description:
    'One JSON query pack per rule (osquery/<rule-id>.conf) for osqueryd packs or Fleet: running processes, ' +
    'loaded modules and known paths by hash, Windows version resources, installers in Downloads, installed ' +
    'software, the Windows DNS cache and open sockets. No query walks a disk.',
  codes: osqueryDiagnostics.codes,
  expresses: [
    { kind: 'sha256', how: 'processes/process_memory_map/known paths/Downloads JOIN hash' },
    { kind: 'sha1', how: 'same as sha256' },
    { kind: 'md5', how: 'same as sha256' },
    { kind: 'original-file-name', how: 'file.original_filename with file/product version (Windows)' },
    {
      kind: 'file-name',
      how: 'with a version or size (installers), or a path; names alone only for name-only entries',
    },
    {
      kind: 'software-version',
      how:
        'programs, apps, deb_packages, rpm_packages, homebrew_packages, chocolatey_packages, npm_packages, ' +
        'python_packages (exact versions, COLLATE BINARY)',
    },
    { kind: 'domain', how: 'dns_cache, the domain and its subdomains (Windows)' },
    { kind: 'ip', how: 'process_open_sockets.remote_address (CIDR with in_cidr_block)' },
  ],
  options: {
    interval: {
      type: 'integer',
      default: 3600,
      minimum: 1,
      maximum: 604800,
      description: 'seconds between runs of each query',
    },
    snapshot: { type: 'boolean', default: true, description: 'log every run in full (true) or only changes (false)' },
    read_max: {
      // osqueryd's own flag: a pack cannot change it, so it holds for the whole build.
      scope: 'build',
      type: 'integer',
      default: 52428800,
      minimum: 1,
      maximum: 1099511627776,
      description: "osqueryd's --read_max on your hosts: larger files are not hashed (set it to what the hosts run)",
    },
    max_values_per_query: {
      type: 'integer',
      default: 1000,
      minimum: 1,
      maximum: 10000,
      description: 'longer value lists are split across queries',
    },
    max_pack_bytes: {
      type: 'integer',
      default: 900000,
      minimum: 10000,
      maximum: 1000000,
      description: 'packs are split to stay under this size (osqueryd refuses configs over 1 MiB)',
    },
    npm_directories: {
      type: 'string-list',
      default: [],
      description:
        'project folders (each holding node_modules) where npm packages are also looked for; osquery ' +
        'otherwise lists global installs only',
    },
  },
  emitRule,
};
