// The files iocc writes beside the artifacts: coverage.json (per observable: which targets carry it
// and why the others do not), manifest.json (what was built from what) and SHA256SUMS.
import { createHash } from 'node:crypto';
import { error, formatOrigin, type Diagnostic } from './diagnostics.js';
import type { Exclusion } from './model/build.js';
import { observablesOf, type Observable } from './model/observables.js';
import type { RuleSet } from './model/types.js';
import type { AnyTarget, OptionValues } from './target.js';
import { distFormatVersion, formatVersion, ioccVersion } from './version.js';

export interface OutputFile {
  /** Path inside dist/, '/'-separated. */
  readonly path: string;
  readonly bytes: Buffer;
}

/** A target's account of one observable of one rule, as the core joined it (see emit.ts). */
export type CoverageClaim =
  | {
      readonly rule: string;
      readonly observable: string;
      readonly carried: true;
      readonly artifact: string;
      /** A caveat, e.g. "may be too large to hash". */
      readonly note?: string;
    }
  | { readonly rule: string; readonly observable: string; readonly carried: false; readonly reason: string };

export interface TargetRun {
  readonly target: AnyTarget;
  readonly options: OptionValues;
  readonly claims: readonly CoverageClaim[];
  readonly artifacts: readonly {
    readonly path: string;
    readonly rules: readonly string[];
    readonly indicators: number;
  }[];
}

export interface CoverageEntry {
  readonly observable: Observable;
  readonly carriedBy: readonly string[];
  readonly notCarried: Readonly<Record<string, string>>;
  /** Caveats of targets that do carry it. */
  readonly notes: Readonly<Record<string, string>>;
}

export const sha256Hex = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

// Each output file is hashed once, for both the manifest and SHA256SUMS.
const digests = new WeakMap<OutputFile, string>();
export function digestOf(f: OutputFile): string {
  let d = digests.get(f);
  if (d === undefined) digests.set(f, (d = sha256Hex(f.bytes)));
  return d;
}

type Status = Omit<CoverageEntry, 'observable'>;

/**
 * Joins every target's claims with every observable. An observable a target neither carried nor
 * explained is a `coverage-gap` error: a silently dropped indicator is the worst bug iocc can have.
 * Observables with the same status share one status object (a feed has a handful of them).
 */
export function computeCoverage(
  ruleSet: RuleSet,
  excluded: readonly Exclusion[],
  runs: readonly TargetRun[],
): { entries: CoverageEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byRun = runs.map((run) => {
    const byRule = new Map<string, Map<string, CoverageClaim>>();
    for (const c of run.claims) {
      let m = byRule.get(c.rule);
      if (m === undefined) byRule.set(c.rule, (m = new Map<string, CoverageClaim>()));
      m.set(c.observable, c);
    }
    return byRule;
  });
  const statuses = new Map<string, Status>();
  const gap = 'not accounted for by the target (bug)';
  const entries: CoverageEntry[] = [];
  for (const rule of ruleSet.rules) {
    const maps = byRun.map((m) => m.get(rule.id));
    for (const o of observablesOf(rule)) {
      const claims = maps.map((m) => m?.get(o.id));
      const signature = claims
        .map((c) => (c === undefined ? '\u0001' : c.carried ? `c${c.note ?? ''}` : `n${c.reason}`))
        .join('\u0000');
      let status = statuses.get(signature);
      if (status === undefined) {
        const carriedBy: string[] = [];
        const notCarried: Record<string, string> = {};
        const notes: Record<string, string> = {};
        claims.forEach((c, i) => {
          const id = runs[i]?.target.id as string;
          if (c === undefined) notCarried[id] = gap;
          else if (c.carried) {
            carriedBy.push(id);
            if (c.note !== undefined) notes[id] = c.note;
          } else notCarried[id] = c.reason;
        });
        statuses.set(signature, (status = { carriedBy, notCarried, notes }));
      }
      claims.forEach((c, i) => {
        if (c === undefined)
          diagnostics.push(
            error(
              o.origin,
              'coverage-gap',
              `target ${runs[i]?.target.id ?? '?'} neither carried nor explained ${o.kind} ${o.value}`,
              'this is a bug in the target; please report it',
            ),
          );
      });
      entries.push({ observable: o, ...status });
    }
  }
  for (const x of excluded) {
    entries.push({
      observable: x.observable,
      carriedBy: [],
      notCarried: Object.fromEntries(runs.map((r) => [r.target.id, x.reason])),
      notes: {},
    });
  }
  return { entries, diagnostics };
}

/**
 * coverage.json: per rule, one line per observable. Reasons and notes are strings of the `reasons`
 * table, referred to by their index (a feed repeats the same few reasons a million times).
 */
export function coverageFile(
  entries: readonly CoverageEntry[],
  runs: readonly TargetRun[],
  ruleSet: RuleSet,
): OutputFile {
  const tlpOf = new Map(ruleSet.rules.map((r) => [r.id, r.tlp]));
  const reasons: string[] = [];
  const reasonIndex = new Map<string, number>();
  const indexOf = (text: string): number => {
    let i = reasonIndex.get(text);
    if (i === undefined) reasonIndex.set(text, (i = reasons.push(text) - 1));
    return i;
  };
  const statusJson = new Map<CoverageEntry['notCarried'], string>();
  const carriedCount = new Map<string, number>(runs.map((r) => [r.target.id, 0]));
  const byRule = new Map<string, string[]>();
  for (const e of entries) {
    for (const t of e.carriedBy) carriedCount.set(t, (carriedCount.get(t) ?? 0) + 1);
    let status = statusJson.get(e.notCarried);
    if (status === undefined) {
      const index = (r: Readonly<Record<string, string>>): Record<string, number> =>
        Object.fromEntries(Object.entries(r).map(([t, text]) => [t, indexOf(text)]));
      // Reasons are numbered as first written: those of not_carried before those of notes.
      const notCarried = JSON.stringify(index(e.notCarried));
      const notes = Object.keys(e.notes).length > 0 ? `,"notes":${JSON.stringify(index(e.notes))}` : '';
      status = `"carried_by":${JSON.stringify(e.carriedBy)},"not_carried":${notCarried}${notes}`;
      statusJson.set(e.notCarried, status);
    }
    const source = JSON.stringify(formatOrigin(e.observable.origin));
    const line = `{"id":${JSON.stringify(e.observable.id)},"source":${source},${status}}`;
    const list = byRule.get(e.observable.rule);
    if (list === undefined) byRule.set(e.observable.rule, [line]);
    else list.push(line);
  }
  const head = {
    generator: 'iocc',
    format_version: distFormatVersion,
    targets: runs.map((r) => r.target.id),
    summary: {
      observables: entries.length,
      by_target: Object.fromEntries(
        runs.map((r) => [
          r.target.id,
          {
            carried: carriedCount.get(r.target.id) ?? 0,
            not_carried: entries.length - (carriedCount.get(r.target.id) ?? 0),
          },
        ]),
      ),
    },
    reasons,
  };
  const headText = JSON.stringify(head, null, 2).replace(/\n\}$/, '');
  const rules = [...byRule.keys()]
    .sort()
    .map(
      (id) =>
        `    {\n      "id": ${JSON.stringify(id)},\n      "tlp": ` +
        `${JSON.stringify(tlpOf.get(id) ?? 'clear')},\n      "observables": [\n        ` +
        `${(byRule.get(id) ?? []).join(',\n        ')}\n      ]\n    }`,
    );
  return {
    path: 'coverage.json',
    bytes: Buffer.from(`${headText},\n  "rules": [\n${rules.join(',\n')}\n  ]\n}\n`, 'utf8'),
  };
}

export function manifestFile(
  ruleSet: RuleSet,
  runs: readonly TargetRun[],
  artifactFiles: readonly OutputFile[],
  reports: readonly OutputFile[],
): OutputFile {
  const info = new Map<string, { target: string; rules: readonly string[]; indicators: number }>();
  for (const run of runs)
    for (const a of run.artifacts)
      info.set(`${run.target.id}/${a.path}`, { target: run.target.id, rules: a.rules, indicators: a.indicators });
  return {
    path: 'manifest.json',
    bytes: json({
      generator: 'iocc',
      iocc_version: ioccVersion,
      format_version: distFormatVersion,
      rule_format_version: formatVersion,
      targets: runs.map((r) => ({ id: r.target.id, options: r.options })),
      rules: ruleSet.rules.map((r) => ({
        id: r.id,
        uuid: r.uuid,
        title: r.title,
        status: r.status,
        tlp: r.tlp,
        source: r.source.file,
        source_sha256: r.source.sha256,
      })),
      artifacts: artifactFiles.map((f) => {
        const i = info.get(f.path);
        return {
          path: f.path,
          target: i?.target ?? null,
          sha256: digestOf(f),
          size: f.bytes.length,
          rules: i?.rules ?? [],
          indicators: i?.indicators ?? 0,
        };
      }),
      reports: reports.map((f) => ({ path: f.path, sha256: digestOf(f), size: f.bytes.length })),
    }),
  };
}

/** `sha256sum -c SHA256SUMS` inside dist/ verifies every other file. */
export function sumsFile(files: readonly OutputFile[]): OutputFile {
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${digestOf(f)}  ${f.path}\n`);
  return { path: 'SHA256SUMS', bytes: Buffer.from(lines.join(''), 'utf8') };
}
