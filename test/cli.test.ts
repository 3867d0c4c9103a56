// The real `iocc` binary in a child process, as a user runs it: exit codes, the three output formats,
// help, and no stack trace for any mistake of the user's.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { colorAllowed } from '../src/cli.js';
import { formatText } from '../src/format.js';
import { cli, hasStackTrace, removeDir, root, snapshotTree, tempProject } from './support/helpers.js';

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
let project: string;
const fullHash = 'dde03348075512796241389dfea5560c20a3d2a2eac95c894e7bbed5e85a0acc';
const shortHash = fullHash.slice(0, 63);
/** line:col of the hash in the rule (where the error must point). */
let at = '';

beforeAll(() => {
  project = tempProject();
  const good = readFileSync(join(project, 'rules/3cx-desktopapp-2023.yaml'), 'utf8');
  mkdirSync(join(project, 'bad'));
  // The issue's own example: a sha256 one character short.
  writeFileSync(join(project, 'bad/short-hash.yaml'), good.replace(fullHash, shortHash));
  const lines = good.split('\n');
  const line = lines.findIndex((l) => l.includes(fullHash));
  at = `${line + 1}:${(lines[line] ?? '').indexOf(fullHash) + 1}`;
});
afterAll(() => removeDir(project));

describe('exit codes and help', () => {
  test('--help explains the commands with examples; --version prints the version', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Exit codes: 0 ok, 1 rule or build errors, 2 usage errors.');
    for (const c of ['build', 'validate', 'targets']) {
      const sub = cli([c, '--help']);
      expect(sub.code, c).toBe(0);
      expect(sub.stdout, c).toMatch(/Usage: iocc /);
    }
    expect(cli(['build', '--help']).stdout).toContain('--check');
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  test('usage mistakes exit 2 without a stack trace', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['build', '--no-such-flag'],
      ['build', '--format', 'xml'],
      ['validate', 'no/such/rules'],
      ['build', '--as-of', '2026-13-01'],
      ['build', '--set', 'x'],
    ]) {
      const r = cli(args, { cwd: project });
      expect(r.code, args.join(' ')).toBe(2);
      expect(hasStackTrace(r.stdout + r.stderr), args.join(' ')).toBe(false);
    }
    expect(cli(['validate', 'no/such/rules'], { cwd: project }).stderr).toContain(
      'iocc: error: no such file or directory: no/such/rules',
    );
  });

  test('the shipped rules validate, build and check clean', () => {
    expect(cli(['validate'], { cwd: project })).toMatchObject({ code: 0 });
    const b = cli(['build'], { cwd: project });
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^iocc: compiled 6 rule\(s\), \d+ observables/);
    const first = snapshotTree(join(project, 'dist'));
    expect(cli(['build'], { cwd: project }).code).toBe(0);
    expect(snapshotTree(join(project, 'dist'))).toEqual(first);
    expect(cli(['build', '--check'], { cwd: project })).toMatchObject({ code: 0 });
  });

  test('a 63-character sha256 exits 1 with file:line:col: error: … [code]', () => {
    const r = cli(['validate', 'bad/short-hash.yaml'], { cwd: project });
    expect(r.code).toBe(1);
    expect(at).toMatch(/^\d+:13$/);
    expect(r.stderr).toMatch(
      new RegExp(
        `^bad/short-hash\\.yaml:${at}: error: files\\[\\d+\\]\\.sha256 must be 64 hex characters, got 63 ` +
          `\\[hash-length\\]$`,
        'm',
      ),
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('a reader that stops early', () => {
  test('`iocc build | head -0`: the build completes, exit 0, no stack trace', async () => {
    const dir = tempProject();
    try {
      const child = spawn(process.execPath, [join(root, 'bin', 'iocc.js'), 'build'], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Like `| head -0`: the reader is gone before iocc writes its first line.
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(hasStackTrace(stderr), stderr).toBe(false);
      expect(code).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'dist', 'manifest.json'), 'utf8'))).toMatchObject({ generator: 'iocc' });
    } finally {
      removeDir(dir);
    }
  });
});

describe('output formats', () => {
  test('json is one document with every diagnostic', () => {
    const r = cli(['validate', 'bad/short-hash.yaml', '--format', 'json'], { cwd: project });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { ok: boolean; diagnostics: unknown[] };
    expect(doc.ok).toBe(false);
    expect(doc.diagnostics).toContainEqual({
      file: 'bad/short-hash.yaml',
      line: Number(at.split(':')[0]),
      col: 13,
      severity: 'error',
      code: 'hash-length',
      message: 'files[3].sha256 must be 64 hex characters, got 63',
      hint: 'a character is missing or extra; copy the value again from its source',
    });
    expect(r.stderr).toBe('');
  });

  test('github prints workflow commands with file, line and col', () => {
    const r = cli(['validate', 'bad/short-hash.yaml', '--format', 'github'], { cwd: project });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error file=bad/short-hash.yaml,line=${at.split(':')[0]},col=13,title=iocc ` +
        `hash-length::files[3].sha256 must be 64 hex characters, got 63 (hint: a character is missing or ` +
        `extra; copy the value again from its source)\n`,
    );
  });

  test('text is plain unless on a terminal without NO_COLOR', () => {
    expect(cli(['validate', 'bad/short-hash.yaml'], { cwd: project, env: { NO_COLOR: '' } }).stderr).not.toContain(
      '\u001b[',
    );
    expect(colorAllowed(true, {})).toBe(true);
    expect(colorAllowed(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorAllowed(false, {})).toBe(false);
    const d = { file: 'f', line: 1, col: 2, severity: 'error' as const, code: 'c', message: 'm' };
    expect(formatText(d, true)).toContain('\u001b[31merror');
    expect(formatText(d, false)).toBe('f:1:2: error: m [c]');
  });
});
