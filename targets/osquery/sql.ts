// SQL for osquery's embedded SQLite (3.42): string literals and the few comparison shapes the queries
// use. Every value of a rule reaches SQL through `literal`; no query uses LIKE on a rule value, so
// `%` and `_` in a value are never wildcards.
import { onlyItem } from '../../src/util/array.js';

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

/** Any of the terms: one as it is, more ORed in parentheses. */
export const anyOf = (terms: readonly string[]): string => onlyItem(terms) ?? `(${terms.join(' OR ')})`;

/** `expr` ends with one of the suffixes, byte for byte. */
export function endsWithAny(expr: string, suffixes: readonly string[]): string {
  const terms = [...new Set(suffixes)].sort().map((s) => `substr(${expr}, -${sqlLength(s)}) = ${literal(s)}`);
  return anyOf(terms);
}

/** One of the suffixes (an OR of exact comparisons). */
export function endsWithAnyNoCase(expr: string, suffixes: readonly string[]): string {
  const terms = [...new Set(suffixes.map(asciiLower))].sort().map((s) => endsWithNoCase(expr, s));
  return anyOf(terms);
}

/**
 * `expr` is one of the versions, compared byte for byte: osquery declares its version columns with a
 * version collation under which `=` is fuzzy (1.0.1 = 1.0-1), so `COLLATE BINARY` is always written.
 */
export const versionIn = (expr: string, versions: readonly string[]): string => {
  const unique = [...new Set(versions)].sort();
  const one = onlyItem(unique);
  return one !== undefined
    ? `${expr} = ${literal(one)} COLLATE BINARY`
    : `${expr} COLLATE BINARY IN (${unique.map(literal).join(', ')})`;
};

/** `lower(expr) = 'value'`, for names whose case the OS does not keep stable. */
export const equalsNoCase = (expr: string, value: string): string => `lower(${expr}) = ${literal(asciiLower(value))}`;

export function equalsAnyNoCase(expr: string, values: readonly string[]): string {
  const lowered = [...new Set(values.map(asciiLower))].sort();
  const one = onlyItem(lowered);
  return one !== undefined ? equalsNoCase(expr, one) : `lower(${expr}) IN (${lowered.map(literal).join(', ')})`;
}
