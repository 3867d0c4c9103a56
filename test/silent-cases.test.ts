// One test per place where an indicator used to be dropped, altered or made unmatchable without a
// diagnostic (docs/silent-cases.md numbers them). Each fails on the behaviour before its fix.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { perTest } from './support/per-test.js';
import { build, type BuildResult } from '../src/build.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { targets } from '../targets/index.js';
import { removeDir, tempDir } from './support/helpers.js';
import { hits, rowsOn, type Pack } from './support/osquery-packs.js';
import { ruleText } from './support/rules.js';
import { yaraXScan } from './support/yara-engines.js';

const H = (c: string): string => c.repeat(64);

/** Builds rule files (name → text) with every target; the files of dist/ by path. */
function buildRules(
  files: Record<string, string>,
  allowTlp: 'red'[] = [],
): BuildResult & { text: (p: string) => string } {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'rules'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'rules', name), text);
    const result = build({
      inputs: ['rules'],
      registry: targets,
      selected: targets,
      asOf: '2026-01-01',
      cwd: dir,
      allowTlp,
    });
    const text = (p: string): string => result.files.find((f) => f.path === p)?.bytes.toString('utf8') ?? '';
    return { ...result, text };
  } finally {
    removeDir(dir);
  }
}

const codes = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => d.severity !== 'info').map((d) => d.code);
const carriers = (r: BuildResult, id: string): string[] =>
  r.coverage.filter((e) => e.observable.id === id).flatMap((e) => [...e.carriedBy]);

describe('merges', () => {
  test('2: an indicator shared with a TLP:RED rule stays in the written rule', () => {
    const shared = `files: [{name: x.exe, sha256: "${H('c')}", os: windows, role: payload}]`;
    const r = buildRules({
      'a.yaml': ruleText('a-red', shared).replace('tlp: clear', 'tlp: red'),
      'b.yaml': ruleText('b-clear', shared),
    });
    expect(r.ok).toBe(true);
    expect(carriers(r, `sha256:${H('c')}`)).toEqual(['osquery', 'sigma', 'yara', 'defender', 'kql', 'stix']);
    expect(r.text('yara/b-clear.yar')).toContain(H('c'));
    expect(r.files.some((f) => f.bytes.toString('utf8').includes('a-red'))).toBe(false);
  });
  test('3: the same indicator with another action, TLP or expiry in two rules is an error', () => {
    const net = 'network: {domains: [shared-c2.example.net]}';
    const action = buildRules({
      'a.yaml': ruleText('a', net, 'response: {action: audit}'),
      'b.yaml': ruleText('b', net, 'response: {action: block}'),
    });
    expect(codes(action.diagnostics)).toContain('duplicate-conflict');
    expect(action.diagnostics.find((d) => d.code === 'duplicate-conflict')?.message).toMatch(/audit .* block/);
    const expiry = buildRules({
      'a.yaml': ruleText('a', `files: [{sha256: "${H('d')}"}]`, 'expires: 2024-06-01'),
      'b.yaml': ruleText('b', `files: [{sha256: "${H('d')}"}]`),
    });
    expect(codes(expiry.diagnostics)).toContain('duplicate-conflict');
  });
});

describe('what a file is decides where it is looked for', () => {
  const built = perTest(() =>
    buildRules({
      'k.yaml': ruleText(
        'k',
        `files:
  - {name: icon.ico, sha256: "${H('1')}", os: windows, role: payload}
  - {name: stage.ps1, sha256: "${H('2')}", os: windows, role: payload}
  - {name: evildrv.sys, sha256: "${H('3')}", os: windows, role: payload}
  - {name: agent.exe, sha256: "${H('4')}", os: windows, role: other}
  - {name: .main_storage, os: macos, role: other}`,
      ),
    }),
  );
  const packOf = (r: ReturnType<typeof buildRules>) => JSON.parse(r.text('osquery/k.conf')) as Pack;
  test('6: an icon, a script and a driver are never process images; an .exe is, whatever its role', () => {
    const r = built();
    const process = packOf(r).queries['process_hash_windows']!.query;
    expect(process).toContain(H('4'));
    for (const c of ['1', '2', '3']) expect(process).not.toContain(H(c));
    const why = r.coverage.find((e) => e.observable.id === `sha256:${H('2')}`)!.notCarried['osquery'];
    expect(why).toMatch(/^a script runs in its interpreter/);
  });
  test('6: Defender leaves out hashes of files that are not PE files, and says so', () => {
    const r = built();
    const csv = r.text('defender/files-001.csv');
    expect(csv).toContain(H('4'));
    expect(csv).not.toContain(H('1'));
    expect(csv).not.toContain(H('2'));
    expect(codes(r.diagnostics).filter((c) => c === 'defender-not-pe').length).toBe(2);
  });
  test('7: a data file without a path gets a reason, not a process-name query', () => {
    const r = built();
    expect(Object.keys(packOf(r).queries).filter((n) => n.startsWith('process_name'))).toEqual([]);
    expect(r.coverage.find((e) => e.observable.id === 'file-name:macos:.main_storage')!.notCarried['osquery']).toMatch(
      /^a data file/,
    );
  });
});

describe('names and paths as written', () => {
  test.each([
    [`{name: '*.lnk', os: windows}`, 'name-wildcard'],
    [`{name: x.exe, paths: ['/home/$USER/x.exe']}`, 'path-placeholder'],
    [`{name: x.exe, paths: ['/Users/<user>/x.exe']}`, 'path-placeholder'],
    [`{name: x.exe, paths: ['%LOCALAPPDATA%\\{GUID}\\x.exe']}`, 'path-placeholder'],
  ])('9: %s is an error (%s)', (entry, code) => {
    expect(codes(buildRules({ 'x.yaml': ruleText('x', `files: [${entry}]`) }).diagnostics)).toContain(code);
  });
  test("9: a path in one user's profile is a warning with the variable to use", () => {
    const r = buildRules({
      'x.yaml': ruleText('x', `files: [{name: x.exe, os: windows, paths: ['C:\\Users\\bob\\x.exe']}]`),
    });
    expect(r.diagnostics.find((d) => d.code === 'path-one-user')?.hint).toMatch(/%USERPROFILE%/);
  });
  test('15: YARA folder tests for ~/x and C:\\x match the folders LOKI gives', () => {
    const r = buildRules({
      'y.yaml': ruleText(
        'y',
        `files:\n  - {name: .evilrc, os: linux, role: other, paths: ['~/.evilrc']}\n  - {name: evil.exe, ` +
          `os: windows, role: payload, paths: ['C:\\evil.exe']}`,
      ),
    });
    const rules = r.text('yara/y.filenames.yar');
    expect(yaraXScan(rules, Buffer.from('x'), { filename: '.evilrc', filepath: '/home/alice' })).toHaveLength(1);
    expect(yaraXScan(rules, Buffer.from('x'), { filename: 'evil.exe', filepath: 'C:\\' })).toHaveLength(1);
  });
  test('16: a file name LOKI cannot pass (non-ASCII) is a warning and a coverage note', () => {
    const r = buildRules({ 'u.yaml': ruleText('u', `files: [{name: évil.exe, os: windows}]`) });
    expect(codes(r.diagnostics)).toContain('yara-loki-ascii');
    expect(r.coverage.find((e) => e.observable.id === 'file-name:windows:évil.exe')!.notes['yara']).toMatch(/LOKI/);
  });
});

describe('osquery', () => {
  test('19: a Linux process longer than 15 characters is found by its path, not by comm', () => {
    const r = buildRules({ 'p.yaml': ruleText('p', `files: [{name: kworker-updaterd-x, os: linux, role: payload}]`) });
    const pack = JSON.parse(r.text('osquery/p.conf')) as Pack;
    const host = {
      platform: 'linux' as const,
      tables: { processes: [{ pid: 9, name: 'kworker-updater', path: '/usr/lib/systemd/kworker-updaterd-x' }] },
    };
    expect(hits(pack, host)).toEqual(['process_name_linux']);
    expect(rowsOn(host, pack.queries['process_name_linux']!.query)).toHaveLength(1);
  });
  test('20: read_max is osqueryd’s own flag: a rule cannot set it', () => {
    const r = buildRules({
      'r.yaml': ruleText('r', `files: [{sha256: "${H('5')}"}]`, 'targets: {osquery: {read_max: 1099511627776}}'),
    });
    expect(codes(r.diagnostics)).toContain('build-option');
  });
  test('20: every hashed file without a size carries the read_max note', () => {
    const r = buildRules({
      'n.yaml': ruleText('n', `files: [{name: big.dll, sha256: "${H('6')}", os: windows, role: library}]`),
    });
    expect(r.coverage.find((e) => e.observable.id === `sha256:${H('6')}`)!.notes['osquery']).toMatch(/--read_max/);
  });
});

describe('Sigma caveats', () => {
  test('18, 27: Windows hashes depend on Sysmon HashAlgorithms; products on the PE ProductName', () => {
    const r = buildRules({
      'c.yaml': ruleText(
        'c',
        `files: [{name: a.exe, sha256: "${H('9')}", os: windows, role: payload}]\nsoftware: [{name: App, ` +
          `os: windows, versions: ["1.0"]}]`,
      ),
    });
    expect(r.coverage.find((e) => e.observable.id === `sha256:${H('9')}`)!.notes['sigma']).toBe(
      'Sysmon logs it where its HashAlgorithms setting includes SHA256',
    );
    expect(r.coverage.find((e) => e.observable.id === 'software-version:windows:App@1.0')!.notes['sigma']).toMatch(
      /PE ProductName/,
    );
  });
});

describe('feeds and YARA', () => {
  test('22: after a CSV header, a row whose name starts with # is a record', () => {
    const r = buildRules({
      'f.yaml': ruleText('f', 'files_from: [{path: f.csv, os: windows, role: payload}]'),
      'f.csv': `# a comment before the header\nname,sha256\n#tag.exe,${H('7')}\n`,
    });
    expect(r.ok).toBe(true);
    expect(carriers(r, `sha256:${H('7')}`)).toContain('yara');
  });
  test('25: the YARA size guard is stated where a size is given', () => {
    const r = buildRules({ 's.yaml': ruleText('s', `files: [{name: a.exe, sha256: "${H('8')}", size: 6000000}]`) });
    expect(r.coverage.find((e) => e.observable.id === `sha256:${H('8')}`)!.notes['yara']).toMatch(
      /filesize == 6000000.*LOKI's default scan skips files over 5,000 KB/,
    );
  });
});
