// The files iocc writes beside the artifacts: coverage.json (per observable: which targets carry it
// and why the others do not), manifest.json (what was built from what) and SHA256SUMS.
import { createHash } from 'node:crypto';
import { error, formatOrigin, type Diagnostic } from './diagnostics.js';
import type { Exclusion } from './model/build.js';
import { observablesOf, type Observable } from './model/observables.js';
import type { RuleSet } from './model/types.js';
import type { AnyTarget, CoverageClaim, OptionValues } from './target.js';
import { distFormatVersion, formatVersion, ioccVersion } from './version.js';

export interface OutputFile {
  /** Path inside dist/, '/'-separated. */
  readonly path: string;
  readonly bytes: Buffer;
}

export interface TargetRun {
  readonly target: AnyTarget;
  readonly options: OptionValues;
  readonly claims: readonly CoverageClaim[];
  readonly artifacts: readonly { readonly path: string; readonly rules: readonly string[]; readonly indicators: number }[];
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

/**
 * Joins every target's claims with every observable. An observable a target neither carried nor
 * explained is a `coverage-gap` error: a silently dropped indicator is the worst bug iocc can have.
 */
export function computeCoverage(ruleSet: RuleSet, excluded: readonly Exclusion[], runs: readonly TargetRun[]): { entries: CoverageEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const claims = new Map<string, CoverageClaim>();
  for (const run of runs) for (const c of run.claims) claims.set(`${run.target.id}\u0000${c.rule}\u0000${c.observable}`, c);
  const entries: CoverageEntry[] = [];
  for (const rule of ruleSet.rules) {
    for (const o of observablesOf(rule)) {
      const carriedBy: string[] = [];
      const notCarried: Record<string, string> = {};
      const notes: Record<string, string> = {};
      for (const run of runs) {
        const c = claims.get(`${run.target.id}\u0000${rule.id}\u0000${o.id}`);
        if (c === undefined) {
          diagnostics.push(error(o.origin, 'coverage-gap', `target ${run.target.id} neither carried nor explained ${o.kind} ${o.value}`, 'this is a bug in the target; please report it'));
          notCarried[run.target.id] = 'not accounted for by the target (bug)';
        } else if (c.carried) {
          carriedBy.push(run.target.id);
          if (c.note !== undefined) notes[run.target.id] = c.note;
        } else notCarried[run.target.id] = c.reason;
      }
      entries.push({ observable: o, carriedBy, notCarried, notes });
    }
  }
  for (const x of excluded) {
    entries.push({ observable: x.observable, carriedBy: [], notCarried: Object.fromEntries(runs.map((r) => [r.target.id, x.reason])), notes: {} });
  }
  return { entries, diagnostics };
}

export function coverageFile(entries: readonly CoverageEntry[], runs: readonly TargetRun[], ruleSet: RuleSet): OutputFile {
  const tlpOf = new Map(ruleSet.rules.map((r) => [r.id, r.tlp]));
  const byTarget = Object.fromEntries(
    runs.map((r) => {
      const carried = entries.filter((e) => e.carriedBy.includes(r.target.id)).length;
      return [r.target.id, { carried, not_carried: entries.length - carried }];
    }),
  );
  const byRule = new Map<string, CoverageEntry[]>();
  for (const e of entries) {
    const list = byRule.get(e.observable.rule);
    if (list === undefined) byRule.set(e.observable.rule, [e]);
    else list.push(e);
  }
  return {
    path: 'coverage.json',
    bytes: json({
      generator: 'iocc',
      format_version: distFormatVersion,
      targets: runs.map((r) => r.target.id),
      summary: { observables: entries.length, by_target: byTarget },
      rules: [...byRule.keys()].sort().map((id) => ({
        id,
        tlp: tlpOf.get(id) ?? 'clear',
        observables: (byRule.get(id) ?? []).map((e) => ({
            id: e.observable.id,
            kind: e.observable.kind,
            value: e.observable.value,
            source: formatOrigin(e.observable.origin),
            carried_by: e.carriedBy,
            not_carried: e.notCarried,
            ...(Object.keys(e.notes).length > 0 && { notes: e.notes }),
          })),
      })),
    }),
  };
}

export function manifestFile(ruleSet: RuleSet, runs: readonly TargetRun[], artifactFiles: readonly OutputFile[], reports: readonly OutputFile[]): OutputFile {
  const info = new Map<string, { target: string; rules: readonly string[]; indicators: number }>();
  for (const run of runs) for (const a of run.artifacts) info.set(`${run.target.id}/${a.path}`, { target: run.target.id, rules: a.rules, indicators: a.indicators });
  return {
    path: 'manifest.json',
    bytes: json({
      generator: 'iocc',
      iocc_version: ioccVersion,
      format_version: distFormatVersion,
      rule_format_version: formatVersion,
      targets: runs.map((r) => ({ id: r.target.id, options: r.options })),
      rules: ruleSet.rules.map((r) => ({ id: r.id, uuid: r.uuid, title: r.title, status: r.status, tlp: r.tlp, source: r.source.file, source_sha256: r.source.sha256 })),
      artifacts: artifactFiles.map((f) => {
        const i = info.get(f.path);
        return { path: f.path, target: i?.target ?? null, sha256: sha256Hex(f.bytes), size: f.bytes.length, rules: i?.rules ?? [], indicators: i?.indicators ?? 0 };
      }),
      reports: reports.map((f) => ({ path: f.path, sha256: sha256Hex(f.bytes), size: f.bytes.length })),
    }),
  };
}

/** `sha256sum -c SHA256SUMS` inside dist/ verifies every other file. */
export function sumsFile(files: readonly OutputFile[]): OutputFile {
  const lines = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => `${sha256Hex(f.bytes)}  ${f.path}\n`);
  return { path: 'SHA256SUMS', bytes: Buffer.from(lines.join(''), 'utf8') };
}
