// A build diff as text (terminal), JSON (tools), Markdown (a pull-request comment) and GitHub workflow
// annotations. Indicator values come from rule files, which may come from strangers: in Markdown they
// are code spans, and in annotations they go through the workflow-command escapers.
import { escapeData, escapeProperty } from '../format.js';
import { codeSpan, markdownText } from '../util/markdown.js';
import type { ArtifactChange, BuildDiff, IndicatorChange, IndicatorState, RuleDiff } from './compute.js';

export type DiffFormat = 'text' | 'json' | 'github' | 'markdown';
export const diffFormats: readonly DiffFormat[] = ['text', 'json', 'github', 'markdown'];

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
const list = (xs: readonly string[]): string => (xs.length === 0 ? 'no target' : xs.join(', '));

function totals(d: BuildDiff): { added: number; removed: number; changed: number } {
  return d.rules.reduce(
    (t, r) => ({
      added: t.added + r.added.length,
      removed: t.removed + r.removed.length,
      changed: t.changed + r.changed.length,
    }),
    { added: 0, removed: 0, changed: 0 },
  );
}

function artifactCounts(d: BuildDiff): string {
  const n = (c: ArtifactChange['change']): number => d.artifacts.filter((a) => a.change === c).length;
  return `artifacts: ${n('added')} added, ${n('removed')} removed, ${n('changed')} changed`;
}

/** One line: what the change does, for a terminal, a check failure or the top of a comment. */
export function summaryLine(d: BuildDiff): string {
  if (d.rules.length === 0 && d.artifacts.length === 0) return 'no change: both builds carry the same indicators';
  const t = totals(d);
  const rules = (c: RuleDiff['change']): number => d.rules.filter((r) => r.change === c).length;
  const ruleParts = [
    rules('added') > 0 ? `${rules('added')} added` : '',
    rules('removed') > 0 ? `${rules('removed')} removed` : '',
    rules('changed') > 0 ? `${rules('changed')} changed` : '',
  ].filter((s) => s !== '');
  return (
    `${plural(d.rules.length, 'rule')}${ruleParts.length > 0 ? ` (${ruleParts.join(', ')})` : ''}; ` +
    `indicators: ${t.added} added, ${t.removed} removed, ${t.changed} changed; ${artifactCounts(d)}`
  );
}

const targetCounts = (r: RuleDiff): string =>
  Object.entries(r.targets)
    .map(
      ([t, c]) => `${t} ${[c.added > 0 ? `+${c.added}` : '', c.removed > 0 ? `-${c.removed}` : ''].join(' ').trim()}`,
    )
    .join(', ');

/** What a change did to the targets that carry an indicator. */
function movement(before: IndicatorState, after: IndicatorState): string {
  const gained = after.carriedBy.filter((t) => !before.carriedBy.includes(t));
  const lost = before.carriedBy.filter((t) => !after.carriedBy.includes(t));
  const parts = [
    gained.length > 0 ? `now carried by ${gained.join(', ')}` : '',
    ...lost.map((t) => `no longer by ${t}${after.notCarried[t] ? ` (${after.notCarried[t]})` : ''}`),
  ].filter((s) => s !== '');
  return parts.length > 0 ? parts.join('; ') : 'carried by the same targets, for other reasons';
}

const describe = (c: IndicatorChange): string => {
  if (c.before === undefined) {
    const not = Object.keys(c.after?.notCarried ?? {});
    return `carried by ${list(c.after?.carriedBy ?? [])}${not.length > 0 ? `; not by ${not.join(', ')}` : ''}`;
  }
  if (c.after === undefined) return `was carried by ${list(c.before.carriedBy)}`;
  return movement(c.before, c.after);
};

/** The text form; without `artifacts` when the caller lists the files itself (`build --check`). */
export function renderText(d: BuildDiff, withArtifacts = true): string[] {
  const out = [`iocc diff: ${d.old} → ${d.new}`];
  for (const r of d.rules) {
    out.push(
      `rule ${r.rule} (${r.change}): ${r.added.length} added, ${r.removed.length} removed, ${r.changed.length} changed`,
    );
    if (Object.keys(r.targets).length > 0) out.push(`  targets: ${targetCounts(r)}`);
    for (const [mark, xs] of [
      ['+', r.added],
      ['-', r.removed],
      ['~', r.changed],
    ] as const)
      for (const c of xs) out.push(`  ${mark} ${c.kind} ${c.value}: ${describe(c)}`);
  }
  if (withArtifacts && d.artifacts.length > 0) {
    out.push(artifactCounts(d));
    const mark = { added: '+', removed: '-', changed: '~' } as const;
    for (const a of d.artifacts) out.push(`  ${mark[a.change]} ${a.path}`);
  }
  out.push(`summary: ${summaryLine(d)}`);
  return out;
}

export function renderJson(d: BuildDiff): string {
  const t = totals(d);
  return JSON.stringify(
    {
      old: d.old,
      new: d.new,
      changed: d.rules.length > 0 || d.artifacts.length > 0,
      summary: { rules: d.rules.length, indicators: t, artifacts: d.artifacts.length },
      rules: d.rules.map((r) => ({
        id: r.rule,
        change: r.change,
        targets: r.targets,
        added: r.added,
        removed: r.removed,
        changed: r.changed,
      })),
      artifacts: d.artifacts,
    },
    null,
    2,
  );
}

export function renderMarkdown(d: BuildDiff): string {
  const out = [
    '### iocc: what this change does to the detections',
    '',
    `${markdownText(d.old)} → ${markdownText(d.new)}: **${markdownText(summaryLine(d))}**`,
  ];
  for (const r of d.rules) {
    out.push('', `#### ${codeSpan(r.rule)} (${r.change})`, '');
    const targets = Object.entries(r.targets);
    if (targets.length > 0) {
      out.push('| target | indicators added | indicators removed |', '|---|---:|---:|');
      for (const [t, c] of targets) out.push(`| ${markdownText(t)} | ${c.added} | ${c.removed} |`);
      out.push('');
    }
    for (const [word, xs] of [
      ['added', r.added],
      ['removed', r.removed],
      ['changed', r.changed],
    ] as const)
      for (const c of xs)
        out.push(`- ${word} ${markdownText(c.kind)} ${codeSpan(c.value)}: ${markdownText(describe(c))}`);
  }
  if (d.artifacts.length > 0) {
    out.push('', '<details><summary>Artifacts</summary>', '', '| change | artifact |', '|---|---|');
    for (const a of d.artifacts) out.push(`| ${a.change} | ${codeSpan(a.path)} |`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/** `rules/x.yaml:12:5` → its parts, for an annotation at the line. */
function place(source: string): { file: string; line: string; col: string } | undefined {
  const [, file, line, col] = /^(.*):(\d+):(\d+)$/.exec(source) ?? [];
  return file === undefined || line === undefined || col === undefined ? undefined : { file, line, col };
}

/** Annotations: an added or changed indicator at its line in the rule; a removed one without a place. */
export function renderGithub(d: BuildDiff): string[] {
  const out: string[] = [];
  for (const r of d.rules)
    for (const [word, xs] of [
      ['added', r.added],
      ['removed', r.removed],
      ['changed', r.changed],
    ] as const)
      for (const c of xs) {
        const at = word === 'removed' ? undefined : place(c.after?.source ?? '');
        const props = [
          ...(at === undefined ? [] : [`file=${escapeProperty(at.file)}`, `line=${at.line}`, `col=${at.col}`]),
          `title=${escapeProperty(`iocc diff: ${word} in ${r.rule}`)}`,
        ].join(',');
        out.push(`::notice ${props}::${escapeData(`${word} ${c.kind} ${c.value}: ${describe(c)}`)}`);
      }
  out.push(`iocc diff: ${summaryLine(d)}`);
  return out;
}
