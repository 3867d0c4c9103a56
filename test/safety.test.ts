// Nothing lost, nothing clobbered: a build killed at any moment leaves the previous dist/ whole, two
// builds at once never mix, outputs cannot escape dist/, symbolic links cannot smuggle rules in, TLP:RED
// stays out unless allowed, and huge or hostile files fail with a located error.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import type { Target } from '../src/target.js';
import { cli, hasStackTrace, removeDir, root, runInProcess, snapshotTree, tempDir } from './support/helpers.js';
import { ruleText } from './support/rules.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('iocc-safety-');
});
afterEach(() => removeDir(dir));

const write = (rel: string, text: string): void => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
};

/** A rule with `n` SHA-256 values derived from `seed`, so every target writes a lot. */
function bigRule(seed: string, n: number): string {
  const lines = ['files:'];
  for (let i = 0; i < n; i++)
    lines.push(
      `  - {name: f${i}.exe, sha256: ` +
        `"${(seed + i.toString(16).padStart(8, '0')).padEnd(64, '0').slice(0, 64)}", os: windows, role: payload}`,
    );
  return ruleText('big', lines.join('\n'));
}

function spawnBuild(args: string[]): { done: Promise<{ code: number | null; stderr: string }>; kill: () => void } {
  const child = spawn(process.execPath, [join(root, 'bin', 'iocc.js'), 'build', ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr })),
  );
  return { done, kill: () => child.kill('SIGKILL') };
}

describe('a build killed at any moment', () => {
  test('leaves the previous dist/ or the complete new one, never a mix; the next build cleans up', async () => {
    write('rules/big.yaml', bigRule('aa', 5000));
    expect((await spawnBuild([]).done).code).toBe(0);
    const before = snapshotTree(join(dir, 'dist'));
    write('rules/big.yaml', bigRule('bb', 5000));
    const t0 = Date.now();
    const full = spawnBuild(['--out', 'next']);
    expect((await full.done).code).toBe(0);
    const after = snapshotTree(join(dir, 'next'));
    const duration = Date.now() - t0;
    expect(after).not.toEqual(before);
    let killedMidWrite = 0;
    // Kills spread over the whole run, then kills the moment the new tree starts being written.
    const moments = [1, 2, 3, 4, 5, 6]
      .map((k) => ({ at: (duration * k) / 7, onWrite: false }))
      .concat([1, 2, 3, 4].map(() => ({ at: duration * 2, onWrite: true })));
    for (const [k, moment] of moments.entries()) {
      const b = spawnBuild([]);
      await new Promise<void>((resolve) => {
        const started = Date.now();
        const poll = setInterval(() => {
          const writing = readdirSync(dir).some((n) => n.startsWith('.dist.iocc-tmp-'));
          if ((moment.onWrite && writing) || Date.now() - started >= moment.at) {
            clearInterval(poll);
            resolve();
          }
        }, 0);
      });
      if (readdirSync(dir).some((n) => n.startsWith('.dist.iocc-tmp-'))) killedMidWrite++;
      b.kill();
      await b.done;
      const now = existsSync(join(dir, 'dist')) ? snapshotTree(join(dir, 'dist')) : undefined;
      if (now === undefined) {
        // Killed between the two renames: the old tree is beside it and the next run puts it back.
        expect(readdirSync(dir).some((n) => n.startsWith('.dist.iocc-old-'))).toBe(true);
      } else {
        expect(
          [before, after].some((x) => JSON.stringify(x) === JSON.stringify(now)),
          `kill ${k}`,
        ).toBe(true);
      }
    }
    expect(killedMidWrite).toBeGreaterThan(0);
    expect((await spawnBuild([]).done).code).toBe(0);
    expect(snapshotTree(join(dir, 'dist'))).toEqual(after);
    expect(readdirSync(dir).filter((n) => n.includes('.iocc-'))).toEqual([]);
  });
});

describe('two builds at once', () => {
  test('dist/ ends up as one complete build, never a mix of both', async () => {
    write('a/rule.yaml', bigRule('aa', 5000));
    write('b/rule.yaml', bigRule('bb', 5000));
    const [x, y] = [spawnBuild(['a', '--out', 'dist']), spawnBuild(['b', '--out', 'dist'])];
    const [rx, ry] = await Promise.all([x.done, y.done]);
    for (const r of [rx, ry])
      expect(r.code === 0 || (r.code === 1 && /another iocc build/.test(r.stderr)), r.stderr).toBe(true);
    expect(rx.code === 0 || ry.code === 0).toBe(true);
    const result = snapshotTree(join(dir, 'dist'));
    expect((await spawnBuild(['a', '--out', 'only-a']).done).code).toBe(0);
    expect((await spawnBuild(['b', '--out', 'only-b']).done).code).toBe(0);
    // Whole trees, manifest and SHA256SUMS included: one build's artifacts beside the other's manifest is a mix.
    const whole = (t: Record<string, string>): string => JSON.stringify(t);
    expect([whole(snapshotTree(join(dir, 'only-a'))), whole(snapshotTree(join(dir, 'only-b')))]).toContain(
      whole(result),
    );
  });
});

describe('outputs stay inside dist/', () => {
  const escaping: Target<Record<string, never>> = {
    id: 'escaping',
    title: 'Escaping (test only)',
    description: 'Writes outside its folder.',
    codes: [],
    expresses: [],
    options: {},
    emitRule: (rule) => ({
      artifacts: [
        { path: '../../escaped.txt', content: 'x', rules: [rule.id], indicators: 0 },
        { path: '/etc/x', content: 'x', rules: [rule.id], indicators: 0 },
      ],
      carried: new Map(),
      reasons: new Map(),
      diagnostics: [],
    }),
  };

  test('a target cannot write outside its folder', async () => {
    write('rules/r.yaml', ruleText('r', 'network: {domains: [evil.example.com]}'));
    const r = await runInProcess(['build'], [escaping], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unsafe or duplicate artifact path "../../escaped.txt"');
    expect(r.stderr).toContain('unsafe or duplicate artifact path "/etc/x"');
    expect(existsSync(join(dir, 'escaped.txt'))).toBe(false);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('symbolic links', () => {
  test('a rule file linked from outside the rules tree is refused; one inside is read', () => {
    write('outside/evil.yaml', ruleText('evil', 'network: {domains: [evil.example.com]}'));
    write('rules/real.yaml', ruleText('real', 'network: {domains: [real.example.com]}'));
    symlinkSync(join(dir, 'outside/evil.yaml'), join(dir, 'rules/evil.yaml'));
    symlinkSync(join(dir, 'rules/real.yaml'), join(dir, 'rules/alias.yaml'));
    const r = cli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    const refused = String.raw`symbolic link leads outside rules \(to .*outside/evil\.yaml\); refused \[symlink\]`;
    expect(r.stderr).toMatch(new RegExp(String.raw`^rules/evil\.yaml:1:1: error: ${refused}$`, 'm'));
    expect(r.stderr).not.toMatch(/alias\.yaml.*symlink/);
  });

  test('in a build whose cwd is not the process cwd, link problems are shown relative to the build cwd', () => {
    write('outside/evil.yaml', ruleText('evil', 'network: {domains: [evil.example.com]}'));
    write('rules/real.yaml', ruleText('real', 'network: {domains: [real.example.com]}'));
    symlinkSync(join(dir, 'outside/evil.yaml'), join(dir, 'rules/evil.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'rules/broken.yaml'));
    expect(process.cwd()).not.toBe(dir);
    const r = build({ inputs: ['rules'], registry: [], selected: [], asOf: '2026-06-01', cwd: dir });
    const links = r.diagnostics.filter((d) => d.code === 'symlink');
    expect(links.map((d) => d.file)).toEqual(['rules/broken.yaml', 'rules/evil.yaml']);
    expect(links.map((d) => d.message)).toEqual([
      'broken symbolic link',
      expect.stringMatching(/^symbolic link leads outside rules \(to .*outside\/evil\.yaml\); refused$/),
    ]);
  });

  test('a link into a sibling folder whose name starts with the rules folder (rules-x/) is refused', () => {
    write('rules-x/evil.yaml', ruleText('evil', 'network: {domains: [evil.example.com]}'));
    write('rules/real.yaml', ruleText('real', 'network: {domains: [real.example.com]}'));
    symlinkSync(join(dir, 'rules-x/evil.yaml'), join(dir, 'rules/evil.yaml'));
    const r = build({ inputs: ['rules'], registry: [], selected: [], asOf: '2026-06-01', cwd: dir });
    expect(r.diagnostics.filter((d) => d.code === 'symlink').map((d) => d.file)).toEqual(['rules/evil.yaml']);
    expect(r.ruleSet?.rules.map((x) => x.id) ?? []).not.toContain('evil');
  });
});

describe('TLP', () => {
  const red = ruleText('secret', 'network: {domains: [secret.example.com]}', '').replace('tlp: clear', 'tlp: red');
  const amber = ruleText(
    'shared',
    'network: {domains: [amber.example.com]}\nfiles: [{name: a.exe, sha256: "' + 'a'.repeat(64) + '", os: windows}]',
  ).replace('tlp: clear', 'tlp: amber+strict');

  test('TLP:RED rules are never written unless --allow-tlp red', () => {
    write('rules/red.yaml', red);
    write('rules/amber.yaml', amber);
    const r = cli(['build'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'rules/red.yaml:8:6: info: rule secret is TLP:RED: nothing of it is written [tlp-gated]',
    );
    const text = Object.values(snapshotTree(join(dir, 'dist')))
      .map((b) => Buffer.from(b, 'base64').toString('utf8'))
      .join('\n');
    expect(text).not.toContain('secret');
    expect(text).toContain('amber.example.com');
    expect(cli(['build', '--allow-tlp', 'red', '--out', 'red-ok'], { cwd: dir }).code).toBe(0);
    const allowed = Object.values(snapshotTree(join(dir, 'red-ok')))
      .map((b) => Buffer.from(b, 'base64').toString('utf8'))
      .join('\n');
    expect(allowed).toContain('secret.example.com');
    expect(cli(['validate'], { cwd: dir }).stderr).not.toContain('tlp-gated');
  });

  test('amber+strict is marked in every artifact that has a place for it', () => {
    write('rules/amber.yaml', amber);
    expect(cli(['build'], { cwd: dir }).code).toBe(0);
    const files = snapshotTree(join(dir, 'dist'));
    const read = (p: string): string => Buffer.from(files[p]!, 'base64').toString('utf8');
    expect(read('osquery/shared.conf')).toContain('TLP:AMBER+STRICT ');
    expect(read('sigma/shared/proc_creation_win_shared.yml')).toContain('    - tlp.amber-strict\n');
    expect(read('yara/shared.yar')).toContain('tlp = "TLP:AMBER+STRICT"');
    expect(read('defender/files-001.csv')).toContain('TLP:AMBER+STRICT.');
    expect(read('defender/api/batch-001.json')).toContain('TLP:AMBER+STRICT.');
    const tlpOf = (file: string): string | undefined =>
      (JSON.parse(read(file)) as { rules: { tlp: string }[] }).rules[0]?.tlp;
    expect(tlpOf('manifest.json')).toBe('amber+strict');
    expect(tlpOf('coverage.json')).toBe('amber+strict');
  });
});

describe('huge and hostile files', () => {
  test('a 10 MB scalar fails with a located error', () => {
    write(
      'rules/huge.yaml',
      ruleText('huge', 'network: {domains: [evil.example.com]}').replace(
        'description: A rule for the tests.',
        `description: ${'x'.repeat(10 * 1024 * 1024)}`,
      ),
    );
    const r = cli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'rules/huge.yaml:4:14: error: description must be at most 60000 characters; got 10485760 [too-long]',
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test('a 10 MB key or a million-item list fails with a located error', () => {
    write('rules/key.yaml', `${'k'.repeat(10 * 1024 * 1024)}: 1\n`);
    write('rules/list.yaml', ruleText('list', `attack: [${new Array(1_000_000).fill('x').join(', ')}]`));
    const r = cli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^rules\/key\.yaml:1:1: error: /m);
    expect(r.stderr).toMatch(/^rules\/list\.yaml:9:9: error: attack must list at most 200 items/m);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  test(
    'a rule file over 256 MiB is refused before it is read, at its first line (a sparse file: nothing is ' + 'written)',
    () => {
      write('rules/ok.yaml', ruleText('ok', 'network: {domains: [ok.example.com]}'));
      write('rules/sparse.yaml', '');
      truncateSync(join(dir, 'rules/sparse.yaml'), 256 * 1024 * 1024 + 1);
      const r = build({ inputs: ['rules'], registry: [], selected: [], asOf: '2026-01-01', cwd: dir });
      expect(
        r.diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`),
      ).toEqual(['file-too-large rules/sparse.yaml:1:1 rule file is 268435457 bytes; at most 268435456 are read']);
    },
  );

  test('a rule file of exactly 256 MiB is read (a sparse file of NUL bytes: refused for content, not size)', () => {
    write('rules/sparse.yaml', '');
    truncateSync(join(dir, 'rules/sparse.yaml'), 256 * 1024 * 1024);
    const r = build({ inputs: ['rules'], registry: [], selected: [], asOf: '2026-01-01', cwd: dir });
    expect(
      r.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`),
    ).toEqual(['control-character rules/sparse.yaml:1:1 the file contains a NUL byte']);
  });

  test('the build API reports, it does not throw', () => {
    write('rules/bad.yaml', '\u0000');
    expect(() => build({ inputs: ['rules'], registry: [], selected: [], asOf: '2026-01-01', cwd: dir })).not.toThrow();
    const r = build({ inputs: ['rules'], registry: [], selected: [], asOf: '2026-01-01', cwd: dir });
    expect(r.ok).toBe(false);
    expect(r.files).toEqual([]);
    expect(
      r.diagnostics
        .filter((d) => d.severity === 'error' && d.file === 'rules/bad.yaml')
        .map((d) => `${d.line}:${d.col}`),
    ).toEqual(['1:1']);
  });
});
