/**
 * Splits items, in order, so that no chunk weighs more than `max` (each item at least 1); a heavier item
 * gets a chunk of its own.
 */
export function chunk<T>(items: readonly T[], max: number, weight: (t: T) => number = () => 1): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let load = 0;
  for (const item of items) {
    const w = Math.max(1, weight(item));
    if (current.length > 0 && load + w > max) {
      out.push(current);
      current = [];
      load = 0;
    }
    current.push(item);
    load += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Appends every item of `items` to `target`. (`target.push(...items)` passes the items as arguments,
 * which overflows the stack past roughly 100,000 of them.)
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Whether `v` is an array; unlike Array.isArray, it keeps the items unknown (not any). */
export const isList = (v: unknown): v is readonly unknown[] => Array.isArray(v);

/** The item of a list of one; undefined for an empty or a longer list. */
export const onlyItem = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
