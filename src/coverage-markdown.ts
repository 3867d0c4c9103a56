// dist/COVERAGE.md: coverage.json for people. Per rule, a table of observable kinds × targets with the
// counts each target carries, then every reason a target leaves something out, with its count and the
// indicators concerned, so a reviewer sees what each console will and will not catch.
import type { RuleSet } from './model/types.js';
import type { CoverageEntry, OutputFile, TargetRun } from './report.js';
import { codeSpan, markdownText, tableCell } from './util/markdown.js';

/** Indicators named per reason; a feed's million hashes are counted, not listed. */
const maxListed = 10;

const kindOrder = [
  'sha256',
  'sha1',
  'md5',
  'file-name',
  'original-file-name',
  'software-version',
  'domain',
  'url',
  'ip',
];

const valueOf = (id: string): string => id.slice(id.indexOf(':') + 1);

/** How many observables a target leaves out (or carries with a caveat) for one reason, and the first few. */
interface ReasonCount {
  count: number;
  readonly named: string[];
}

/** What COVERAGE.md says of one rule, counted in one pass: a feed's entries are never all held. */
interface RuleCount {
  count: number;
  /** Per target (in run order): how many it carries. */
  readonly carried: number[];
  /** Per observable kind: how many, and per target how many carried. */
  readonly kinds: Map<string, { count: number; readonly carried: number[] }>;
  /** Per target: reason → count, in order of first use. */
  readonly notCarried: Map<string, ReasonCount>[];
  readonly notes: Map<string, ReasonCount>[];
}

const newCount = (targets: readonly string[]): RuleCount => ({
  count: 0,
  carried: targets.map(() => 0),
  kinds: new Map(),
  notCarried: targets.map(() => new Map<string, ReasonCount>()),
  notes: targets.map(() => new Map<string, ReasonCount>()),
});

function countReason(byReason: Map<string, ReasonCount>, reason: string | undefined, e: CoverageEntry): void {
  if (reason === undefined) return;
  let r = byReason.get(reason);
  if (r === undefined) byReason.set(reason, (r = { count: 0, named: [] }));
  r.count++;
  if (r.named.length < maxListed)
    r.named.push(`${markdownText(e.observable.kind)} ${codeSpan(valueOf(e.observable.id))}`);
}

function countEntry(c: RuleCount, e: CoverageEntry, targets: readonly string[]): void {
  c.count++;
  let kind = c.kinds.get(e.observable.kind);
  if (kind === undefined) c.kinds.set(e.observable.kind, (kind = { count: 0, carried: targets.map(() => 0) }));
  kind.count++;
  targets.forEach((t, i) => {
    if (e.carriedBy.includes(t)) {
      c.carried[i] = (c.carried[i] ?? 0) + 1;
      kind.carried[i] = (kind.carried[i] ?? 0) + 1;
    }
    countReason(c.notCarried[i] as Map<string, ReasonCount>, e.notCarried[t], e);
    countReason(c.notes[i] as Map<string, ReasonCount>, e.notes[t], e);
  });
}

function kindTable(c: RuleCount, targets: readonly string[]): string[] {
  const kinds = kindOrder.filter((k) => c.kinds.has(k));
  const out = [
    `| kind | indicators | ${targets.map(markdownText).join(' | ')} |`,
    `|---|---:|${targets.map(() => '---:').join('|')}|`,
  ];
  for (const k of kinds) {
    const of = c.kinds.get(k) as { count: number; carried: number[] };
    const cells = targets.map((_, i) => {
      const n = of.carried[i] ?? 0;
      return n === of.count ? `${n}` : n === 0 ? '—' : `${n} of ${of.count}`;
    });
    out.push(`| ${markdownText(k)} | ${of.count} | ${cells.join(' | ')} |`);
  }
  return out;
}

function reasonTable(perTarget: readonly Map<string, ReasonCount>[], targets: readonly string[]): string[] {
  const rows: string[] = [];
  targets.forEach((t, i) => {
    const byReason = perTarget[i] as Map<string, ReasonCount>;
    const sorted = [...byReason.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    for (const [reason, r] of sorted) {
      const more = r.count > maxListed ? ` and ${r.count - maxListed} more` : '';
      rows.push(
        `| ${markdownText(t)} | ${r.count} | ${tableCell(markdownText(reason))} | ` +
          `${tableCell(r.named.join(', '))}${more} |`,
      );
    }
  });
  return rows.length === 0 ? [] : ['| target | count | reason | indicators |', '|---|---:|---|---|', ...rows];
}

/** COVERAGE.md from the coverage entries, read once in order (a generator need not hold them). */
export function coverageMarkdown(
  entries: Iterable<CoverageEntry>,
  runs: readonly TargetRun[],
  ruleSet: RuleSet,
): OutputFile {
  const targets = runs.map((r) => r.target.id);
  const byRule = new Map<string, RuleCount>();
  for (const e of entries) {
    let c = byRule.get(e.observable.rule);
    if (c === undefined) byRule.set(e.observable.rule, (c = newCount(targets)));
    countEntry(c, e, targets);
  }
  const rules = [...ruleSet.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = [
    '# Coverage',
    '',
    'What each target carries of every rule, and why it leaves the rest out. Written by `iocc build` from',
    '`coverage.json`; do not edit.',
    '',
    `| rule | indicators | ${targets.map(markdownText).join(' | ')} |`,
    `|---|---:|${targets.map(() => '---:').join('|')}|`,
  ];
  for (const r of rules) {
    const c = byRule.get(r.id) ?? newCount(targets);
    out.push(`| [${markdownText(r.id)}](#${r.id}) | ${c.count} | ${targets.map((_, i) => c.carried[i]).join(' | ')} |`);
  }
  for (const r of rules) {
    const c = byRule.get(r.id) ?? newCount(targets);
    out.push(
      '',
      `## ${markdownText(r.id)}`,
      '',
      `${markdownText(r.title)}${r.tlp === 'clear' ? '' : ` (TLP:${r.tlp.toUpperCase()})`}`,
      '',
    );
    out.push(...kindTable(c, targets));
    const left = reasonTable(c.notCarried, targets);
    if (left.length > 0) out.push('', '### Left out', '', ...left);
    const notes = reasonTable(c.notes, targets);
    if (notes.length > 0) out.push('', '### Carried, with a caveat', '', ...notes);
  }
  return { path: 'COVERAGE.md', bytes: Buffer.from(`${out.join('\n')}\n`, 'utf8') };
}
