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

function kindTable(entries: readonly CoverageEntry[], targets: readonly string[]): string[] {
  const kinds = kindOrder.filter((k) => entries.some((e) => e.observable.kind === k));
  const out = [
    `| kind | indicators | ${targets.map(markdownText).join(' | ')} |`,
    `|---|---:|${targets.map(() => '---:').join('|')}|`,
  ];
  for (const k of kinds) {
    const of = entries.filter((e) => e.observable.kind === k);
    const cells = targets.map((t) => {
      const n = of.filter((e) => e.carriedBy.includes(t)).length;
      return n === of.length ? `${n}` : n === 0 ? '—' : `${n} of ${of.length}`;
    });
    out.push(`| ${markdownText(k)} | ${of.length} | ${cells.join(' | ')} |`);
  }
  return out;
}

function reasonTable(
  entries: readonly CoverageEntry[],
  targets: readonly string[],
  which: 'notCarried' | 'notes',
): string[] {
  const rows: string[] = [];
  for (const t of targets) {
    const byReason = new Map<string, CoverageEntry[]>();
    for (const e of entries) {
      const r = e[which][t];
      if (r === undefined) continue;
      const list = byReason.get(r);
      if (list === undefined) byReason.set(r, [e]);
      else list.push(e);
    }
    const sorted = [...byReason.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [reason, es] of sorted) {
      const named = es
        .slice(0, maxListed)
        .map((e) => `${markdownText(e.observable.kind)} ${codeSpan(valueOf(e.observable.id))}`);
      const more = es.length > maxListed ? ` and ${es.length - maxListed} more` : '';
      rows.push(
        `| ${markdownText(t)} | ${es.length} | ${tableCell(markdownText(reason))} | ` +
          `${tableCell(named.join(', '))}${more} |`,
      );
    }
  }
  return rows.length === 0 ? [] : ['| target | count | reason | indicators |', '|---|---:|---|---|', ...rows];
}

export function coverageMarkdown(
  entries: readonly CoverageEntry[],
  runs: readonly TargetRun[],
  ruleSet: RuleSet,
): OutputFile {
  const targets = runs.map((r) => r.target.id);
  const byRule = new Map<string, CoverageEntry[]>();
  for (const e of entries) {
    const list = byRule.get(e.observable.rule);
    if (list === undefined) byRule.set(e.observable.rule, [e]);
    else list.push(e);
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
    const es = byRule.get(r.id) ?? [];
    out.push(
      `| [${markdownText(r.id)}](#${r.id}) | ${es.length} | ` +
        `${targets.map((t) => es.filter((e) => e.carriedBy.includes(t)).length).join(' | ')} |`,
    );
  }
  for (const r of rules) {
    const es = byRule.get(r.id) ?? [];
    out.push(
      '',
      `## ${markdownText(r.id)}`,
      '',
      `${markdownText(r.title)}${r.tlp === 'clear' ? '' : ` (TLP:${r.tlp.toUpperCase()})`}`,
      '',
    );
    out.push(...kindTable(es, targets));
    const left = reasonTable(es, targets, 'notCarried');
    if (left.length > 0) out.push('', '### Left out', '', ...left);
    const notes = reasonTable(es, targets, 'notes');
    if (notes.length > 0) out.push('', '### Carried, with a caveat', '', ...notes);
  }
  return { path: 'COVERAGE.md', bytes: Buffer.from(`${out.join('\n')}\n`, 'utf8') };
}
