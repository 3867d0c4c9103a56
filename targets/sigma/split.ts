// A Sigma rule with thousands of values converts, but the query it becomes does not run: Lucene-based
// backends refuse more than 1,024 clauses by default, and other SIEMs cap query length. A planned rule
// with more values than the limit is split into parts, each a complete rule with at most that many.
import type { Field, PlannedSigmaRule, Selection } from './plan.js';

export interface Part {
  readonly selections: readonly Selection[];
  /** Observables this part carries. */
  readonly carries: readonly string[];
}

const countOf = (s: Selection): number => s.fields.reduce((n, f) => n + f.values.length, 0);

interface Unit {
  readonly selection: Selection;
  readonly count: number;
  /** Observables its values carry; undefined when a field does not say (version selections). */
  readonly ids?: readonly string[];
}

/** The field split when a selection is too large: the largest one whose values name their observables. */
function splitField(s: Selection): Field | undefined {
  let best: Field | undefined;
  for (const f of s.fields) if (f.ids !== undefined && f.values.length > (best?.values.length ?? 0)) best = f;
  return best;
}

/** A selection as units of at most `max` values: whole, or its largest field in chunks (the others kept in each). */
function unitsOf(s: Selection, max: number): Unit[] {
  const count = countOf(s);
  const big = splitField(s);
  if (count <= max || big === undefined) {
    const known = s.fields.some((f) => f.ids !== undefined);
    return [{ selection: s, count, ...(known && { ids: s.fields.flatMap((f) => (f.ids ?? []).flat()) }) }];
  }
  // Each chunk keeps the other fields: (A1 ∪ A2) ∧ B = (A1 ∧ B) ∪ (A2 ∧ B), so the parts match what the whole did.
  const room = Math.max(1, max - (count - big.values.length));
  const units: Unit[] = [];
  for (let i = 0; i < big.values.length; i += room) {
    const field: Field = {
      key: big.key,
      values: big.values.slice(i, i + room),
      ids: big.ids?.slice(i, i + room) ?? [],
    };
    const selection = { name: s.name, fields: s.fields.map((f) => (f === big ? field : f)) };
    units.push({ selection, count: countOf(selection), ids: (field.ids ?? []).flat() });
  }
  return units;
}

/** The planned rule as parts of at most `max` values each (one part when it fits). */
export function splitRule(planned: PlannedSigmaRule, max: number): Part[] {
  const total = planned.selections.reduce((n, s) => n + countOf(s), 0);
  if (total <= max) return [{ selections: planned.selections, carries: planned.carries }];
  const parts: { selections: Selection[]; count: number; ids: string[]; opaque: boolean }[] = [];
  for (const unit of planned.selections.flatMap((s) => unitsOf(s, max))) {
    const last = parts[parts.length - 1];
    // A selection name appears once per rule; its next chunk starts a new part.
    if (
      last === undefined ||
      last.count + unit.count > max ||
      last.selections.some((s) => s.name === unit.selection.name)
    ) {
      parts.push({
        selections: [unit.selection],
        count: unit.count,
        ids: [...(unit.ids ?? [])],
        opaque: unit.ids === undefined,
      });
    } else {
      last.selections.push(unit.selection);
      last.count += unit.count;
      for (const id of unit.ids ?? []) last.ids.push(id);
      if (unit.ids === undefined) last.opaque = true;
    }
  }
  // Observables no field names (versions) are in the part that holds the selections that do not say.
  const named = new Set(parts.flatMap((p) => p.ids));
  const rest = planned.carries.filter((id) => !named.has(id));
  const home = Math.max(
    0,
    parts.findIndex((p) => p.opaque),
  );
  return parts.map((p, i) => ({
    selections: p.selections,
    carries: [...new Set(i === home ? [...rest, ...p.ids] : p.ids)].sort(),
  }));
}
