// Errors of the machine are not bugs: a full disk while writing dist/ is one clear message naming the
// path and what to do, exit 1, and dist/ unchanged; a FIFO or socket in the rules folder is reported.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { build } from '../src/build.js';
import { targets } from '../targets/index.js';
import { hasStackTrace, removeDir, runInProcess, snapshotTree, tempDir } from './support/helpers.js';
import { H, ruleText } from './support/rules.js';

// The disk fills up at the third file written while the flag is on (ENOSPC carries no path, as from write(2)).
const disk = vi.hoisted(() => ({ full: false, writes: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  // The folder sink writes each chunk with writeFileSync on the open file.
  const writeFileSync = ((...args: Parameters<typeof real.writeFileSync>) => {
    if (disk.full && ++disk.writes === 3)
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    return real.writeFileSync(...args);
  }) as typeof real.writeFileSync;
  return { ...real, default: { ...real, writeFileSync }, writeFileSync };
});

const dirs: string[] = [];
afterEach(() => {
  disk.full = false;
  dirs.splice(0).forEach(removeDir);
});

function project(): string {
  const dir = tempDir('iocc-env-');
  dirs.push(dir);
  fs.mkdirSync(join(dir, 'rules'));
  fs.writeFileSync(
    join(dir, 'rules', 'r.yaml'),
    ruleText('r', `files:\n  - {sha256: ${H.a}, os: windows, role: payload}`),
  );
  return dir;
}

describe('errors of the environment', () => {
  test('a full disk while writing dist/: the path and what to do, exit 1, dist/ unchanged, no temp left', async () => {
    const dir = project();
    const iocc = (...a: string[]) => runInProcess(['build', '--as-of', '2026-06-01', ...a], targets, dir);
    expect((await iocc()).code).toBe(0);
    const before = snapshotTree(join(dir, 'dist'));
    fs.writeFileSync(
      join(dir, 'rules', 'r.yaml'),
      ruleText('r', `files:\n  - {sha256: ${H.b}, os: windows, role: payload}`),
    );
    disk.full = true;
    disk.writes = 0;
    const r = await iocc();
    disk.full = false;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        String.raw`^iocc: error: cannot write \S+\/\.dist\.iocc-tmp-\d+-[0-9a-f]+\/\S+: no space left on the device; ` +
          String.raw`free some space and build again \(ENOSPC\); dist is unchanged\n$`,
      ),
    );
    expect(r.stderr).not.toContain('bug in iocc');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(snapshotTree(join(dir, 'dist'))).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['dist', 'rules']);
  });

  test('a FIFO named as a rule is an error, a socket or FIFO of another name a warning; neither blocks a build', () => {
    const dir = project();
    execFileSync('mkfifo', [join(dir, 'rules', 'pipe.yaml'), join(dir, 'rules', 'notes')]);
    const r = build({ inputs: ['rules'], registry: targets, selected: targets, asOf: '2026-06-01', cwd: dir });
    expect(r.diagnostics.filter((d) => d.code === 'special-file').map((d) => `${d.severity} ${d.file}`)).toEqual([
      'warning rules/notes',
      'error rules/pipe.yaml',
    ]);
    expect(r.ok).toBe(false);
  });
});
