// `iocc diff [old] [new]`: what a change does to the detections, per rule and target, in indicator terms.
// Defaults: the output folder (dist/) against a build of the rules made now, in memory.
import { build } from '../build.js';
import { diffBuilds, isEmptyDiff, type BuildDiff, type BuildSnapshot } from '../diff/compute.js';
import { renderGithub, renderJson, renderMarkdown, renderText, type DiffFormat } from '../diff/render.js';
import { snapshotOf, snapshotOfFiles } from '../diff/sources.js';
import { UsageError } from '../errors.js';
import type { AnyTarget } from '../target.js';
import { parseOverrides, printDiagnostics, resolveAsOf, selectTargets, type CommonOptions, type Io } from './common.js';

export interface DiffOptions {
  readonly out: string;
  readonly rules: string[];
  readonly format: DiffFormat;
  readonly exitCode: boolean;
  readonly target: string[];
  readonly set: string[];
  readonly asOf?: string;
  readonly color: boolean;
}

/** The rules built now, in memory; undefined (with the diagnostics printed) when they do not build. */
function buildNow(opts: DiffOptions, registry: readonly AnyTarget[], io: Io): BuildSnapshot | undefined {
  const common: CommonOptions = {
    format: opts.format === 'github' ? 'github' : 'text',
    strict: false,
    target: opts.target,
    set: opts.set,
    color: opts.color,
    ...(opts.asOf !== undefined && { asOf: opts.asOf }),
  };
  const inputs = opts.rules.length > 0 ? opts.rules : ['rules'];
  const result = build({
    inputs,
    registry,
    selected: selectTargets(opts.target, registry),
    overrides: parseOverrides(common, registry),
    asOf: resolveAsOf(opts.asOf, io.env),
    cwd: io.cwd,
  });
  if (!result.ok) {
    printDiagnostics(result.diagnostics, common, io);
    io.err('iocc: the rules do not build; nothing to compare');
    return undefined;
  }
  return snapshotOfFiles(`${inputs.join(' ')} (built now)`, result.files);
}

/** Prints `d` in `format` (to stdout: it is the command's output). */
export function printDiff(d: BuildDiff, format: DiffFormat, io: Io): void {
  if (format === 'json') io.out(renderJson(d));
  else if (format === 'markdown') io.out(renderMarkdown(d).replace(/\n$/, ''));
  else if (format === 'github') for (const line of renderGithub(d)) io.out(line);
  else for (const line of renderText(d)) io.out(line);
}

export function runDiff(args: readonly string[], opts: DiffOptions, registry: readonly AnyTarget[], io: Io): number {
  if (args.length > 2) throw new UsageError('iocc diff takes at most two builds: OLD and NEW');
  const old = snapshotOf(args[0] ?? opts.out, opts.out, io.cwd);
  const now = args[1] !== undefined ? snapshotOf(args[1], opts.out, io.cwd) : buildNow(opts, registry, io);
  if (now === undefined) return 1;
  const d = diffBuilds(old, now);
  printDiff(d, opts.format, io);
  return opts.exitCode && !isEmptyDiff(d) ? 1 : 0;
}
