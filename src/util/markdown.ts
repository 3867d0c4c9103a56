// Markdown that GitHub renders as written: values from rule files (which may come from strangers) are
// code spans they cannot leave, and other text has every character that could start markup escaped.

/** A code span that no value can break out of (GFM: a run of backticks longer than any inside). */
export function codeSpan(value: string): string {
  const flat = value.replace(/[\r\n\t]/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((s) => s.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Plain Markdown text with every character that could start markup escaped. */
export const markdownText = (s: string): string =>
  s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`);

/** A table cell: GFM splits cells at every unescaped `|`, even inside a code span. */
export const tableCell = (markdown: string): string => markdown.replace(/(?<!\\)\|/g, '\\|');
