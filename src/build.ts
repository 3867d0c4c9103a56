// The pipeline: rule files → model → every selected target → artifacts, coverage, manifest, sums.
// Each file goes to a sink as soon as it is made (sink.ts: a staging folder, a comparison, or memory);
// write.ts makes the staging folder and swaps it in.
import { hasErrors, info, promoteWarnings, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { acknowledge, type AcknowledgeRequest } from './acknowledge.js';
import { coreCodes } from './codes.js';
import { discoverRuleFiles } from './load/discover.js';
import { loadRuleFiles, type LoadedRule } from './load/index.js';
import { buildRuleSet, type Exclusion } from './model/build.js';
import { observableCount } from './model/observables.js';
import type { RuleSet, Tlp } from './model/types.js';
import { timed, type Timings } from './util/timing.js';
import { checkRuleTargetOptions } from './options.js';
import { coverageMarkdown } from './coverage-markdown.js';
import { runTarget } from './emit.js';
import { computeCoverage, coverageChunks, coverageEntries, eachCoverageEntry, type Coverage } from './coverage.js';
import { keptRun, keptTargetIds, type PreviousBuild } from './partial.js';
import { manifestFile, sumsFile, type CoverageEntry, type OutputFile, type TargetRun } from './report.js';
import { progressSink, progressTimings, type Progress } from './progress.js';
import { memorySink, type Sink, type WrittenFile } from './sink.js';
import type { AnyTarget, OptionValue } from './target.js';
import { append } from './util/array.js';
import { collectGarbage, largeBuild } from './util/memory.js';

export interface BuildRequest {
  /** Rule files or folders. */
  readonly inputs: readonly string[];
  /** Every registered target (rule `targets:` sections are checked against all of them). */
  readonly registry: readonly AnyTarget[];
  /** The targets to emit, in output order. */
  readonly selected: readonly AnyTarget[];
  /** Build-wide option values by target id (from --set). */
  readonly overrides?: Readonly<Record<string, Readonly<Record<string, OptionValue>>>>;
  /** YYYY-MM-DD; indicators expiring on or before it are left out. */
  readonly asOf: string;
  readonly cwd?: string;
  /** --strict: warnings count as errors. */
  readonly strict?: boolean;
  /** TLP levels written although gated (only `red` is gated; `validate` allows it, it writes nothing). */
  readonly allowTlp?: readonly Tlp[];
  /** A partial build: the previous build in the output folder, whose other targets are kept. */
  readonly previous?: PreviousBuild;
  /** Wall time per stage, for the benchmark. */
  readonly timings?: Timings;
  /** Told of each stage and each file written (the terminal's progress line). */
  readonly progress?: Progress;
}

/** What a build made, its files already handed to the sink. */
export interface StreamedBuild {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** Every file given to the sink, sorted by path; empty when the build failed before writing. */
  readonly written: readonly WrittenFile[];
  readonly ruleSet?: RuleSet;
  /** Compact; undefined when the build failed before the targets ran. */
  readonly coverage?: Coverage;
  readonly runs: readonly TargetRun[];
}

export interface BuildResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** Every file of dist/, sorted by path; empty when the build failed. */
  readonly files: readonly OutputFile[];
  readonly ruleSet?: RuleSet;
  readonly coverage: readonly CoverageEntry[];
  readonly runs: readonly TargetRun[];
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Runs every selected target into the sink, then writes coverage.json, manifest.json and SHA256SUMS. */
function assemble(
  ruleSet: RuleSet,
  excluded: readonly Exclusion[],
  request: BuildRequest,
  sink: Sink,
): Omit<StreamedBuild, 'ok'> {
  const diagnostics: Diagnostic[] = [];
  const runs: TargetRun[] = [];
  const artifactFiles: WrittenFile[] = [];
  const kept = request.previous === undefined ? [] : keptTargetIds(request.previous, request.selected);
  // Registry order, so a partial build that keeps the rest writes what a full build would.
  const order =
    kept.length === 0
      ? request.selected
      : request.registry.filter((t) => request.selected.includes(t) || kept.includes(t.id));
  const large = countObservables(ruleSet) >= largeBuild;
  for (const target of order) {
    if (large) collectGarbage();
    if (!request.selected.includes(target)) {
      const k = keptRun(request.previous as PreviousBuild, target, ruleSet);
      runs.push(k.run);
      append(diagnostics, k.diagnostics);
      for (const f of k.files) artifactFiles.push(sink.write(f.path, [f.bytes]));
      continue;
    }
    timed(request.timings, `target:${target.id}`, () => {
      const r = runTarget(target, ruleSet, request.overrides?.[target.id], undefined, sink);
      runs.push(r.run);
      append(diagnostics, r.diagnostics);
      append(artifactFiles, r.files);
    });
  }
  if (large) collectGarbage();
  return timed(request.timings, 'reports', () => {
    const { coverage, diagnostics: gaps } = computeCoverage(ruleSet, excluded, runs);
    append(diagnostics, gaps);
    artifactFiles.sort(byPath);
    // COVERAGE.md counts the entries as they are made: a feed's are never all held.
    const markdown = coverageMarkdown(eachCoverageEntry(coverage), runs, ruleSet);
    const reports = [
      sink.write('coverage.json', coverageChunks(coverage, ruleSet)),
      sink.write(markdown.path, [markdown.bytes]),
    ];
    const manifest = sink.write('manifest.json', [manifestFile(ruleSet, runs, artifactFiles, reports)]);
    const withoutSums = [...artifactFiles, ...reports, manifest].sort(byPath);
    const written = [...withoutSums, sink.write('SHA256SUMS', [sumsFile(withoutSums)])].sort(byPath);
    return { diagnostics, written, ruleSet, coverage, runs };
  });
}

/** Levels that never reach dist/ unless allowed: their content must not be shared. */
const gatedTlp: readonly Tlp[] = ['red'];

/**
 * Leaves out the rules whose TLP level is gated, saying so; nothing of them reaches any output. This
 * happens before duplicates are merged, so an indicator that a written rule shares with a gated one
 * stays in the written rule instead of vanishing with the gated one.
 */
function gateTlp(
  rules: readonly LoadedRule[],
  allowed: readonly Tlp[],
): { rules: LoadedRule[]; diagnostics: Diagnostic[] } {
  const blocked = rules.filter((r) => gatedTlp.includes(r.draft.tlp) && !allowed.includes(r.draft.tlp));
  const diagnostics = blocked.map(({ draft: r }) =>
    info(
      r.fieldOrigins['tlp'] ?? r.origin,
      'tlp-gated',
      `rule ${r.id} is TLP:${r.tlp.toUpperCase()}: nothing of it is written`,
      `give --allow-tlp ${r.tlp} to write it to a destination that may hold it`,
    ),
  );
  return { rules: rules.filter((r) => !blocked.includes(r)), diagnostics };
}

/** What `acknowledge:` entries are judged against: every code, and those of targets this run leaves out. */
function acknowledgeRequest(
  request: BuildRequest,
  rules: readonly LoadedRule[],
  complete: boolean,
): AcknowledgeRequest {
  const codesOf = (ts: readonly AnyTarget[]): string[] => ts.flatMap((x) => x.codes);
  return {
    rules: rules.map((l) => ({ id: l.draft.id, acknowledgements: l.acknowledgements })),
    known: new Set<string>([...coreCodes, ...codesOf(request.registry)]),
    notRun: new Set(codesOf(request.registry.filter((x) => !request.selected.includes(x)))),
    complete,
  };
}

/**
 * The whole pipeline, each file handed to `sink` as soon as it is made. When `ok` is false, what the
 * sink received must not be published (the caller discards its staging folder).
 */
export function buildTo(request: BuildRequest, into: Sink): StreamedBuild {
  const t = progressTimings(request.progress, request.timings);
  const sink = progressSink(request.progress, into);
  const discovered = timed(t, 'read', () => discoverRuleFiles(request.inputs, request.cwd));
  const loaded = loadRuleFiles(discovered.files, t);
  const gated = gateTlp(loaded.rules, request.allowTlp ?? []);
  // Benign values of gated rules still hold for the others.
  const benign = loaded.rules.flatMap((l) => l.benign);
  const model = timed(t, 'model', () => buildRuleSet(gated.rules, request.asOf, benign));
  // Acknowledged warnings are marked first, so --strict promotes only the others.
  const judged = (ds: readonly Diagnostic[], complete: boolean): Diagnostic[] => {
    const marked = acknowledge(ds, acknowledgeRequest(request, loaded.rules, complete));
    return request.strict === true ? promoteWarnings(marked) : marked;
  };
  const front = [
    ...discovered.diagnostics,
    ...loaded.diagnostics,
    ...model.diagnostics,
    ...checkRuleTargetOptions(model.ruleSet.rules, request.registry),
  ];
  const frontJudged = judged(front, false);
  if (hasErrors(frontJudged))
    return { ok: false, diagnostics: sortDiagnostics(frontJudged), written: [], ruleSet: model.ruleSet, runs: [] };
  const assembled = assemble(model.ruleSet, model.excluded, { ...request, timings: t }, sink);
  const diagnostics = sortDiagnostics(judged([...front, ...gated.diagnostics, ...assembled.diagnostics], true));
  return { ...assembled, ok: !hasErrors(diagnostics), diagnostics };
}

/** The pipeline in memory: every file's bytes in the result (for library callers and tests). */
export function build(request: BuildRequest): BuildResult {
  const sink = memorySink();
  const r = buildTo(request, sink);
  return {
    ok: r.ok,
    diagnostics: r.diagnostics,
    files: r.ok ? [...sink.files].sort(byPath) : [],
    ...(r.ruleSet !== undefined && { ruleSet: r.ruleSet }),
    coverage: r.coverage === undefined ? [] : coverageEntries(r.coverage),
    runs: r.runs,
  };
}

/** Observables in the model, for summaries. */
export const countObservables = (ruleSet: RuleSet): number => ruleSet.rules.reduce((n, r) => n + observableCount(r), 0);
