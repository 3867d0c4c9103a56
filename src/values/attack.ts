// MITRE ATT&CK references: technique ids and tactic short names, checked against the shipped table
// (attack-data.ts, generated from MITRE's STIX bundle by scripts/attack-table.ts).
import { didYouMean, editDistance, shown } from '../util/suggest.js';
import { attackVersion, retiredTacticRows, tacticRows, techniqueRows } from './attack-data.js';

export { attackVersion };

/** Current tactic short names, in matrix order. */
export const tacticOrder: readonly string[] = tacticRows.map(([, short]) => short);

const tacticIds = new Map(tacticRows.map(([id, short]) => [short, id]));

/** Every tactic short name `attack:` accepts: the current ones and the retired ones (warned about). */
export const attackTactics: readonly string[] = [...tacticOrder, ...Object.keys(retiredTacticRows)];

export const isTactic = (shortName: string): boolean => tacticIds.has(shortName);

/** The ATT&CK id of a current tactic (stealth → TA0005). */
export const tacticId = (shortName: string): string | undefined => tacticIds.get(shortName);

/** For a retired tactic short name, the current tactics that took over its techniques. */
export const retiredTactic = (shortName: string): readonly string[] | undefined =>
  Object.hasOwn(retiredTacticRows, shortName) ? retiredTacticRows[shortName] : undefined;

export interface ActiveTechnique {
  readonly id: string;
  readonly name: string;
  readonly tactics: readonly string[];
}

export type TechniqueLookup =
  | { readonly status: 'unknown'; readonly id: string }
  | ({ readonly status: 'active' } & ActiveTechnique)
  | { readonly status: 'deprecated'; readonly id: string; readonly name: string }
  /** `replacement`: the current technique at the end of the revoked-by chain, if there is one. */
  | { readonly status: 'revoked'; readonly id: string; readonly name: string; readonly replacement?: ActiveTechnique };

const rowOf = (id: string) => (Object.hasOwn(techniqueRows, id) ? techniqueRows[id] : undefined);

/** Follows revoked-by steps (T1089 → T1562.001 → T1685) to a current technique. */
function replacementOf(id: string): ActiveTechnique | undefined {
  const seen = new Set<string>();
  for (let next = rowOf(id)?.revokedBy; next !== undefined && !seen.has(next); next = rowOf(next)?.revokedBy) {
    seen.add(next);
    const row = rowOf(next);
    if (row === undefined || row.deprecated === true || row.revoked === true) return undefined;
    if (row.revokedBy === undefined) return { id: next, name: row.name, tactics: row.tactics };
  }
  return undefined;
}

/** What ATT&CK says about a technique id (upper case, T1234 or T1234.001). */
export function lookupTechnique(id: string): TechniqueLookup {
  const row = rowOf(id);
  if (row === undefined) return { status: 'unknown', id };
  if (row.revokedBy !== undefined || row.revoked === true) {
    const replacement = replacementOf(id);
    return { status: 'revoked', id, name: row.name, ...(replacement !== undefined && { replacement }) };
  }
  if (row.deprecated === true) return { status: 'deprecated', id, name: row.name };
  return { status: 'active', id, name: row.name, tactics: row.tactics };
}

/** The tactics of a current technique, in matrix order; none for unknown, deprecated and revoked ids. */
export function techniqueTactics(id: string): readonly string[] {
  const t = lookupTechnique(id);
  return t.status === 'active' ? t.tactics : [];
}

const activeIds = Object.keys(techniqueRows).filter((id) => lookupTechnique(id).status === 'active');

/**
 * Current techniques one typo away from an unknown id (a digit too many, missing, swapped or wrong),
 * those under the same parent technique first.
 */
export function closeTechniques(id: string): string[] {
  const parent = id.slice(0, 5);
  return activeIds
    .filter((c) => Math.abs(c.length - id.length) <= 1 && editDistance(c, id) === 1)
    .sort((a, b) => Number(b.startsWith(parent)) - Number(a.startsWith(parent)) || (a < b ? -1 : a > b ? 1 : 0));
}

export type AttackCheck =
  | { readonly ok: true; readonly kind: 'technique' | 'tactic'; readonly value: string; readonly normalized: boolean }
  | { readonly ok: false; readonly message: string; readonly hint?: string };

/** The syntax of an `attack:` entry: a technique id or a (current or retired) tactic short name. */
export function checkAttack(raw: string): AttackCheck {
  if (/^T\d{4}(\.\d{3})?$/.test(raw)) return { ok: true, kind: 'technique', value: raw, normalized: false };
  if (/^t\d{4}(\.\d{3})?$/i.test(raw))
    return { ok: true, kind: 'technique', value: raw.toUpperCase(), normalized: true };
  if (attackTactics.includes(raw)) return { ok: true, kind: 'tactic', value: raw, normalized: false };
  const asTactic = raw.toLowerCase().replace(/[\s_]+/g, '-');
  if (attackTactics.includes(asTactic)) return { ok: true, kind: 'tactic', value: asTactic, normalized: true };
  const hint =
    didYouMean(asTactic, attackTactics) ??
    'techniques are written T1234 or T1234.001; tactics by short name, e.g. initial-access';
  return { ok: false, message: `${shown(raw)} is not an ATT&CK technique id or tactic name`, hint };
}
