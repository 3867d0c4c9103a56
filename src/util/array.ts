/**
 * Appends every item of `items` to `target`. (`target.push(...items)` passes the items as arguments,
 * which overflows the stack past roughly 100,000 of them.)
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
