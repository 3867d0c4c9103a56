// How Sigma reads a string value (Sigma specification; the same algorithm as pySigma's SigmaString):
// `*` and `?` are wildcards, `\` escapes `*`, `?` and itself, and before any other character (or at the
// end) a backslash is a plain backslash. Used by the tests to undo iocc's Sigma escaping.

export type Part = string | { wildcard: '*' | '?' };

export function parseSigmaString(s: string): Part[] {
  const parts: Part[] = [];
  let acc = '';
  let escaped = false;
  for (const c of s) {
    if (escaped) {
      acc += c === '*' || c === '?' || c === '\\' ? c : `\\${c}`;
      escaped = false;
    } else if (c === '\\') escaped = true;
    else if (c === '*' || c === '?') {
      if (acc !== '') parts.push(acc);
      parts.push({ wildcard: c });
      acc = '';
    } else acc += c;
  }
  if (escaped) acc += '\\';
  if (acc !== '') parts.push(acc);
  return parts;
}

/** The literal a Sigma string stands for, or undefined when it has wildcards. */
export function sigmaLiteralValue(s: string): string | undefined {
  const parts = parseSigmaString(s);
  return parts.every((p) => typeof p === 'string') ? parts.join('') : undefined;
}
