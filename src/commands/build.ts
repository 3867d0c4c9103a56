// `iocc build` and `iocc validate`: the same pipeline; build writes dist/ (or compares it with --check),
// validate only reports.
import { resolve } from 'node:path';
import { buildTo, countObservables, type StreamedBuild } from '../build.js';
import { coverageTally } from '../coverage.js';
import { diffBuilds } from '../diff/compute.js';
import { renderGithub, renderText } from '../diff/render.js';
import { snapshotOfFiles, snapshotOfFolder } from '../diff/sources.js';
import { tallyLines } from '../format.js';
import type { OutputFile } from '../report.js';
import type { Tlp } from '../model/types.js';
import { comparingSink, discardingSink, folderSink, memorySink, type Sink } from '../sink.js';
import { readPreviousBuild, type PreviousBuild } from '../partial.js';
import type { AnyTarget } from '../target.js';
import { checkOutDir, stageDist, type Difference } from '../write.js';
import {
  diagnosticsJson,
  parseOverrides,
  printDiagnostics,
  resolveAsOf,
  selectTargets,
  type CommonOptions,
  type Io,
} from './common.js';

export interface BuildOptions extends CommonOptions {
  readonly out: string;
  readonly check: boolean;
  readonly allowTlp?: Tlp;
}

const defaultInputs = ['rules'];

function runPipeline(
  paths: readonly string[],
  opts: CommonOptions,
  registry: readonly AnyTarget[],
  io: Io,
  allowTlp: readonly Tlp[],
  sink: Sink,
  previous?: PreviousBuild,
): StreamedBuild {
  const selected = selectTargets(opts.target, registry);
  const progress = opts.quiet === true ? undefined : io.progress?.(selected.map((t) => t.id));
  try {
    return buildTo(
      {
        ...(previous !== undefined && { previous }),
        ...(progress !== undefined && { progress }),
        allowTlp,
        inputs: paths.length > 0 ? paths : defaultInputs,
        registry,
        selected,
        overrides: parseOverrides(opts, registry),
        asOf: resolveAsOf(opts.asOf, io.env),
        cwd: io.cwd,
        strict: opts.strict,
      },
      sink,
    );
  } finally {
    progress?.end();
  }
}

function summary(result: StreamedBuild): Record<string, unknown> {
  return {
    rules: result.ruleSet?.rules.length ?? 0,
    observables: result.ruleSet === undefined ? 0 : countObservables(result.ruleSet),
    targets: result.runs.map((r) => r.target.id),
    files: result.ok ? result.written.map((f) => f.path) : [],
  };
}

function printCoverage(result: StreamedBuild, io: Io): void {
  if (result.runs.length === 0 || result.coverage === undefined) return;
  io.out('coverage (observables carried per target):');
  for (const line of tallyLines(coverageTally(result.coverage), result.coverage.targets)) io.out(line);
}

/** The chunks as they pass, also written to `copy`. */
function* teed(copy: Sink, path: string, chunks: Iterable<string | Buffer>): Generator<string | Buffer> {
  const seen: (string | Buffer)[] = [];
  for (const c of chunks) {
    seen.push(c);
    yield c;
  }
  copy.write(path, seen);
}

/** Builds into a staging folder swapped in when the build is ok, or compares with `out` (--check). */
function buildOrCheck(
  inputs: readonly string[],
  opts: BuildOptions,
  registry: readonly AnyTarget[],
  io: Io,
  previous: PreviousBuild | undefined,
): { result: StreamedBuild; differences: Difference[]; reports: OutputFile[] } {
  const allowTlp = opts.allowTlp === undefined ? [] : [opts.allowTlp];
  if (opts.check) {
    const sink = comparingSink(resolve(io.cwd, opts.out));
    // The reports at the top of the folder are kept, to say what a difference means in indicator terms.
    const reports = memorySink();
    const both: Sink = {
      write: (path, chunks) =>
        path.includes('/') ? sink.write(path, chunks) : sink.write(path, teed(reports, path, chunks)),
    };
    const result = runPipeline(inputs, opts, registry, io, allowTlp, both, previous);
    return { result, differences: result.ok ? sink.differences() : [], reports: reports.files };
  }
  return stageDist(
    opts.out,
    (staging) => {
      const result = runPipeline(inputs, opts, registry, io, allowTlp, folderSink(staging), previous);
      return { publish: result.ok, value: { result, differences: [], reports: [] } };
    },
    io.cwd,
  );
}

/** What the differences mean in indicator terms (when the output folder holds a build to compare with). */
function printCheckSummary(opts: BuildOptions, reports: readonly OutputFile[], io: Io): void {
  let d;
  try {
    d = diffBuilds(snapshotOfFolder(opts.out, io.cwd), snapshotOfFiles('the rules (built now)', reports));
  } catch {
    return; // no previous build there: the file list says it all
  }
  if (opts.format === 'github') for (const line of renderGithub(d)) io.out(line);
  else for (const line of renderText(d, false)) io.err(line);
}

export function runBuild(paths: readonly string[], opts: BuildOptions, registry: readonly AnyTarget[], io: Io): number {
  const inputs = paths.length > 0 ? paths : defaultInputs;
  checkOutDir(opts.out, io.cwd, inputs);
  // A build of some targets keeps the others that the output folder holds.
  const partial = selectTargets(opts.target, registry).length < registry.length;
  const previous = partial ? readPreviousBuild(opts.out, io.cwd) : undefined;
  const { result, differences, reports } = buildOrCheck(inputs, opts, registry, io, previous);
  const files = result.ok ? result.written.length : 0;
  const failed = !result.ok || differences.length > 0;
  if (opts.format === 'json') {
    io.out(
      JSON.stringify(
        {
          ok: !failed,
          command: opts.check ? 'build --check' : 'build',
          out: opts.out,
          diagnostics: diagnosticsJson(result.diagnostics),
          differences,
          summary: summary(result),
        },
        null,
        2,
      ),
    );
    return failed ? 1 : 0;
  }
  printDiagnostics(result.diagnostics, opts, io);
  if (!result.ok) {
    io.err(`iocc: build failed; ${opts.check ? 'nothing compared' : `${opts.out} left unchanged`}`);
    return 1;
  }
  const s = summary(result);
  if (opts.check) {
    if (differences.length === 0) {
      io.out(`iocc: ${opts.out} is up to date (${files} files match byte for byte)`);
      return 0;
    }
    io.err(
      `iocc: ${opts.out} is not what the rules compile to (${differences.length} ` +
        `difference${differences.length === 1 ? '' : 's'}):`,
    );
    for (const d of differences) io.err(`  ${d.change.padEnd(7)} ${opts.out.replace(/\/+$/, '')}/${d.path}`);
    printCheckSummary(opts, reports, io);
    io.err('run `iocc build` and commit the result');
    return 1;
  }
  io.out(
    `iocc: compiled ${String(s['rules'])} rule(s), ${String(s['observables'])} observables, for ` +
      `${result.runs.map((r) => r.target.id).join(', ') || 'no targets'} → ${opts.out} (${files} files)`,
  );
  printCoverage(result, io);
  return 0;
}

export function runValidate(
  paths: readonly string[],
  opts: CommonOptions,
  registry: readonly AnyTarget[],
  io: Io,
): number {
  // Validation writes nothing, so it checks TLP:RED rules too.
  const result = runPipeline(paths, opts, registry, io, ['red'], discardingSink());
  if (opts.format === 'json') {
    io.out(
      JSON.stringify(
        {
          ok: result.ok,
          command: 'validate',
          diagnostics: diagnosticsJson(result.diagnostics),
          summary: { ...summary(result), files: undefined },
        },
        null,
        2,
      ),
    );
    return result.ok ? 0 : 1;
  }
  printDiagnostics(result.diagnostics, opts, io);
  if (!result.ok) return 1;
  io.out(
    `iocc: ${String(summary(result)['rules'])} rule(s) valid, ${String(summary(result)['observables'])} observables`,
  );
  return 0;
}
