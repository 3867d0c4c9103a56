import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';
import type { Io } from '../../src/commands/common.js';
import type { AnyTarget } from '../../src/target.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = join(root, 'test', 'fixtures');
export const ruleFile = join(root, 'rules', '3cx-desktopapp-2023.yaml');

export function tempDir(prefix = 'iocc-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A throwaway project folder with a copy of rules/ (and nothing else). */
export function tempProject(): string {
  const dir = tempDir();
  cpSync(join(root, 'rules'), join(dir, 'rules'), { recursive: true });
  return dir;
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the compiled `iocc` in a child process, as a user would. */
export function cli(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'iocc.js'), ...args], {
    cwd: opts.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs iocc in this process with the given targets (for targets that exist only in the tests). */
export async function runInProcess(
  args: readonly string[],
  targets: readonly AnyTarget[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (s) => (stdout += `${s}\n`), err: (s) => (stderr += `${s}\n`), color: false, cwd, env };
  const code = await run(args, io, targets);
  return { code, stdout, stderr };
}

/** Every file under `dir` with its bytes, for byte-for-byte comparisons. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const rel = prefix === '' ? name : `${prefix}/${name}`;
      if (statSync(full).isDirectory()) walk(full, rel);
      else out[rel] = readFileSync(full).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

/** No JavaScript stack frame ("    at fn (file:line:col)") in a command's output. */
export const hasStackTrace = (s: string): boolean => /^\s+at .+(\(|:\d+:\d+)/m.test(s) || /node:internal/.test(s);
