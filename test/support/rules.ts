// Building rule texts for tests.
import { loadRuleText, type LoadedRule } from '../../src/load/index.js';
import type { Diagnostic } from '../../src/diagnostics.js';

export const H = {
  a: 'a'.repeat(63) + '1',
  b: 'b'.repeat(63) + '2',
  c: 'c'.repeat(63) + '3',
  sha1: '1'.repeat(39) + 'a',
  sha1b: '2'.repeat(39) + 'b',
  md5: '3'.repeat(31) + 'c',
};

/** A valid rule text: the header fields, then whatever body is given. */
export function ruleText(id: string, body = '', extra = ''): string {
  return (
    [
      `iocc: 1`,
      `id: ${id}`,
      `title: Test rule ${id}`,
      `description: A rule for the tests.`,
      `author: tests`,
      `date: 2024-01-01`,
      `severity: high`,
      `tlp: clear`,
      extra,
      body,
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n'
  );
}

export function load(file: string, text: string): { rule: LoadedRule | undefined; diagnostics: Diagnostic[] } {
  const r = loadRuleText({ file, bytes: Buffer.from(text, 'utf8') });
  return { rule: r.rule, diagnostics: r.diagnostics };
}

export function loadAll(files: Record<string, string>): { rules: LoadedRule[]; diagnostics: Diagnostic[] } {
  const rules: LoadedRule[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [file, text] of Object.entries(files)) {
    const r = load(file, text);
    diagnostics.push(...r.diagnostics);
    if (r.rule !== undefined) rules.push(r.rule);
  }
  return { rules, diagnostics };
}

export const codes = (ds: readonly Diagnostic[]): string[] =>
  ds.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.col}`);

/** `code: message` of each diagnostic: what a user reads, where `codes` gives where it is. */
export const messages = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.code}: ${d.message}`);

/** The errors among the diagnostics, as `messages` gives them. */
export const errorMessages = (ds: readonly Diagnostic[]): string[] =>
  messages(ds.filter((d) => d.severity === 'error'));
