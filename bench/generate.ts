// Deterministic synthetic rules for the benchmark: N indicators, 90 % files (a SHA-256 with a name and
// an OS) and 10 % domains, as one YAML rule, or as a small rule that reads its files from a CSV list.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const oses = ['windows', 'macos', 'linux'] as const;
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

const header = (id: string): string =>
  [
    'iocc: 1',
    `id: ${id}`,
    `title: Synthetic feed ${id}`,
    'description: Deterministic synthetic indicators for the iocc benchmark.',
    'author: iocc bench',
    'date: 2026-01-01',
    'severity: high',
    'tlp: clear',
    'response: {action: audit}',
    '',
  ].join('\n');

function domains(n: number): string {
  const out = ['network:', '  domains:'];
  for (let i = 0; i < n; i++) out.push(`    - d${i.toString(36)}.example-feed.com`);
  return `${out.join('\n')}\n`;
}

export interface Generated {
  readonly dir: string;
  /** Bytes of every input file (the rule and its list). */
  readonly inputBytes: number;
  /** How many of the indicators are files (the rest are domains). */
  readonly files: number;
}

/** The YAML form: every file is a mapping of the rule. */
export function generateYaml(dir: string, n: number): Generated {
  const files = Math.round(n * 0.9);
  const parts = [header(`feed-${n}`), 'files:\n'];
  for (let i = 0; i < files; i++)
    parts.push(`  - {name: f${i}.exe, sha256: ${sha256(`iocc-bench-${i}`)}, os: ${oses[i % 3]}}\n`);
  parts.push(domains(n - files));
  const text = parts.join('');
  writeFileSync(join(dir, 'feed.yaml'), text);
  return { dir, inputBytes: Buffer.byteLength(text), files };
}

/** The bulk form: the files come from a CSV list that the rule names with files_from. */
export function generateList(dir: string, n: number): Generated {
  const files = Math.round(n * 0.9);
  const rows = ['sha256,name,os'];
  for (let i = 0; i < files; i++) rows.push(`${sha256(`iocc-bench-${i}`)},f${i}.exe,${oses[i % 3]}`);
  const list = `${rows.join('\n')}\n`;
  writeFileSync(join(dir, 'feed.csv'), list);
  const text = `${header(`feed-${n}`)}files_from:\n  - {path: feed.csv}\n${domains(n - files)}`;
  writeFileSync(join(dir, 'feed.yaml'), text);
  return { dir, inputBytes: Buffer.byteLength(text) + Buffer.byteLength(list), files };
}
