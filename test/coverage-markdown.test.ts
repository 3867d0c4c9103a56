// dist/COVERAGE.md: per rule, observable kinds × targets with counts, then each reason with its count and
// the indicators concerned; every table keeps its shape whatever the values hold.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { targets } from '../targets/index.js';
import { removeDir, tempDir } from './support/helpers.js';
import { H, ruleText } from './support/rules.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const four = targets.filter((t) => ['osquery', 'sigma', 'yara', 'defender'].includes(t.id));

function coverageMd(body: string): string {
  const dir = tempDir('iocc-covmd-');
  dirs.push(dir);
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'r.yaml'), ruleText('r', body));
  const r = build({ inputs: ['rules'], registry: targets, selected: four, asOf: '2026-06-01', cwd: dir });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.files.find((f) => f.path === 'COVERAGE.md')?.bytes.toString('utf8') ?? '';
}

/** The cells of a GFM table row: split at every `|` that is not escaped. */
const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** The rows of the table that follows `heading` (the first table after it). */
function table(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  let i = lines.indexOf(heading);
  expect(i).toBeGreaterThanOrEqual(0);
  while (!(lines[i] ?? '').startsWith('|')) i++;
  const rows: string[][] = [];
  for (; (lines[i] ?? '').startsWith('|'); i++) rows.push(cells(lines[i] as string));
  return rows;
}

describe('COVERAGE.md', () => {
  const body = [
    'files:',
    `  - {name: evil.exe, sha256: ${H.a}, md5: ${H.md5}, os: windows, role: payload}`,
    'network:',
    '  domains: [evil-c2.top]',
  ].join('\n');

  test('per rule, kinds × targets: what each console carries, counted', () => {
    const md = coverageMd(body);
    const rows = table(md, '## r');
    expect(rows[0]).toEqual(['kind', 'indicators', 'osquery', 'sigma', 'yara', 'defender']);
    const byKind = Object.fromEntries(rows.slice(2).map((r): [string, string[]] => [r[0] ?? '', r.slice(1)]));
    // Defender imports no MD5 and YARA has no network form; osquery, Sigma and YARA carry both hashes.
    expect(byKind['sha256']).toEqual(['1', '1', '1', '1', '1']);
    expect(byKind['md5']).toEqual(['1', '1', '1', '1', '—']);
    expect(byKind['domain']).toEqual(['1', '1', '1', '—', '1']);
  });

  test('the reasons, with their counts and the indicators concerned', () => {
    const md = coverageMd(body);
    const rows = table(md, '### Left out').slice(2);
    const defender = rows.find((r) => r[0] === 'defender' && /MD5/.test(r[2] ?? ''));
    expect(defender?.[1]).toBe('1');
    expect(defender?.[3]).toBe(`md5 \`${H.md5}\``);
    const yara = rows.find((r) => r[0] === 'yara' && /network/.test(r[2] ?? ''));
    expect(yara?.[3]).toBe('domain `evil-c2.top`');
  });

  test('the summary table at the top counts each rule per target', () => {
    const rows = table(coverageMd(body), '# Coverage');
    expect(rows[2]).toEqual(['[r](#r)', '4', expect.any(String), expect.any(String), '2', '2']);
  });

  test('a value with pipes, backticks and markup keeps every table row the shape of its header', () => {
    const hostile = 'a|b`c``<img src=x onerror=alert(1)>|_x_.exe';
    const md = coverageMd(`files:\n  - {name: ${JSON.stringify(hostile)}, os: windows, role: payload}`);
    for (const heading of ['### Left out', '## r']) {
      const rows = table(md, heading);
      for (const row of rows) expect(row).toHaveLength((rows[0] as string[]).length);
    }
    expect(md).not.toMatch(/(^|[^`])<img/);
  });

  test('a rule with many indicators lists ten per reason and counts the rest', () => {
    const hashes = Array.from({ length: 25 }, (_, i) => (i + 1).toString(16).padStart(64, 'e'));
    const md = coverageMd(
      `files:\n${hashes.map((h) => `  - {md5: ${h.slice(-32)}, os: windows, role: payload}`).join('\n')}`,
    );
    const row = table(md, '### Left out').find((r) => r[0] === 'defender');
    expect(row?.[1]).toBe('25');
    expect(row?.[3]).toMatch(/ and 15 more$/);
    expect(row?.[3]?.match(/`/g)).toHaveLength(20);
  });
});
