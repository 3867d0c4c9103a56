// Every message iocc gives has a place: file, 1-based line and column, a severity and a stable code.
// Only cli.ts prints them; everything else returns them.

import type { CoreCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  /** A warning the rule acknowledges (`acknowledge:`): the reason it gives. It fails nothing. */
  readonly acknowledged?: string;
}

/** Where something is in a source file; every indicator keeps one. */
export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export function diagnostic(at: Origin, severity: Severity, code: string, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = { file: at.file, line: at.line, col: at.col, severity, code, message };
  return hint === undefined ? d : { ...d, hint };
}

// The core's own diagnostics: their codes are the closed list of codes.ts (a target makes its own with
// target.ts's `codesOf`, from the codes it declares).
export const error = (at: Origin, code: CoreCode, message: string, hint?: string): Diagnostic =>
  diagnostic(at, 'error', code, message, hint);
export const warning = (at: Origin, code: CoreCode, message: string, hint?: string): Diagnostic =>
  diagnostic(at, 'warning', code, message, hint);
export const info = (at: Origin, code: CoreCode, message: string, hint?: string): Diagnostic =>
  diagnostic(at, 'info', code, message, hint);

export function formatOrigin(o: Origin): string {
  return `${o.file}:${o.line}:${o.col}`;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order: by file, position, then severity and code, so output never depends on discovery order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    severityRank[a.severity] - severityRank[b.severity] ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...ds].sort(compareDiagnostics)) {
    const key = `${formatOrigin(d)}\u0000${d.severity}\u0000${d.code}\u0000${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

/** --strict: every warning counts as an error. */
export function promoteWarnings(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.map((d) =>
    d.severity === 'warning' && d.acknowledged === undefined ? { ...d, severity: 'error' as const } : d,
  );
}

export function countBySeverity(ds: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of ds) if (d.acknowledged === undefined) counts[d.severity] += 1;
  return counts;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');

/**
 * At most this many problems are listed per file (the first ones, in file order); a file with a
 * million bad values gets one more line saying how many were left out, not a million lines.
 */
export const maxDiagnosticsPerFile = 200;

/** The first `maxDiagnosticsPerFile` problems of one file, and a line counting the `left` others. */
export function capFileDiagnostics(file: string, ds: readonly Diagnostic[], left = 0): Diagnostic[] {
  if (ds.length <= maxDiagnosticsPerFile && left === 0) return [...ds];
  const shown = sortDiagnostics(ds).slice(0, maxDiagnosticsPerFile);
  const more = left + ds.length - shown.length;
  const last = shown[shown.length - 1] ?? { file, line: 1, col: 1 };
  return [
    ...shown,
    info(last, 'too-many-problems', `${more} more problems in this file are not listed`, 'fix these and run again'),
  ];
}
