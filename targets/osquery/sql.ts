// SQL for osquery's embedded SQLite (3.42): string literals and the few comparison shapes the queries
// use. Every value of a rule reaches SQL through `literal`; no query uses LIKE on a rule value, so
// `%` and `_` in a value are never wildcards.

/** A SQL string literal: single quotes doubled, nothing else changes (backslash is not an escape in SQL). */
export function literal(value: string): string {
  if (value.includes('\u0000')) throw new Error('a SQL literal cannot hold a NUL character');
  return `'${value.replace(/'/g, "''")}'`;
}

/** SQLite's lower() folds ASCII only; the literals it is compared with must be folded the same way. */
export const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Number of characters SQLite's length()/substr() count in a UTF-8 text value (code points). */
export const sqlLength = (s: string): number => [...s].length;

export const inList = (expr: string, values: readonly string[]): string =>
  `${expr} IN (${values.map(literal).join(', ')})`;

/** `expr` ends with `suffix`, compared without regard to ASCII case, with no wildcard semantics. */
export const endsWithNoCase = (expr: string, suffix: string): string =>
  `lower(substr(${expr}, -${sqlLength(suffix)})) = ${literal(asciiLower(suffix))}`;

/** `expr` ends with one of the suffixes, byte for byte. */
export function endsWithAny(expr: string, suffixes: readonly string[]): string {
  const terms = [...new Set(suffixes)].sort().map((s) => `substr(${expr}, -${sqlLength(s)}) = ${literal(s)}`);
  return terms.length === 1 ? (terms[0] as string) : `(${terms.join(' OR ')})`;
}

/** One of the suffixes (an OR of exact comparisons). */
export function endsWithAnyNoCase(expr: string, suffixes: readonly string[]): string {
  const terms = [...new Set(suffixes.map(asciiLower))].sort().map((s) => endsWithNoCase(expr, s));
  return terms.length === 1 ? (terms[0] as string) : `(${terms.join(' OR ')})`;
}

/**
 * `expr` is one of the versions, compared byte for byte: osquery declares its version columns with a
 * version collation under which `=` is fuzzy (1.0.1 = 1.0-1), so `COLLATE BINARY` is always written.
 */
export const versionIn = (expr: string, versions: readonly string[]): string => {
  const unique = [...new Set(versions)].sort();
  return unique.length === 1
    ? `${expr} = ${literal(unique[0] as string)} COLLATE BINARY`
    : `${expr} COLLATE BINARY IN (${unique.map(literal).join(', ')})`;
};

/** `lower(expr) = 'value'`, for names whose case the OS does not keep stable. */
export const equalsNoCase = (expr: string, value: string): string => `lower(${expr}) = ${literal(asciiLower(value))}`;

export function equalsAnyNoCase(expr: string, values: readonly string[]): string {
  const lowered = [...new Set(values.map(asciiLower))].sort();
  return lowered.length === 1
    ? equalsNoCase(expr, lowered[0] as string)
    : `lower(${expr}) IN (${lowered.map(literal).join(', ')})`;
}
