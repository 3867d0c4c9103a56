// Acknowledged warnings: a rule's `acknowledge:` entries (read by the loader) matched against every
// warning of the build. A matched warning keeps its place in the output, marked with the reason, and no
// longer fails --strict; an entry that names no code iocc has is an error, one that matches nothing a
// warning (the problem it was written for is gone, or it never applied).
import { error, warning, type Diagnostic } from './diagnostics.js';
import type { Acknowledgement, Span } from './model/input.js';
import { didYouMean, shown } from './util/suggest.js';

export interface AcknowledgingRule {
  readonly id: string;
  readonly acknowledgements: readonly Acknowledgement[];
}

const before = (a: { line: number; col: number }, b: { line: number; col: number }): boolean =>
  a.line < b.line || (a.line === b.line && a.col < b.col);

const inSpan = (d: Diagnostic, s: Span): boolean => d.file === s.file && !before(d, s.start) && before(d, s.end);

export const covers = (a: Acknowledgement, d: Diagnostic): boolean =>
  d.severity === 'warning' && d.code === a.code && (a.files.includes(d.file) || a.spans.some((s) => inSpan(d, s)));

export interface AcknowledgeRequest {
  readonly rules: readonly AcknowledgingRule[];
  /** Every code iocc can print (the core's and every registered target's). */
  readonly known: ReadonlySet<string>;
  /** Codes whose warnings this run could not have made (targets not selected): never reported unused. */
  readonly notRun: ReadonlySet<string>;
  /** False when the build stopped early (errors): an entry may match what did not run, so none is unused. */
  readonly complete: boolean;
}

/** The diagnostics with acknowledged warnings marked, and the problems of the entries themselves. */
export function acknowledge(ds: readonly Diagnostic[], request: AcknowledgeRequest): Diagnostic[] {
  const entries = request.rules.flatMap((r) => r.acknowledgements.map((a) => ({ rule: r.id, a })));
  const used = new Set<Acknowledgement>();
  const out = ds.map((d) => {
    if (d.severity !== 'warning' || entries.length === 0) return d;
    const match = entries.find(({ a }) => covers(a, d));
    if (match === undefined) return d;
    used.add(match.a);
    return { ...d, acknowledged: match.a.reason };
  });
  for (const { rule, a } of entries) {
    if (!request.known.has(a.code))
      out.push(
        error(
          a.origin,
          'acknowledge-code',
          `rule ${rule} acknowledges ${shown(a.code)}, which is no code of iocc`,
          didYouMean(a.code, [...request.known]) ?? 'copy the code from the warning iocc printed',
        ),
      );
    else if (request.complete && !used.has(a) && !request.notRun.has(a.code))
      out.push(
        warning(
          a.origin,
          'acknowledge-unused',
          `rule ${rule} acknowledges ${a.code}, but no such warning is given here`,
          'remove the acknowledgement: what it accepted is gone',
        ),
      );
  }
  return out;
}
