// The corpus of bad rule files: each file names, in its first line, every error it must produce
// (`# expect: code line:col, …`); the run must report exactly those errors and fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { targets } from '../targets/index.js';
import { cli, fixtures, hasStackTrace, root, runInProcess } from './support/helpers.js';

const badDir = join(fixtures, 'bad');
const files = readdirSync(badDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function header(file: string): string[] {
  return readFileSync(join(badDir, file), 'latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .split(/\r\n|\r|\n/)
    .slice(0, 2);
}

function expectations(file: string): string[] {
  const m = /^# expect: (.+)$/.exec(header(file)[0] ?? '');
  if (m === null) throw new Error(`${file} has no "# expect:" line`);
  return (m[1] ?? '').split(',').map((s) => s.trim());
}

/** `# options: strict` on the second line: the file's problems are warnings, made errors by --strict. */
const strict = (file: string): boolean => header(file)[1] === '# options: strict';

describe('bad rule corpus', () => {
  test('has at least 60 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  test.each(files)('%s gives exactly its expected errors', (file) => {
    const result = build({
      inputs: [join('test/fixtures/bad', file)],
      registry: targets,
      selected: targets,
      asOf: '2026-01-01',
      cwd: root,
      strict: strict(file),
    });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(errors.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual(expectations(file));
    for (const d of errors) expect(d.file).toBe(`test/fixtures/bad/${file}`);
  });

  test.each(files)('%s: the CLI exits 1 with located diagnostics and no stack trace', async (file) => {
    const r = await runInProcess(
      ['validate', ...(strict(file) ? ['--strict'] : []), join('test/fixtures/bad', file)],
      targets,
      root,
    );
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.stderr).toMatch(
      new RegExp(`^test/fixtures/bad/${file.replace(/\./g, '\\.')}:\\d+:\\d+: error: .+ \\[[a-z0-9-]+\\]$`, 'm'),
    );
  });

  test('the whole corpus through the real binary: exit 1, every file reported, no stack trace', () => {
    const r = cli(['validate', '--strict', 'test/fixtures/bad']);
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    for (const file of files) expect(r.stderr).toContain(`test/fixtures/bad/${file}:`);
  });
});
