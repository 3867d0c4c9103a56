// How diagnostics and summaries look on a terminal, in JSON, and as GitHub Actions workflow commands.
import { countBySeverity, formatOrigin, type Diagnostic } from './diagnostics.js';
import type { CoverageEntry } from './report.js';

export type OutputFormat = 'text' | 'json' | 'github';
export const outputFormats: readonly OutputFormat[] = ['text', 'json', 'github'];

const ansi = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  reset: '\u001b[0m',
};

export function paint(color: boolean, code: keyof typeof ansi, s: string): string {
  return color ? `${ansi[code]}${s}${ansi.reset}` : s;
}

/** `file:line:col: severity: message [code]`, then the hint indented on its own line. */
export function formatText(d: Diagnostic, color: boolean): string {
  const sev =
    d.severity === 'error'
      ? paint(color, 'red', 'error')
      : d.severity === 'warning'
        ? paint(color, 'yellow', 'warning')
        : paint(color, 'cyan', 'info');
  const head = `${paint(color, 'bold', formatOrigin(d))}: ${sev}: ${d.message} ${paint(color, 'dim', `[${d.code}]`)}`;
  return d.hint === undefined ? head : `${head}\n    ${paint(color, 'dim', 'hint:')} ${d.hint}`;
}

// GitHub workflow commands: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(d: Diagnostic): string {
  const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${escapeProperty(`iocc ${d.code}`)}`;
  const message = d.hint === undefined ? d.message : `${d.message} (hint: ${d.hint})`;
  return `::${level} ${props}::${escapeData(message)}`;
}

export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    file: d.file,
    line: d.line,
    col: d.col,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint !== undefined && { hint: d.hint }),
    ...(d.acknowledged !== undefined && { acknowledged: d.acknowledged }),
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function countsLine(ds: readonly Diagnostic[]): string {
  const c = countBySeverity(ds);
  const acknowledged = ds.filter((d) => d.acknowledged !== undefined).length;
  const counts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (acknowledged > 0) counts.push(`${acknowledged} acknowledged by their rules (--format json lists them)`);
  return counts.join(', ');
}

/** One line per target: how many observables it carries, and the most common reasons for the rest. */
export function coverageLines(entries: readonly CoverageEntry[], targetIds: readonly string[]): string[] {
  return tallyLines(
    entries.map((status) => ({ status, count: 1 })),
    targetIds,
  );
}

/** The same from statuses with how many observables have each (a feed has a handful of statuses). */
export function tallyLines(
  tally: readonly { readonly status: Omit<CoverageEntry, 'observable'>; readonly count: number }[],
  targetIds: readonly string[],
): string[] {
  const width = Math.max(0, ...targetIds.map((t) => t.length));
  const total = tally.reduce((n, t) => n + t.count, 0);
  return targetIds.map((t) => {
    let carried = 0;
    const reasons = new Map<string, number>();
    for (const { status, count } of tally) {
      if (status.carriedBy.includes(t)) carried += count;
      const r = status.notCarried[t];
      if (r !== undefined) reasons.set(r, (reasons.get(r) ?? 0) + count);
    }
    const top = [...reasons.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
    const rest =
      top.length === 0
        ? ''
        : `; not carried: ${top.map(([r, n]) => `${n}× ${r}`).join('; ')}${reasons.size > 3 ? '; …' : ''}`;
    return `  ${t.padEnd(width)}  ${carried}/${total}${rest}`;
  });
}
