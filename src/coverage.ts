// The coverage report: every target's accounts joined with every observable. Kept compact — a feed's
// million observables share a handful of statuses, so each observable holds one index into a table of
// distinct statuses — and written as a stream (coverage.json), never as one string.
import { error, formatOrigin, type Diagnostic } from './diagnostics.js';
import type { Exclusion } from './model/build.js';
import { eachObservable, observableCount } from './model/observables.js';
import type { Rule, RuleSet } from './model/types.js';
import type { CoverageEntry, TargetRun } from './report.js';
import { distFormatVersion } from './version.js';

/** Which targets carry an observable, why the others do not, and the carriers' caveats. */
export type Status = Omit<CoverageEntry, 'observable'>;

export interface Coverage {
  readonly targets: readonly string[];
  /** Distinct statuses, in order of first use. */
  readonly statuses: readonly Status[];
  /** Per rule (in rule-set order): per observable (observablesOf order), its index in `statuses`. */
  readonly rules: readonly { readonly rule: Rule; readonly status: Uint32Array }[];
  /** Observables no target received (expired, revoked rule …), each with its own status. */
  readonly excluded: readonly Exclusion[];
}

const gap = 'not accounted for by the target (bug)';

function statusOf(indices: readonly number[], runs: readonly TargetRun[]): Status {
  const carriedBy: string[] = [];
  const notCarried: Record<string, string> = {};
  const notes: Record<string, string> = {};
  indices.forEach((n, i) => {
    const run = runs[i] as TargetRun;
    const a = n === 0 ? undefined : run.accounts.list[n - 1];
    if (a === undefined) notCarried[run.target.id] = gap;
    else if (a.carried) {
      carriedBy.push(run.target.id);
      if (a.note !== undefined) notes[run.target.id] = a.note;
    } else notCarried[run.target.id] = a.reason;
  });
  return { carriedBy, notCarried, notes };
}

/**
 * Joins every target's accounts with every observable. An observable a target neither carried nor
 * explained is a `coverage-gap` error: a silently dropped indicator is the worst bug iocc can have.
 */
export function computeCoverage(
  ruleSet: RuleSet,
  excluded: readonly Exclusion[],
  runs: readonly TargetRun[],
): { coverage: Coverage; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const statuses: Status[] = [];
  const bySignature = new Map<string, number>();
  const rules = ruleSet.rules.map((rule) => {
    const perRun = runs.map((run) => run.accounts.byRule.get(rule.id));
    const status = new Uint32Array(observableCount(rule));
    const indices = runs.map(() => 0);
    let k = 0;
    for (const o of eachObservable(rule)) {
      perRun.forEach((ids, i) => (indices[i] = ids?.[k] ?? 0));
      const signature = indices.join(',');
      let s = bySignature.get(signature);
      if (s === undefined) {
        bySignature.set(signature, (s = statuses.length));
        statuses.push(statusOf(indices, runs));
      }
      status[k] = s;
      indices.forEach((n, i) => {
        if (n === 0)
          diagnostics.push(
            error(
              o.origin,
              'coverage-gap',
              `target ${runs[i]?.target.id ?? '?'} neither carried nor explained ${o.kind} ${o.value}`,
              'this is a bug in the target; please report it',
            ),
          );
      });
      k++;
    }
    return { rule, status };
  });
  return { coverage: { targets: runs.map((r) => r.target.id), statuses, rules, excluded }, diagnostics };
}

const excludedStatus = (targets: readonly string[], x: Exclusion): Status => ({
  carriedBy: [],
  notCarried: Object.fromEntries(targets.map((t) => [t, x.reason])),
  notes: {},
});

/** Every observable with its status, one object at a time (COVERAGE.md reads a feed's without holding them). */
export function* eachCoverageEntry(c: Coverage): Generator<CoverageEntry> {
  for (const { rule, status } of c.rules) {
    let k = 0;
    for (const observable of eachObservable(rule))
      yield { observable, ...(c.statuses[status[k++] as number] as Status) };
  }
  for (const x of c.excluded) yield { observable: x.observable, ...excludedStatus(c.targets, x) };
}

/** Every observable with its status, one object each: for library callers and tests. */
export const coverageEntries = (c: Coverage): CoverageEntry[] => [...eachCoverageEntry(c)];

/** Each distinct status with how many observables have it, in order of first use (excluded last). */
export function coverageTally(c: Coverage): { readonly status: Status; readonly count: number }[] {
  const counts = c.statuses.map(() => 0);
  for (const { status } of c.rules) for (const s of status) counts[s] = (counts[s] ?? 0) + 1;
  return [
    ...c.statuses.map((status, i) => ({ status, count: counts[i] ?? 0 })),
    ...c.excluded.map((x) => ({ status: excludedStatus(c.targets, x), count: 1 })),
  ];
}

/** Lines are handed over this many at a time. */
const linesPerChunk = 1000;

/**
 * coverage.json: per rule, one line per observable. Reasons and notes are strings of the `reasons`
 * table, referred to by their index (a feed repeats the same few reasons a million times).
 */
export function* coverageChunks(c: Coverage, ruleSet: RuleSet): Generator<string> {
  const tlpOf = new Map(ruleSet.rules.map((r) => [r.id, r.tlp]));
  const reasons: string[] = [];
  const reasonIndex = new Map<string, number>();
  const indexOf = (text: string): number => {
    let i = reasonIndex.get(text);
    if (i === undefined) reasonIndex.set(text, (i = reasons.push(text) - 1));
    return i;
  };
  const index = (r: Readonly<Record<string, string>>): Record<string, number> =>
    Object.fromEntries(Object.entries(r).map(([t, text]) => [t, indexOf(text)]));
  const statusJson = (s: Status): string =>
    `"carried_by":${JSON.stringify(s.carriedBy)},"not_carried":${JSON.stringify(index(s.notCarried))}` +
    (Object.keys(s.notes).length > 0 ? `,"notes":${JSON.stringify(index(s.notes))}` : '');
  // The reasons table comes first in the file, so every status is indexed, in order of first use, before any line.
  const tally = coverageTally(c);
  const jsonOf = tally.map((t) => statusJson(t.status));
  const total = tally.reduce((n, t) => n + t.count, 0);
  const head = {
    generator: 'iocc',
    format_version: distFormatVersion,
    targets: c.targets,
    summary: {
      observables: total,
      by_target: Object.fromEntries(
        c.targets.map((t) => {
          const carried = tally.reduce((n, x) => n + (x.status.carriedBy.includes(t) ? x.count : 0), 0);
          return [t, { carried, not_carried: total - carried }];
        }),
      ),
    },
    reasons,
  };
  yield `${JSON.stringify(head, null, 2).replace(/\n\}$/, '')},\n  "rules": [\n`;
  const ids = new Set([
    ...c.rules.filter((r) => r.status.length > 0).map((r) => r.rule.id),
    ...c.excluded.map((x) => x.observable.rule),
  ]);
  const byId = new Map(c.rules.map((r) => [r.rule.id, r]));
  const excludedOf = new Map<string, number[]>();
  c.excluded.forEach((x, i) => {
    const list = excludedOf.get(x.observable.rule);
    if (list === undefined) excludedOf.set(x.observable.rule, [i]);
    else list.push(i);
  });
  let first = true;
  for (const id of [...ids].sort()) {
    yield (
      `${first ? '' : ',\n'}    {\n      "id": ${JSON.stringify(id)},\n` +
      `      "tlp": ${JSON.stringify(tlpOf.get(id) ?? 'clear')},\n      "observables": [\n        `
    );
    first = false;
    let batch: string[] = [];
    let lines = 0;
    const line = (id: string, origin: string, status: string): string =>
      `{"id":${JSON.stringify(id)},"source":${JSON.stringify(origin)},${status}}`;
    const entry = function* (text: string): Generator<string> {
      batch.push(text);
      if (batch.length === linesPerChunk) {
        yield `${lines > 0 ? ',\n        ' : ''}${batch.join(',\n        ')}`;
        lines += batch.length;
        batch = [];
      }
    };
    const r = byId.get(id);
    if (r !== undefined) {
      let k = 0;
      for (const o of eachObservable(r.rule)) yield* entry(line(o.id, formatOrigin(o.origin), jsonOf[r.status[k++]!]!));
    }
    for (const i of excludedOf.get(id) ?? []) {
      const o = c.excluded[i]!.observable;
      yield* entry(line(o.id, formatOrigin(o.origin), jsonOf[c.statuses.length + i]!));
    }
    if (batch.length > 0) yield `${lines > 0 ? ',\n        ' : ''}${batch.join(',\n        ')}`;
    yield '\n      ]\n    }';
  }
  yield `\n  ]\n}\n`;
}
