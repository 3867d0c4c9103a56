// A planned query as text, split into complete queries under a length limit: Sentinel refuses a query
// over 10,000 characters, so a long list becomes parts, each a whole query with some of the items.
import type { Origin } from '../../src/diagnostics.js';
import type { PlannedQuery } from './plan.js';
import { tables, type Table } from './tables.js';
import type { Item, Test } from './tests.js';
import { kqlDiagnostics } from './codes.js';

export type Flavor = 'defender' | 'sentinel';

/** Some items of some tests of one table: one complete query. */
export interface QueryPart {
  readonly table: Table;
  readonly tests: readonly { readonly test: Test; readonly items: readonly Item[] }[];
  /** The observables its items find. */
  readonly carries: readonly string[];
}

const indent = '\n    or ';

/** The query text: Advanced Hunting's Timestamp for Defender, Log Analytics' TimeGenerated for Sentinel. */
export function queryText(part: QueryPart, flavor: Flavor): string {
  const spec = tables[part.table];
  const prelude = [...new Set(part.tests.flatMap((t) => t.test.prelude))];
  const where = part.tests.map((t) => t.test.render(t.items.map((i) => i.text))).join(indent);
  const columns = spec.project.map((c) => (flavor === 'sentinel' && c === 'Timestamp' ? 'TimeGenerated' : c));
  return [part.table, ...prelude, `| where ${where}`, `| project ${columns.join(', ')}`].join('\n');
}

/** What a part costs before its items: the table, every prelude, the where and the project line. */
function baseLength(q: PlannedQuery): number {
  const spec = tables[q.table];
  const prelude = [...new Set(q.tests.flatMap((t) => t.prelude))];
  return (
    q.table.length +
    prelude.reduce((n, l) => n + l.length + 1, 0) +
    '\n| where '.length +
    '\n| project '.length +
    spec.project.reduce((n, c) => n + c.length + 2, 0) +
    'TimeGenerated'.length
  );
}

/** The query in as few parts as fit `max` characters each, every item whole in exactly one part. */
export function splitQuery(q: PlannedQuery, max: number, at: Origin): QueryPart[] {
  const base = baseLength(q);
  const parts: QueryPart[] = [];
  let current = new Map<Test, Item[]>();
  let size = base;
  const flush = (): void => {
    if (current.size === 0) return;
    const tests = q.tests.filter((t) => current.has(t)).map((t) => ({ test: t, items: current.get(t) as Item[] }));
    parts.push({ table: q.table, tests, carries: [...new Set(tests.flatMap((t) => t.items.flatMap((i) => i.ids)))] });
    current = new Map();
    size = base;
  };
  for (const test of q.tests) {
    for (const item of test.items) {
      const cost = item.text.length + 2 + (current.has(test) ? 0 : test.overhead + indent.length);
      if (base + cost > max)
        throw kqlDiagnostics.limit(
          at,
          'kql-query-too-long',
          `a ${q.table} test of ${item.text.length} characters does not fit a query of ${max} characters`,
          'shorten the value, or raise kql.max_query_chars (Sentinel accepts at most 10,000)',
        );
      if (size + cost > max) flush();
      const list = current.get(test) ?? [];
      list.push(item);
      current.set(test, list);
      size += item.text.length + 2 + (list.length === 1 ? test.overhead + indent.length : 0);
    }
  }
  flush();
  return parts;
}
