// The tests a KQL query is made of. A test is a group of items of one shape (the values of one `in~`
// list, or whole clauses); a query ORs its tests, and a split query keeps each item whole in one part.
import type { Os, RulePath } from '../../src/model/types.js';
import { kqlList, kqlString } from './escape.js';

/** One value of a test (or one whole clause) and the observables a match on it finds. */
export interface Item {
  /** KQL text: escaped literals (`"a", "b"`) for a list test, a whole clause for a clause test. */
  readonly text: string;
  readonly ids: readonly string[];
}

export interface Test {
  /** Lines the test needs before the `where` (an `extend` of a derived column), shared when equal. */
  readonly prelude: readonly string[];
  /** The clause for some of the test's items (never none). */
  render(texts: readonly string[]): string;
  /** An upper bound on what render adds to the items' own texts and their ", " separators. */
  readonly overhead: number;
  readonly items: readonly Item[];
}

/** `Column op ("a", "b", …)`: whole-value equality on a list (`in` case-sensitive, `in~` not). */
export function listTest(column: string, op: 'in' | 'in~', items: readonly Item[]): Test {
  const head = `${column} ${op} (`;
  return { prelude: [], render: (t) => `${head}${t.join(', ')})`, overhead: head.length + 1, items };
}

/** A list wrapped in a function: `ipv4_is_in_any_range(RemoteIP, dynamic([…]))`. */
export function callTest(
  prefix: string,
  suffix: string,
  items: readonly Item[],
  prelude: readonly string[] = [],
): Test {
  return {
    prelude,
    render: (t) => `${prefix}${t.join(', ')}${suffix}`,
    overhead: prefix.length + suffix.length,
    items,
  };
}

/** Whole clauses, ORed. */
export function clauseTest(items: readonly Item[], prelude: readonly string[] = []): Test {
  return { prelude, render: (t) => t.join(' or '), overhead: 0, items };
}

/**
 * A literal of one value for one observable. A feed's hash lists hold a million: the item keeps the
 * value and id it is given, and makes its text and ids when they are read.
 */
class LiteralItem implements Item {
  constructor(
    private readonly value: string,
    private readonly id: string,
  ) {}
  get text(): string {
    return kqlString(this.value);
  }
  get ids(): readonly string[] {
    return [this.id];
  }
}

/** Literals of values, one item per observable. */
export const literalItems = (values: readonly (readonly [string, string])[]): Item[] =>
  values.map(([value, id]) => new LiteralItem(value, id));

/** Windows and macOS compare file names without case, Linux with it. */
export const caseless = (os: Os | undefined): boolean => os !== 'linux';

const regexSpecial = /[.^$|()[\]{}+\\]/g;

/** An RE2 pattern for the end of a wildcard path: `*` and `?` never cross a folder. */
function tailPattern(p: RulePath, os: Os | undefined): string {
  const body = p.tail
    .split('')
    .map((c) => (c === '*' ? '[^\\\\/]*' : c === '?' ? '[^\\\\/]' : c.replace(regexSpecial, (m) => `\\${m}`)))
    .join('');
  return `${caseless(os) ? '(?i)' : ''}${body}$`;
}

/** The folder part of a path's tail: what FolderPath ends with when it holds the folder only. */
const folderOf = (tail: string): string => tail.replace(/[\\/][^\\/]*$/, '');

/**
 * A file known by name (no hash): its name, and where paths are known one of them. Defender's FolderPath
 * holds the path of the file (its folder and name) in process and file events; the folder-only form is
 * accepted too, so either reading matches the same files.
 */
export function nameClause(name: string, paths: readonly RulePath[], os: Os | undefined): string {
  const nameTest = `FileName ${caseless(os) ? '=~' : '=='} ${kqlString(name)}`;
  if (paths.length === 0) return nameTest;
  const ends = caseless(os) ? 'endswith' : 'endswith_cs';
  const pathTests = paths.flatMap((p) =>
    p.wildcard
      ? [`FolderPath matches regex ${kqlString(tailPattern(p, os))}`]
      : [
          `FolderPath ${ends} ${kqlString(p.tail)}`,
          ...(folderOf(p.tail) !== '' ? [`FolderPath ${ends} ${kqlString(folderOf(p.tail))}`] : []),
        ],
  );
  return `(${nameTest} and (${pathTests.join(' or ')}))`;
}

/** `(Column =~ "name" and VersionColumn in ("1.0", …))`: one build of a named program. */
export function versionClause(
  column: string,
  name: string,
  versionColumn: string,
  versions: readonly string[],
): string {
  return `(${column} =~ ${kqlString(name)} and ${versionColumn} in ${kqlList(versions)})`;
}
