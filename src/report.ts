// The files iocc writes beside the artifacts: manifest.json (what was built from what) and SHA256SUMS,
// from the digests the sink took while writing; coverage.json is coverage.ts's.
import { createHash } from 'node:crypto';
import type { Accounts } from './accounts.js';
import type { Observable } from './model/observables.js';
import type { RuleSet } from './model/types.js';
import type { WrittenFile } from './sink.js';
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
  /** The target's account of every observable, compact (what coverage is computed from). */
  readonly accounts: Accounts;
  /** The same, one object per observable (made on first read; library callers and tests read it). */
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
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function manifestFile(
  ruleSet: RuleSet,
  runs: readonly TargetRun[],
  artifactFiles: readonly WrittenFile[],
  reports: readonly WrittenFile[],
): string {
  const info = new Map<string, { target: string; rules: readonly string[]; indicators: number }>();
  for (const run of runs)
    for (const a of run.artifacts)
      info.set(`${run.target.id}/${a.path}`, { target: run.target.id, rules: a.rules, indicators: a.indicators });
  return json({
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
        sha256: f.sha256,
        size: f.size,
        rules: i?.rules ?? [],
        indicators: i?.indicators ?? 0,
      };
    }),
    reports: reports.map((f) => ({ path: f.path, sha256: f.sha256, size: f.size })),
  });
}

/** `sha256sum -c SHA256SUMS` inside dist/ verifies every other file. */
export function sumsFile(files: readonly WrittenFile[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
}
