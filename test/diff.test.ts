// `iocc diff`: what a change does to the detections, per rule and target, in four formats (goldens
// reviewed by hand in test/fixtures/diff/), against folders, git revisions and a build made now.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { codeSpan } from '../src/util/markdown.js';
import { targets } from '../targets/index.js';
import { fixtures, removeDir, runInProcess, tempDir } from './support/helpers.js';
import { H, ruleText } from './support/rules.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const diffDir = join(fixtures, 'diff');

describe('iocc diff: golden outputs', () => {
  test.each(['text', 'json', 'markdown', 'github'])('%s', async (format) => {
    const r = await runInProcess(['diff', 'old', 'new', '--format', format], targets, diffDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(diffDir, `expected.${format}.txt`), 'utf8'));
  });

  test('the JSON form parses and counts what the text form lists', async () => {
    const r = await runInProcess(['diff', 'old', 'new', '--format', 'json'], targets, diffDir);
    const j = JSON.parse(r.stdout) as { summary: { rules: number; indicators: Record<string, number> } };
    expect(j.summary).toEqual({ rules: 3, indicators: { added: 2, removed: 1, changed: 1 }, artifacts: 3 });
  });

  test('a value can never leave its Markdown code span', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        const span = codeSpan(s);
        const fence = /^`+/.exec(span)?.[0] ?? '';
        expect(span.endsWith(fence)).toBe(true);
        const inner = span.slice(fence.length, span.length - fence.length);
        // No run of backticks inside as long as the fence, so the span closes only at its end.
        expect(inner.includes(fence)).toBe(false);
        const flat = s.replace(/[\r\n\t]/g, ' ');
        expect(inner === flat || inner === ` ${flat} `).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

function project(body: string): string {
  const dir = tempDir('iocc-diff-');
  dirs.push(dir);
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'r.yaml'), ruleText('r', body));
  return dir;
}
const before =
  `files:\n  - {name: a.exe, sha256: ${H.a}, md5: ${H.md5}, os: windows, role: payload}\nnetwork:\n  ` +
  `domains: [evil-one.top]`;
const after =
  `files:\n  - {name: a.exe, sha256: ${H.a}, os: windows, role: payload}\nnetwork:\n  domains: ` +
  `[evil-one.top, evil-two.top]`;
// The targets these tests know (others are added to the registry as iocc grows).
const iocc = (dir: string, ...args: string[]) =>
  runInProcess([...args, '--as-of', '2026-06-01', '-t', 'osquery,sigma,yara,defender'], targets, dir);

describe('iocc diff against a build made now', () => {
  test('dist/ against the edited rules: one hash removed, one domain added, per target', async () => {
    const dir = project(before);
    expect((await iocc(dir, 'build')).code).toBe(0);
    writeFileSync(join(dir, 'rules', 'r.yaml'), ruleText('r', after));
    const r = await iocc(dir, 'diff', '--format', 'json', '--exit-code');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as {
      rules: { id: string; added: { id: string }[]; removed: { id: string }[]; targets: Record<string, unknown> }[];
    };
    expect(j.rules.map((x) => [x.id, x.added.map((a) => a.id), x.removed.map((a) => a.id)])).toEqual([
      ['r', ['domain:evil-two.top'], [`md5:${H.md5}`]],
    ]);
    expect(j.rules[0]?.targets['defender']).toEqual({ added: 1, removed: 0 });
    expect(j.rules[0]?.targets['yara']).toEqual({ added: 0, removed: 1 });
  });

  test('build --check prints the same summary when it fails', async () => {
    const dir = project(before);
    expect((await iocc(dir, 'build')).code).toBe(0);
    writeFileSync(join(dir, 'rules', 'r.yaml'), ruleText('r', after));
    const r = await iocc(dir, 'build', '--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('  + domain evil-two.top: carried by osquery, sigma, defender; not by yara\n');
    expect(r.stderr).toContain(`  - md5 ${H.md5}: was carried by`);
    expect(r.stderr).toContain('summary: 1 rule (1 changed); indicators: 1 added, 1 removed, 0 changed');
  });

  test('no change: exit 0 even with --exit-code, and says so', async () => {
    const dir = project(before);
    expect((await iocc(dir, 'build')).code).toBe(0);
    const r = await iocc(dir, 'diff', '--exit-code');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('summary: no change');
  });

  test('a git revision: dist/ as a commit holds it', async () => {
    const dir = project(before);
    expect((await iocc(dir, 'build')).code).toBe(0);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'first');
    writeFileSync(join(dir, 'rules', 'r.yaml'), ruleText('r', after));
    expect((await iocc(dir, 'build')).code).toBe(0);
    const r = await iocc(dir, 'diff', 'main', 'dist');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('iocc diff: main:dist/ → dist/');
    expect(r.stdout).toContain('  + domain evil-two.top:');
  });

  test('something that is neither a folder nor a revision is a usage error', async () => {
    const dir = project(before);
    const r = await iocc(dir, 'diff', 'no-such-thing');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-thing is neither a folder nor a git revision here');
  });
});
