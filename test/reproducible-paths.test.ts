// The same rules give the same bytes wherever the repository is checked out and however the paths are
// given: no absolute path reaches manifest.json or coverage.json.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { displayBase } from '../src/load/discover.js';
import { targets } from '../targets/index.js';
import { removeDir, root, runInProcess, snapshotTree, tempDir } from './support/helpers.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

test('two checkouts, relative and absolute arguments: byte-identical output, no absolute path in it', async () => {
  const a = tempDir('iocc-checkout-a-');
  const b = join(tempDir('iocc-checkout-b-'), 'nested', 'deeper');
  dirs.push(a, b);
  mkdirSync(b, { recursive: true });
  for (const d of [a, b]) cpSync(join(root, 'rules'), join(d, 'rules'), { recursive: true });
  const asOf = ['--as-of', '2026-06-01'];
  expect((await runInProcess(['build', ...asOf], targets, a)).code).toBe(0);
  const r = await runInProcess(['build', join(b, 'rules'), '--out', join(b, 'dist'), ...asOf], targets, b);
  expect(r.code).toBe(0);
  const first = snapshotTree(join(a, 'dist'));
  expect(snapshotTree(join(b, 'dist'))).toEqual(first);
  for (const name of ['manifest.json', 'coverage.json']) {
    const text = Buffer.from(first[name] ?? '', 'base64').toString('utf8');
    expect(text).not.toContain(a);
    expect(text).toContain('"rules/3cx-desktopapp-2023.yaml');
  }
});

test('run from outside the project: paths relative to the project the rules are in, the same bytes', async () => {
  const project = tempDir('iocc-project-');
  const elsewhere = tempDir('iocc-elsewhere-');
  dirs.push(project, elsewhere);
  cpSync(join(root, 'rules'), join(project, 'rules'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{}\n');
  const asOf = ['--as-of', '2026-06-01'];
  expect((await runInProcess(['build', ...asOf], targets, project)).code).toBe(0);
  const out = join(elsewhere, 'dist');
  const r = await runInProcess(['build', join(project, 'rules'), '--out', out, ...asOf], targets, elsewhere);
  expect(r.code).toBe(0);
  expect(snapshotTree(out)).toEqual(snapshotTree(join(project, 'dist')));
  const bad = join(project, 'rules', 'bad.yaml');
  writeFileSync(bad, 'iocc: 1\nid: Bad\n');
  const v = await runInProcess(['validate', bad], targets, elsewhere);
  expect(v.stderr).toContain('rules/bad.yaml:2:5: error:');
  expect(v.stderr).not.toContain(project);
});

test('rules outside the working folder are named from the nearest folder above with package.json or .git', () => {
  const elsewhere = tempDir('iocc-elsewhere-');
  const project = tempDir('iocc-project-');
  const repo = tempDir('iocc-repo-');
  dirs.push(elsewhere, project, repo);
  writeFileSync(join(project, 'package.json'), '{}\n');
  mkdirSync(join(project, 'detections', 'windows', 'deep'), { recursive: true });
  mkdirSync(join(repo, '.git'));
  mkdirSync(join(repo, 'rules', 'linux'), { recursive: true });
  expect(displayBase(join(project, 'detections', 'windows', 'deep', 'x.yaml'), elsewhere)).toBe(project);
  expect(displayBase(join(project, 'detections'), elsewhere)).toBe(project);
  expect(displayBase(join(repo, 'rules', 'linux', 'x.yaml'), elsewhere)).toBe(repo);
  expect(displayBase(join(elsewhere, 'rules', 'x.yaml'), elsewhere)).toBe(elsewhere);
});
