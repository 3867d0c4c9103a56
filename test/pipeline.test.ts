// The core pipeline with a target that exists only in the tests: what dist/ holds, determinism,
// atomicity, refusal to clobber, --check, options and coverage accounting.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AnyTarget } from '../src/target.js';
import { echoTarget, forgetfulTarget, limitedTarget, misplacingTarget, throwingTarget } from './support/echo-target.js';
import { hasStackTrace, removeDir, runInProcess, snapshotTree, tempDir } from './support/helpers.js';
import { H, ruleText } from './support/rules.js';

const targets: readonly AnyTarget[] = [echoTarget];
let dir: string;

const write = (rel: string, text: string): void => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
const iocc = (args: string[], ts: readonly AnyTarget[] = targets) =>
  runInProcess(args, ts, dir, { SOURCE_DATE_EPOCH: '1767225600' });
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

const ruleA = ruleText(
  'rule-a',
  `files:\n  - {name: x.exe, sha256: ${H.a}, md5: ${H.md5}}\nnetwork:\n  domains: [evil.example.com]`,
);
const ruleB = ruleText(
  'rule-b',
  `files: [{sha256: ${H.b}}]\nsoftware: [{name: App, os: windows, versions: ["1.0"]}]`,
  'targets: {echo: {label: custom}}',
);

beforeEach(() => {
  dir = tempDir();
  write('rules/a.yaml', ruleA);
  write('rules/sub/b.yaml', ruleB);
});
afterEach(() => removeDir(dir));

// The parts of manifest.json and coverage.json these tests read.
interface Manifest {
  readonly rules: readonly { id: string; source: string }[];
  readonly artifacts: readonly { path: string; sha256: string; size: number; indicators: number; rules: string[] }[];
}
interface CoverageObservable {
  id: string;
  source: string;
  carried_by: string[];
  not_carried: Record<string, number>;
}
interface Coverage {
  readonly summary: unknown;
  readonly reasons: readonly string[];
  readonly rules: readonly { id: string; observables: readonly CoverageObservable[] }[];
}
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const echoArtifact = (name: string) =>
  readJson(join(dir, 'dist/echo', name)) as { label: string; level: number; values: string[] };

describe('iocc build', () => {
  test('writes the artifacts, coverage.json, manifest.json and SHA256SUMS', async () => {
    const r = await iocc(['build']);
    expect(r.code).toBe(0);
    const files = Object.keys(snapshotTree(join(dir, 'dist')));
    expect(files).toEqual([
      'COVERAGE.md',
      'SHA256SUMS',
      'coverage.json',
      'echo/rule-a.json',
      'echo/rule-b.json',
      'manifest.json',
    ]);
    const manifest = readJson(join(dir, 'dist/manifest.json')) as Manifest;
    expect(manifest).toMatchObject({
      generator: 'iocc',
      format_version: 1,
      rule_format_version: 1,
      targets: [{ id: 'echo', options: { include_md5: false, label: 'echo', level: 1 } }],
    });
    expect(manifest.rules.map((x) => `${x.id} ${x.source}`)).toEqual([
      'rule-a rules/a.yaml',
      'rule-b rules/sub/b.yaml',
    ]);
    for (const a of manifest.artifacts) {
      const bytes = readFileSync(join(dir, 'dist', a.path));
      expect(a.sha256).toBe(sha256(bytes));
      expect(a.size).toBe(bytes.length);
    }
    expect(manifest.artifacts.map((a) => `${a.path} ${a.indicators} ${a.rules.join(',')}`)).toEqual([
      'echo/rule-a.json 2 rule-a',
      'echo/rule-b.json 1 rule-b',
    ]);
    // SHA256SUMS covers every other file, in the format sha256sum -c reads.
    const sums = readFileSync(join(dir, 'dist/SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split('  ')[1])).toEqual([
      'COVERAGE.md',
      'coverage.json',
      'echo/rule-a.json',
      'echo/rule-b.json',
      'manifest.json',
    ]);
    for (const l of sums) {
      const [hash, path] = l.split('  ');
      expect(sha256(readFileSync(join(dir, 'dist', path!)))).toBe(hash);
    }
    // rule-level options apply to that rule only
    expect(echoArtifact('rule-b.json').label).toBe('custom');
    expect(echoArtifact('rule-a.json').label).toBe('echo');
  });

  test('coverage.json accounts for every observable, with the reason when not carried', async () => {
    await iocc(['build']);
    const cov = readJson(join(dir, 'dist/coverage.json')) as Coverage;
    expect(cov.summary).toEqual({ observables: 6, by_target: { echo: { carried: 3, not_carried: 3 } } });
    const a = cov.rules.find((r) => r.id === 'rule-a')!.observables;
    const reason = (o: CoverageObservable) =>
      Object.fromEntries(Object.entries(o.not_carried).map(([t, i]) => [t, cov.reasons[i]]));
    expect(a.map((o) => [o.id, o.source, o.carried_by, reason(o)])).toEqual([
      [`sha256:${H.a}`, 'rules/a.yaml:10:27', ['echo'], {}],
      [`md5:${H.md5}`, 'rules/a.yaml:10:98', [], { echo: 'echo does not carry md5' }],
      ['file-name:any:x.exe', 'rules/a.yaml:10:12', [], { echo: 'echo does not carry file-name' }],
      ['domain:evil.example.com', 'rules/a.yaml:12:13', ['echo'], {}],
    ]);
    // One line per observable, so a diff of coverage.json shows what changed.
    expect(readFileSync(join(dir, 'dist/coverage.json'), 'utf8')).toContain(
      `\n        {"id":"sha256:${H.a}","source":"rules/a.yaml:10:27","carried_by":["echo"],"not_carried":{}},\n`,
    );
  });

  test('the same input gives the same bytes, in any folder and on every run', async () => {
    await iocc(['build']);
    const first = snapshotTree(join(dir, 'dist'));
    await iocc(['build']);
    expect(snapshotTree(join(dir, 'dist'))).toEqual(first);
    await iocc(['build', '--out', 'other']);
    expect(snapshotTree(join(dir, 'other'))).toEqual(first);
  });

  test('a failing build leaves the previous dist/ byte for byte as it was', async () => {
    await iocc(['build']);
    const before = snapshotTree(join(dir, 'dist'));
    write('rules/c.yaml', ruleText('rule-c', `files: [{sha256: ${H.c.slice(1)}}]`));
    const bad = await iocc(['build']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'rules/c.yaml:9:18: error: files[0].sha256 must be 64 hex characters, got 63 [hash-length]',
    );
    expect(bad.stderr).toContain('dist left unchanged');
    expect(snapshotTree(join(dir, 'dist'))).toEqual(before);
    rmSync(join(dir, 'rules/c.yaml'));
    const crash = await iocc(['build'], [echoTarget, throwingTarget]);
    expect(crash.code).toBe(1);
    expect(crash.stderr).toMatch(/error: target throwing failed: boom \[target-failed\]/);
    expect(hasStackTrace(crash.stderr)).toBe(false);
    expect(snapshotTree(join(dir, 'dist'))).toEqual(before);
  });

  test('refuses to replace what it did not create, a file, a symlink, the project or the rules', async () => {
    write('foreign/notes.txt', 'mine');
    write('afile', 'x');
    symlinkSync(join(dir, 'foreign'), join(dir, 'link'));
    for (const [out, why] of [
      ['foreign', 'it was not created by iocc'],
      ['afile', 'it is not a directory'],
      ['link', 'it is a symbolic link'],
      ['.', 'it contains the working directory'],
      ['..', 'it contains the working directory'],
      ['/', 'it is the root of the file system'],
      ['rules', 'it contains the rules'],
    ] as const) {
      const r = await iocc(['build', '--out', out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toContain(why);
    }
    expect(readFileSync(join(dir, 'foreign/notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(dir, 'afile'), 'utf8')).toBe('x');
    // An empty folder is fine.
    mkdirSync(join(dir, 'empty'));
    expect((await iocc(['build', '--out', 'empty'])).code).toBe(0);
  });

  test('--check passes on a fresh build and names every difference', async () => {
    await iocc(['build']);
    expect(await iocc(['build', '--check'])).toMatchObject({ code: 0 });
    writeFileSync(join(dir, 'dist/echo/rule-a.json'), 'tampered');
    writeFileSync(join(dir, 'dist/extra.txt'), 'x');
    rmSync(join(dir, 'dist/echo/rule-b.json'));
    const r = await iocc(['build', '--check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('changed dist/echo/rule-a.json');
    expect(r.stderr).toContain('missing dist/echo/rule-b.json');
    expect(r.stderr).toContain('extra   dist/extra.txt');
    expect(readFileSync(join(dir, 'dist/echo/rule-a.json'), 'utf8')).toBe('tampered');
    await iocc(['build']);
    write('rules/a.yaml', ruleA.replace('evil.example.com', 'other.example.com'));
    const changed = await iocc(['build', '--check']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/changed dist\/echo\/rule-a\.json/);
  });

  test('a build killed between its two renames is repaired by the next one', async () => {
    await iocc(['build']);
    const before = snapshotTree(join(dir, 'dist'));
    renameSync(join(dir, 'dist'), join(dir, '.dist.iocc-old-999999-dead'));
    mkdirSync(join(dir, '.dist.iocc-tmp-999999-dead'));
    expect((await iocc(['build', '--check'])).code).toBe(1);
    expect((await iocc(['build'])).code).toBe(0);
    expect(snapshotTree(join(dir, 'dist'))).toEqual(before);
    expect(existsSync(join(dir, '.dist.iocc-old-999999-dead'))).toBe(false);
    expect(existsSync(join(dir, '.dist.iocc-tmp-999999-dead'))).toBe(false);
  });

  test('a build in progress holds a lock that a second build respects', async () => {
    mkdirSync(join(dir, '.dist.iocc-lock'));
    writeFileSync(join(dir, '.dist.iocc-lock/pid'), String(process.pid));
    const r = await iocc(['build']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`another iocc build (pid ${process.pid}) is writing`);
    writeFileSync(join(dir, '.dist.iocc-lock/pid'), '999999'); // a dead build's lock is taken over
    expect((await iocc(['build'])).code).toBe(0);
    expect(existsSync(join(dir, '.dist.iocc-lock'))).toBe(false);
  });
});

describe('targets, options and coverage accounting', () => {
  test('--target selects targets; an unknown one is a usage error with a suggestion', async () => {
    const r = await iocc(['build', '--target', 'ecko']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown target ecko\n    hint: did you mean 'echo'?");
  });

  test('--set sets build-wide options; bad values are usage errors', async () => {
    expect((await iocc(['build', '--set', 'echo.level=3', '--set', 'echo.include_md5=true'])).code).toBe(0);
    const a = echoArtifact('rule-a.json');
    expect(a.level).toBe(3);
    expect(a.values).toContain(H.md5);
    for (const bad of ['echo.level=99', 'echo.levl=3', 'nope.x=1', 'echo']) {
      const r = await iocc(['build', '--set', bad]);
      expect(r.code, bad).toBe(2);
    }
  });

  test('rule options are checked against the target, with their place', async () => {
    write('rules/sub/b.yaml', ruleB.replace('{label: custom}', '{labl: custom, level: 0}'));
    const r = await iocc(['validate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'rules/sub/b.yaml:9:18: error: targets.echo.labl: target echo has no option labl [unknown-option]\n  ' +
        "  hint: did you mean 'label'?",
    );
    expect(r.stderr).toContain(
      'rules/sub/b.yaml:9:39: error: targets.echo.level must be between 1 and 9 [option-value]',
    );
  });

  test('a target that drops an observable without a word fails the build', async () => {
    const r = await iocc(['build'], [echoTarget, forgetfulTarget]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'rules/a.yaml:12:13: error: target forgetful neither carried nor explained domain evil.example.com ' +
        '[coverage-gap]',
    );
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  test(
    'a failure is reported at the rule that caused it; a limit of the consumer is the rule author’s error, ' +
      'not a bug',
    async () => {
      write('rules/a.yaml', ruleText('small-a', 'network: {domains: [a.example.net]}'));
      write('rules/z.yaml', ruleText('big-z', 'network: {domains: [z.example.net]}'));
      const r = await iocc(['build'], [echoTarget, limitedTarget]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('rules/z.yaml:1:1: error: limited: rule big-z is too big [limited-too-big]');
      expect(r.stderr).toContain('hint: split it');
      expect(r.stderr).not.toMatch(/bug in iocc|rules\/a\.yaml:1:1: error/);
      write('rules/b.yaml', ruleText('boom-b', 'network: {domains: [b.example.net]}'));
      const crash = await iocc(['build'], [echoTarget, throwingTarget]);
      expect(crash.stderr).toContain('rules/a.yaml:1:1: error: target throwing failed: boom [target-failed]');
      expect(crash.stderr).toContain('rules/b.yaml:1:1: error: target throwing failed: boom [target-failed]');
    },
  );

  test('an observable claimed as carried but placed in no artifact is a coverage gap', async () => {
    write('rules/a.yaml', ruleText('rule-a', 'network: {domains: [evil.example.com]}'));
    const r = await iocc(['build'], [echoTarget, misplacingTarget]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error: target misplacing neither carried nor explained domain evil.example.com [coverage-gap]',
    );
  });

  test('--strict turns warnings into errors', async () => {
    write('rules/c.yaml', ruleText('rule-c', "network: {domains: ['c2[.]example[.]net']}"));
    expect((await iocc(['validate'])).code).toBe(0);
    const r = await iocc(['validate', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: defanged value');
  });
});
