// Partial builds (`iocc build --target yara`): the selected targets are compiled, and the other targets'
// artifacts already in the output folder are kept, byte for byte, with their accounts taken from the
// previous coverage.json, so manifest.json, SHA256SUMS and coverage.json describe what is on disk.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Accounts } from './accounts.js';
import { warning, type Diagnostic } from './diagnostics.js';
import { observablesOf } from './model/observables.js';
import type { RuleSet } from './model/types.js';
import { sha256Hex, type CoverageClaim, type OutputFile, type TargetRun } from './report.js';
import type { AnyTarget, OptionValues } from './target.js';
import { BuildError } from './write.js';

interface ManifestArtifact {
  readonly path: string;
  readonly target: string | null;
  readonly sha256: string;
  readonly rules: readonly string[];
  readonly indicators: number;
}

interface Manifest {
  readonly targets: readonly { readonly id: string; readonly options: OptionValues }[];
  readonly rules: readonly { readonly id: string; readonly source_sha256: string }[];
  readonly artifacts: readonly ManifestArtifact[];
}

interface CoverageLine {
  readonly id: string;
  readonly carried_by: readonly string[];
  readonly not_carried: Readonly<Record<string, number>>;
  readonly notes?: Readonly<Record<string, number>>;
}

interface Coverage {
  readonly reasons: readonly string[];
  readonly rules: readonly { readonly id: string; readonly observables: readonly CoverageLine[] }[];
}

/** What a previous build left in the output folder: its manifest, coverage and folder. */
export interface PreviousBuild {
  readonly dir: string;
  readonly display: string;
  readonly manifest: Manifest;
  readonly coverage: Coverage;
}

/** The previous build in `outDir`, or undefined when there is none (a first build keeps nothing). */
export function readPreviousBuild(outDir: string, cwd: string): PreviousBuild | undefined {
  const dir = resolve(cwd, outDir);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
  try {
    const coverage = JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')) as Coverage;
    return { dir, display: outDir.replace(/\/+$/, ''), manifest, coverage };
  } catch {
    throw new BuildError(
      `${outDir}/coverage.json is missing or unreadable, so the targets kept by a partial build cannot be ` +
        `accounted for; run a full build (without --target)`,
    );
  }
}

/** The ids of the targets the previous build holds, of those not selected now. */
export const keptTargetIds = (prev: PreviousBuild, selected: readonly AnyTarget[]): string[] =>
  prev.manifest.targets.map((t) => t.id).filter((id) => !selected.some((s) => s.id === id));

const stale = (id: string): string =>
  `not in the ${id} artifacts on disk: a partial build kept them from before this indicator was added; run ` +
  `a full iocc build`;

/** The kept target as a run: its previous options, artifacts and, per current observable, its old account. */
export function keptRun(
  prev: PreviousBuild,
  target: AnyTarget,
  ruleSet: RuleSet,
): { run: TargetRun; files: OutputFile[]; diagnostics: Diagnostic[] } {
  const id = target.id;
  const artifacts = prev.manifest.artifacts.filter((a) => a.target === id);
  const files = artifacts.map((a) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(prev.dir, ...a.path.split('/')));
    } catch {
      throw new BuildError(`${prev.display}/${a.path} is listed in the manifest but missing; run a full build`);
    }
    if (sha256Hex(bytes) !== a.sha256)
      throw new BuildError(
        `${prev.display}/${a.path} was changed after iocc wrote it, so a partial build cannot keep it; run ` +
          `a full build`,
      );
    return { path: a.path, bytes };
  });
  const old = new Map<string, CoverageLine>();
  for (const r of prev.coverage.rules) for (const o of r.observables) old.set(`${r.id}\u0000${o.id}`, o);
  const reason = (i: number | undefined): string | undefined =>
    i === undefined ? undefined : prev.coverage.reasons[i];
  const claims: CoverageClaim[] = [];
  for (const rule of ruleSet.rules)
    for (const o of observablesOf(rule)) {
      const line = old.get(`${rule.id}\u0000${o.id}`);
      const note = reason(line?.notes?.[id]);
      if (line?.carried_by.includes(id) === true)
        claims.push({ rule: rule.id, observable: o.id, carried: true, artifact: '', ...(note && { note }) });
      else
        claims.push({
          rule: rule.id,
          observable: o.id,
          carried: false,
          reason: reason(line?.not_carried[id]) ?? stale(id),
        });
    }
  const options = prev.manifest.targets.find((t) => t.id === id)?.options ?? {};
  const prefix = `${id}/`;
  const run: TargetRun = {
    target,
    options,
    accounts: Accounts.ofClaims(ruleSet.rules, claims),
    claims,
    artifacts: artifacts.map((a) => ({
      path: a.path.startsWith(prefix) ? a.path.slice(prefix.length) : a.path,
      rules: a.rules,
      indicators: a.indicators,
    })),
  };
  return { run, files, diagnostics: staleness(prev, ruleSet, id) };
}

/** A warning when the kept artifacts were compiled from other rule files than the ones built now. */
function staleness(prev: PreviousBuild, ruleSet: RuleSet, id: string): Diagnostic[] {
  const before = prev.manifest.rules.map((r) => `${r.id}:${r.source_sha256}`).sort();
  const now = ruleSet.rules.map((r) => `${r.id}:${r.source.sha256}`).sort();
  if (before.join('\n') === now.join('\n')) return [];
  return [
    warning(
      { file: `${prev.display}/manifest.json`, line: 1, col: 1 },
      'partial-build-stale',
      `kept ${prev.display}/${id}/ as it is, but it was compiled from other versions of the rules; ` +
        `coverage.json says what it lacks`,
      `run \`iocc build\` without --target to bring every target up to date`,
    ),
  ];
}
