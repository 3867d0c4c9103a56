// `acknowledge:` — a rule accepts a warning with a reason, so that --strict can run in CI: the warning stays
// in the output marked as acknowledged, fails nothing, and an entry that matches nothing (or names no code
// of iocc) is itself reported at its place.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { parsePathText } from '../src/load/acknowledge.js';
import { targets } from '../targets/index.js';
import { removeDir, runInProcess, tempDir } from './support/helpers.js';
import { H, ruleText } from './support/rules.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function project(rule: string, lists: Record<string, string> = {}): string {
  const dir = tempDir('iocc-acknowledge-');
  dirs.push(dir);
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'r.yaml'), rule);
  for (const [name, text] of Object.entries(lists)) writeFileSync(join(dir, 'rules', name), text);
  return dir;
}

const compile = (dir: string, opts: { strict?: boolean; selected?: typeof targets } = {}) =>
  build({
    inputs: ['rules'],
    registry: targets,
    selected: opts.selected ?? targets,
    asOf: '2026-06-01',
    cwd: dir,
    strict: opts.strict ?? false,
  });

type Result = ReturnType<typeof compile>;
const listed = (r: Result): string[] =>
  r.diagnostics.map(
    (d) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.col}${d.acknowledged === undefined ? '' : ' ack'}`,
  );

// Two private addresses: each an `ip-private` warning at its own value (lines 12 and 13 of the rule).
const twoPrivateIps = 'network:\n  ips:\n    - 10.1.2.3\n    - 192.168.7.7';
const rule = (acknowledge: string, body = twoPrivateIps): string =>
  ruleText('r', acknowledge === '' ? body : `acknowledge:\n${acknowledge}\n${body}`);

describe('acknowledge', () => {
  test('without it, --strict fails on the warnings', () => {
    const r = compile(project(rule('')), { strict: true });
    expect(r.ok).toBe(false);
    expect(listed(r)).toEqual(['error ip-private rules/r.yaml:11:7', 'error ip-private rules/r.yaml:12:7']);
  });

  test('an acknowledged warning passes --strict and is kept, marked with the reason', () => {
    const ack =
      '  - code: ip-private\n    reason: lab addresses of the sandbox that saw the beacon\n' +
      '  - code: defender-private-ip\n    reason: the same';
    const r = compile(project(rule(ack)), { strict: true });
    expect(listed(r)).toEqual([
      'warning defender-private-ip rules/r.yaml:16:7 ack',
      'warning ip-private rules/r.yaml:16:7 ack',
      'warning defender-private-ip rules/r.yaml:17:7 ack',
      'warning ip-private rules/r.yaml:17:7 ack',
    ]);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => d.acknowledged)).toEqual([
      'the same',
      'lab addresses of the sandbox that saw the beacon',
      'the same',
      'lab addresses of the sandbox that saw the beacon',
    ]);
  });

  test('path narrows it to one place of the rule', () => {
    const ack = '  - code: ip-private\n    reason: the sandbox\n    path: network.ips[1]';
    const r = compile(project(rule(ack)), { strict: true });
    expect(listed(r)).toEqual(['error ip-private rules/r.yaml:15:7', 'warning ip-private rules/r.yaml:16:7 ack']);
    expect(r.ok).toBe(false);
  });

  test('a path that names no place of the rule is a located error', () => {
    const ack = '  - code: ip-private\n    reason: x\n    path: network.ips[7]';
    const r = compile(project(rule(ack)));
    expect(listed(r).filter((d) => d.startsWith('error'))).toEqual(['error acknowledge-path rules/r.yaml:12:11']);
    expect(r.diagnostics[0]?.message).toBe('acknowledge[0].path "network.ips[7]" names no place in this rule');
  });

  test('a code iocc does not have is an error with a suggestion', () => {
    const r = compile(project(rule('  - code: ip-privat\n    reason: x')));
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'acknowledge-code');
    expect(`${d?.file}:${d?.line}:${d?.col}`).toBe('rules/r.yaml:10:11');
    expect(d?.hint).toBe("did you mean 'ip-private'?");
  });

  test('an acknowledgement that matches no warning is a warning at its code', () => {
    const r = compile(project(rule('  - code: domain-reserved\n    reason: x')));
    expect(listed(r)).toContain('warning acknowledge-unused rules/r.yaml:10:11');
    expect(r.diagnostics.find((d) => d.code === 'acknowledge-unused')?.message).toBe(
      'rule r acknowledges domain-reserved, but no such warning is given here',
    );
    expect(compile(project(rule('  - code: domain-reserved\n    reason: x')), { strict: true }).ok).toBe(false);
  });

  test("a target's code is judged only when that target runs", () => {
    const ack = '  - code: defender-cidr\n    reason: x';
    const all = compile(project(rule(ack)));
    expect(listed(all)).toContain('warning acknowledge-unused rules/r.yaml:10:11');
    const yara = targets.filter((t) => t.id === 'yara');
    const some = compile(project(rule(ack)), { selected: yara });
    expect(some.diagnostics.map((d) => d.code)).not.toContain('acknowledge-unused');
  });

  test('a target warning is acknowledged like the core ones', () => {
    const body = 'network:\n  ips:\n    - 203.0.113.0/24';
    const ack =
      '  - code: defender-cidr\n    reason: the range goes to the firewall instead\n' +
      '  - code: ip-cidr\n    reason: a range\n  - code: ip-private\n    reason: documentation range';
    const r = compile(project(rule(ack, body)), { strict: true });
    expect(r.ok).toBe(true);
    const cidr = r.diagnostics.find((d) => d.code === 'defender-cidr');
    expect(cidr?.acknowledged).toBe('the range goes to the firewall instead');
  });

  test('errors are never acknowledged', () => {
    const body = `files:\n  - sha256: ${H.a.slice(1)}`;
    const r = compile(project(rule('  - code: hash-length\n    reason: x', body)));
    expect(r.ok).toBe(false);
    expect(r.diagnostics.find((d) => d.code === 'hash-length')?.acknowledged).toBeUndefined();
  });

  test('files_from[i] covers the warnings of that list, and only that entry', () => {
    const csv = `name,sha256\na.exe,${H.a}\nb.dll,\n`;
    const lists = { 'feed.csv': csv };
    const body = 'files_from:\n  - {path: feed.csv, os: windows, empty: skip}';
    const scoped = compile(
      project(rule('  - code: list-empty-hash\n    reason: r\n    path: files_from[0]', body), lists),
    );
    expect(listed(scoped)).toEqual(['warning list-empty-hash rules/feed.csv:1:1 ack']);
    const other = compile(project(rule('  - code: list-empty-hash\n    reason: r\n    path: files', body), lists));
    expect(other.ok).toBe(false);
    expect(listed(other)).toContain('warning list-empty-hash rules/feed.csv:1:1');
  });
});

describe('acknowledge on the command line', () => {
  const ack = '  - code: ip-private\n    reason: lab addresses\n  - code: defender-private-ip\n    reason: lab';

  test('--format json lists acknowledged warnings with their reason', async () => {
    const dir = project(rule(ack));
    const r = await runInProcess(['validate', '--strict', '--format', 'json'], targets, dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string; acknowledged?: string }[] };
    expect(out.diagnostics.map((d) => [d.code, d.severity, d.acknowledged])).toEqual([
      ['defender-private-ip', 'warning', 'lab'],
      ['ip-private', 'warning', 'lab addresses'],
      ['defender-private-ip', 'warning', 'lab'],
      ['ip-private', 'warning', 'lab addresses'],
    ]);
  });

  test('text output counts them instead of repeating them', async () => {
    const r = await runInProcess(['validate', '--strict'], targets, project(rule(ack)));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('0 errors, 0 warnings, 4 acknowledged by their rules (--format json lists them)\n');
  });
});

describe('acknowledge paths', () => {
  test.each([
    ['files', ['files']],
    ['files[2]', ['files', 2]],
    ['files[2].sha256', ['files', 2, 'sha256']],
    ['network.domains[0]', ['network', 'domains', 0]],
    ['targets["my target"].x', ['targets', 'my target', 'x']],
  ])('%s is read as the steps messages print', (text, steps) => {
    expect(parsePathText(text)).toEqual(steps);
  });

  test.each(['', '.files', 'files.', 'files[x]', 'files[-1]', 'files..x', 'files[2]x', '[2]files'])(
    '%j is no path',
    (text) => {
      expect(parsePathText(text)).toBeUndefined();
    },
  );
});
