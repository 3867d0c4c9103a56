// `iocc build --target …` replaces only the selected targets' folders: the others stay as they are,
// and manifest.json, SHA256SUMS and coverage.json describe exactly what is on disk.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { targets } from '../targets/index.js';
import { removeDir, runInProcess, snapshotTree, tempDir } from './support/helpers.js';
import { H, ruleText } from './support/rules.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const files = (hashes: string[]): string =>
  `files:\n${hashes
    .map((h) => `  - {name: x${h.slice(-1)}.exe, sha256: ${h}, os: windows, role: payload}`)
    .join('\n')}`;

function project(hashes: string[]): string {
  const dir = tempDir('iocc-partial-');
  dirs.push(dir);
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'r.yaml'), ruleText('r', files(hashes)));
  return dir;
}

// The targets these tests know (others are added to the registry as iocc grows).
const four = ['-t', 'osquery,sigma,yara,defender'];
const iocc = (dir: string, ...args: string[]) =>
  runInProcess(['build', '--as-of', '2026-06-01', ...(args.length === 0 ? four : args)], targets, dir);

/** Every line of SHA256SUMS names a file whose bytes have that digest, and every file is listed. */
function sumsHold(dist: string): void {
  const tree = snapshotTree(dist);
  const lines = readFileSync(join(dist, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const listed = lines.map((l) => {
    const [sum, path] = l.split('  ') as [string, string];
    expect(
      createHash('sha256')
        .update(readFileSync(join(dist, path)))
        .digest('hex'),
    ).toBe(sum);
    return path;
  });
  expect(listed.sort()).toEqual(
    Object.keys(tree)
      .filter((p) => p !== 'SHA256SUMS')
      .sort(),
  );
}

describe('partial builds', () => {
  test('building one target keeps the others: the folder is byte for byte what a full build writes', async () => {
    const dir = project([H.a]);
    expect((await iocc(dir)).code).toBe(0);
    const full = snapshotTree(join(dir, 'dist'));
    const r = await iocc(dir, '--target', 'yara');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'dist', 'osquery', 'r.conf'))).toBe(true);
    expect(snapshotTree(join(dir, 'dist'))).toEqual(full);
  });

  test('after a rule change, the kept targets are untouched and the reports say what is on disk', async () => {
    const dir = project([H.a]);
    expect((await iocc(dir)).code).toBe(0);
    const osqueryBefore = readFileSync(join(dir, 'dist', 'osquery', 'r.conf'));
    writeFileSync(join(dir, 'rules', 'r.yaml'), ruleText('r', files([H.a, H.b])));
    const r = await iocc(dir, '-t', 'yara');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('dist/manifest.json:1:1: warning: kept dist/osquery/ as it is');
    const dist = join(dir, 'dist');
    expect(readFileSync(join(dist, 'osquery', 'r.conf'))).toEqual(osqueryBefore);
    expect(readFileSync(join(dist, 'yara', 'r.yar'), 'utf8')).toContain(H.b);
    sumsHold(dist);
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
      targets: { id: string }[];
      artifacts: { path: string; sha256: string }[];
    };
    expect(manifest.targets.map((t) => t.id)).toEqual(['osquery', 'sigma', 'yara', 'defender']);
    for (const a of manifest.artifacts)
      expect(
        createHash('sha256')
          .update(readFileSync(join(dist, a.path)))
          .digest('hex'),
      ).toBe(a.sha256);
    const coverage = JSON.parse(readFileSync(join(dist, 'coverage.json'), 'utf8')) as {
      reasons: string[];
      rules: { observables: { id: string; carried_by: string[]; not_carried: Record<string, number> }[] }[];
    };
    const obs = coverage.rules[0]?.observables ?? [];
    const newHash = obs.find((o) => o.id === `sha256:${H.b}`);
    expect(newHash?.carried_by).toEqual(['yara']);
    expect(coverage.reasons[newHash?.not_carried['osquery'] ?? -1]).toMatch(/^not in the osquery artifacts on disk/);
    expect(obs.find((o) => o.id === `sha256:${H.a}`)?.carried_by).toEqual(['osquery', 'sigma', 'yara', 'defender']);
  });

  test('a kept artifact changed by hand is not vouched for: exit 1, the folder unchanged', async () => {
    const dir = project([H.a]);
    expect((await iocc(dir)).code).toBe(0);
    writeFileSync(join(dir, 'dist', 'osquery', 'r.conf'), '{}\n');
    const before = snapshotTree(join(dir, 'dist'));
    const r = await iocc(dir, '-t', 'yara');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dist/osquery/r.conf was changed after iocc wrote it');
    expect(snapshotTree(join(dir, 'dist'))).toEqual(before);
  });

  test('a first build of one target writes only that target', async () => {
    const dir = project([H.a]);
    expect((await iocc(dir, '-t', 'sigma')).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'dist', 'manifest.json'), 'utf8')) as {
      targets: { id: string }[];
    };
    expect(manifest.targets.map((t) => t.id)).toEqual(['sigma']);
    expect(existsSync(join(dir, 'dist', 'yara'))).toBe(false);
  });
});
