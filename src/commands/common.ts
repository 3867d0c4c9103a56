// What the build and validate commands share: their options, target selection, and the reporting of
// diagnostics in the chosen format.
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Diagnostic } from '../diagnostics.js';
import type { Progress } from '../progress.js';
import { UsageError } from '../errors.js';
import { countsLine, diagnosticJson, formatGithub, formatText, outputFormats, type OutputFormat } from '../format.js';
import { isCalendarDate, todayUtc } from '../values/date.js';
import { parseSetOptions } from '../options.js';
import type { AnyTarget, OptionValue } from '../target.js';
import { didYouMean } from '../util/suggest.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly color: boolean;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** A progress line for a build of these targets, when stderr is a terminal (none otherwise). */
  readonly progress?: (targets: readonly string[]) => Progress;
}

export interface CommonOptions {
  readonly format: OutputFormat;
  readonly strict: boolean;
  readonly target: string[];
  readonly set: string[];
  readonly asOf?: string;
  readonly color: boolean;
  /** No progress line, even on a terminal. */
  readonly quiet?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function addCommonOptions(cmd: Command, registry: readonly AnyTarget[]): Command {
  return cmd
    .addOption(new Option('--format <format>', 'how to print diagnostics').choices([...outputFormats]).default('text'))
    .option('--strict', 'treat warnings as errors', false)
    .addOption(
      new Option('-t, --target <ids>', 'targets to compile, comma-separated or repeated')
        .argParser(collect)
        .default([], `all: ${registry.map((t) => t.id).join(', ') || 'none registered'}`),
    )
    .addOption(
      new Option(
        '--set <target.option=value>',
        'set a target option for the whole build (repeatable); see `iocc targets`',
      )
        .argParser(collect)
        .default([], 'none'),
    )
    .option('--as-of <YYYY-MM-DD>', 'judge `expires` against this date (default: today, or SOURCE_DATE_EPOCH)')
    .option('--no-color', 'never color the output (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no progress line on the terminal (it is only shown on a TTY, on stderr)', false);
}

export function selectTargets(ids: readonly string[], registry: readonly AnyTarget[]): AnyTarget[] {
  const wanted = ids
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (wanted.length === 0) return [...registry];
  const selected: AnyTarget[] = [];
  for (const id of wanted) {
    const t = registry.find((x) => x.id === id);
    if (t === undefined)
      throw new UsageError(
        `unknown target ${id}`,
        didYouMean(
          id,
          registry.map((x) => x.id),
        ) ?? `targets: ${registry.map((x) => x.id).join(', ')}`,
      );
    if (!selected.includes(t)) selected.push(t);
  }
  // Registry order, so the output never depends on how the flags were written.
  return registry.filter((t) => selected.includes(t));
}

export function resolveAsOf(asOf: string | undefined, env: NodeJS.ProcessEnv): string {
  if (asOf === undefined) return todayUtc(env);
  if (!isCalendarDate(asOf)) throw new UsageError(`--as-of ${asOf}: expected a date YYYY-MM-DD`);
  return asOf;
}

export function parseOverrides(
  opts: CommonOptions,
  registry: readonly AnyTarget[],
): Record<string, Record<string, OptionValue>> {
  return parseSetOptions(opts.set, registry);
}

/** Prints diagnostics in text or GitHub format (JSON output is written whole by the command). */
export function printDiagnostics(ds: readonly Diagnostic[], opts: CommonOptions, io: Io): void {
  // An acknowledged warning is counted, not shown: the rule says why it is accepted.
  const shownOnes = ds.filter((d) => d.acknowledged === undefined);
  if (opts.format === 'github') for (const d of shownOnes) io.out(formatGithub(d));
  else if (opts.format === 'text') for (const d of shownOnes) io.err(formatText(d, io.color && opts.color));
  if (opts.format !== 'json' && ds.length > 0) io.err(countsLine(ds));
}

export const diagnosticsJson = (ds: readonly Diagnostic[]): Record<string, unknown>[] => ds.map(diagnosticJson);
