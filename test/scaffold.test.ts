// `iocc new` writes a rule that fails validation until its TODOs are replaced and builds afterwards;
// `iocc init` writes a rules repository whose own build and workflow steps run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { cli, removeDir, root, tempDir } from './support/helpers.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const fresh = (): string => {
  const d = tempDir('iocc-scaffold-');
  dirs.push(d);
  return d;
};
const errors = (stderr: string): string[] =>
  [...stderr.matchAll(/^rules\/acme-backdoor-2026\.yaml:(\d+):\d+: error: .*\[([a-z-]+)\]$/gm)].map(
    (m) => `${m[2]} ${m[1]}`,
  );
const file = (dir: string): string => join(dir, 'rules', 'acme-backdoor-2026.yaml');
/** Fills the required fields the way an author would. */
const filled = (text: string): string =>
  text
    .replace(/^title: .*$/m, 'title: Acme backdoor (2026)')
    .replace(/^description: .*$/m, 'description: The Acme backdoor; a hit is a compromised host.')
    .replace(/^author: .*$/m, 'author: Blue team')
    .replace(/^severity: .*$/m, 'severity: high')
    .replace(/^tlp: .*$/m, 'tlp: clear');

describe('iocc new', () => {
  test('the scaffold fails validation at each placeholder until it is replaced, then builds', () => {
    const dir = fresh();
    expect(cli(['new', 'acme-backdoor-2026'], { cwd: dir }).code).toBe(0);
    const first = cli(['validate'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(errors(first.stderr)).toEqual(['placeholder 6', 'placeholder 7', 'placeholder 8', 'enum 11', 'enum 12']);
    writeFileSync(file(dir), filled(readFileSync(file(dir), 'utf8')));
    const built = cli(['build', '--as-of', '2026-06-01'], { cwd: dir });
    expect(built.stderr).toContain('warning: rule acme-backdoor-2026 has no indicators to compile');
    expect(built.code).toBe(0);
    expect(existsSync(join(dir, 'dist', 'manifest.json'))).toBe(true);
  });

  test('an example uncommented but not filled in is an error, never an indicator such as https://TODO', () => {
    const dir = fresh();
    cli(['new', 'acme-backdoor-2026'], { cwd: dir });
    const uncommented = filled(readFileSync(file(dir), 'utf8')).replace(
      '# network:\n#   domains: [TODO]\n#   urls: [https://TODO]\n#   ips: [TODO]',
      'network:\n  domains: [TODO]\n  urls: [https://TODO]\n  ips: [TODO]',
    );
    writeFileSync(file(dir), uncommented);
    const r = cli(['build', '--as-of', '2026-06-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('network.urls[0] is still a placeholder of iocc new: "https://TODO"');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    // Filled in, the same block compiles.
    writeFileSync(
      file(dir),
      uncommented
        .replace('[TODO]', '[acme-c2.top]')
        .replace('https://TODO', 'https://acme-c2.top/x')
        .replace('ips: [TODO]', 'ips: [45.77.1.2]'),
    );
    const ok = cli(['build', '--as-of', '2026-06-01'], { cwd: dir });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'dist', 'coverage.json'), 'utf8')).toContain('"id":"domain:acme-c2.top"');
  });

  test('never overwrites a rule; a bad id is a usage error', () => {
    const dir = fresh();
    expect(cli(['new', 'acme-backdoor-2026'], { cwd: dir }).code).toBe(0);
    const again = cli(['new', 'acme-backdoor-2026'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('refusing to overwrite acme-backdoor-2026.yaml');
    expect(cli(['new', 'Acme_Backdoor'], { cwd: dir }).code).toBe(2);
  });
});

describe('iocc init', () => {
  test('a repository whose iocc build and workflow steps run', () => {
    const dir = fresh();
    const r = cli(['init', '--iocc-spec', `file:${root}`], { cwd: dir });
    expect(r.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies).toEqual({ iocc: `file:${root}` });
    // What `npm ci` would set up (no registry in the tests): iocc in node_modules and its bin.
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules', 'iocc'));
    symlinkSync(join(root, 'bin', 'iocc.js'), join(dir, 'node_modules', '.bin', 'iocc'));
    const env = {
      ...process.env,
      PATH: `${join(dir, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
      NO_COLOR: '1',
    };
    const sh = (script: string): string =>
      execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: dir, env, encoding: 'utf8' });
    sh('npx iocc new acme-backdoor-2026');
    expect(readFileSync(file(dir), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/node_modules\/iocc\/src\/schema\/rule\.schema\.json\n/,
    );
    writeFileSync(
      file(dir),
      filled(readFileSync(file(dir), 'utf8')).replace(
        '# network:\n#   domains: [TODO]',
        'network:\n  domains: [acme-c2.top]',
      ),
    );
    sh('npx iocc build');
    const workflow = yaml.load(readFileSync(join(dir, '.github', 'workflows', 'iocc.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    const steps = (workflow.jobs['rules']?.steps ?? []).map((s) => s.run).filter((s): s is string => s !== undefined);
    expect(steps).toContain('npm ci');
    for (const step of steps.filter((s) => s !== 'npm ci')) sh(step);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('npx iocc new');
    const again = cli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('refusing to overwrite package.json');
  });
});
