// "Did you mean …?" for unknown keys, enum values and target names.

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions (sha265 → sha256 is 1). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  // Three rolling rows: the one two back is needed for transpositions.
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      row[j] = v;
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[n] as number;
}

/** Words longer than this get no suggestion (nothing we suggest is that long, and distances cost m·n). */
const maxWord = 64;

const limitFor = (a: string, b: string): number => Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));

/** The closest candidate within a distance that still reads as a typo, or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > maxWord) return undefined;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    if (Math.abs(cl.length - w.length) > limitFor(w, cl)) continue;
    const dist = cl === w ? 0 : editDistance(w, cl);
    if (dist > limitFor(w, cl)) continue;
    if (dist < bestDistance || (dist === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const c = closest(word, candidates);
  return c === undefined ? undefined : `did you mean '${c}'?`;
}

/** A value for a message: JSON-quoted and, when long, cut (a diagnostic never repeats a 10 MB value). */
export function shown(value: unknown, max = 80): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length <= max
    ? s
    : `${s.slice(0, max - 1)}…" (${typeof value === 'string' ? `${value.length} characters` : 'cut'})`;
}
