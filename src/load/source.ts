// A source text with a line index, so any character offset becomes a 1-based line:col.
import type { Origin } from '../diagnostics.js';

export interface SourceText {
  readonly file: string;
  readonly text: string;
  /** Offsets at which each line starts (line 1 at index 0). */
  readonly lineStarts: readonly number[];
}

export function sourceText(file: string, text: string): SourceText {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lineStarts.push(i + 1);
    else if (c === 0x0d) {
      // CRLF is one break; a lone CR is a break too (YAML 1.2 §5.4).
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      lineStarts.push(i + 1);
    }
  }
  return { file, text, lineStarts };
}

export function originAt(src: SourceText, offset: number): Origin {
  const starts = src.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { file: src.file, line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
}

/** The origin of a 0-based line/column pair, as js-yaml reports them in exceptions. */
export function originOfMark(src: SourceText, line: number, column: number): Origin {
  return { file: src.file, line: line + 1, col: column + 1 };
}
