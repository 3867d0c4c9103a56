// files_from: file indicators read from a CSV or plain hash list beside the rule, with every problem
// located in the list, and no way to read outside the rule's folder.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { targets } from '../targets/index.js';
import { cli, hasStackTrace, removeDir, snapshotTree, tempDir } from './support/helpers.js';
import { H, ruleText } from './support/rules.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

/** A project with rules/feed.yaml naming the lists given, written beside it. */
function project(rule: string, lists: Record<string, string | Buffer>): string {
  const dir = tempDir('iocc-files-from-');
  dirs.push(dir);
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'feed.yaml'), rule);
  for (const [name, text] of Object.entries(lists)) writeFileSync(join(dir, 'rules', name), text);
  return dir;
}

const compile = (dir: string) =>
  build({ inputs: ['rules'], registry: targets, selected: targets, asOf: '2026-06-01', cwd: dir });
const errors = (r: ReturnType<typeof compile>): string[] =>
  r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}:${d.line}:${d.col}`);
const text = (r: ReturnType<typeof compile>, path: string): string =>
  r.files.find((f) => f.path === path)?.bytes.toString('utf8') ?? '';
const coverage = (r: ReturnType<typeof compile>) =>
  JSON.parse(text(r, 'coverage.json')) as {
    rules: { observables: { id: string; source: string; carried_by: string[] }[] }[];
  };

const rule = (lists: string): string => ruleText('feed', `files_from:\n${lists}`, 'response: {action: audit}');

describe('files_from: CSV lists', () => {
  test(
    'columns in any order, quoted fields, a BOM and CRLF; every row reaches YARA and Defender, located in ' +
      'the list',
    () => {
      const csv =
        `\ufeffname,os,sha256,comment\r\n"setup, v2.exe",windows,${H.a},"said ` +
        `""bad"""\r\nlib.dylib,macos,${H.b},\r\n`;
      const r = compile(project(rule('  - {path: feed.csv}'), { 'feed.csv': csv }));
      expect(errors(r)).toEqual([]);
      expect(text(r, 'yara/feed.yar')).toContain(H.a);
      expect(text(r, 'yara/feed.yar')).toContain(H.b);
      const defender = r.files
        .filter((f) => f.path.startsWith('defender/files-'))
        .map((f) => f.bytes.toString('utf8'))
        .join('');
      expect(defender).toContain(`FileSha256,${H.a}`);
      expect(defender).toContain(`FileSha256,${H.b}`);
      const sources = Object.fromEntries(
        coverage(r)
          .rules.flatMap((x) => x.observables)
          .map((o) => [o.id, o.source]),
      );
      expect(sources[`sha256:${H.a}`]).toBe('rules/feed.csv:2:1');
      expect(sources[`sha256:${H.b}`]).toBe('rules/feed.csv:3:1');
      expect(sources['file-name:windows:setup, v2.exe']).toBe('rules/feed.csv:2:1');
    },
  );

  test('a CSV of one column is a CSV: its header names the column', () => {
    const r = compile(project(rule('  - {path: one.csv, os: windows}'), { 'one.csv': `sha256\n${H.a}\n${H.b}\n` }));
    expect(errors(r)).toEqual([]);
    expect(r.ruleSet?.rules[0]?.files.map((f) => f.sha256)).toEqual([H.a, H.b]);
  });

  test('a list with 300 bad rows: the first 200 are listed, and a line counts the other 100', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${'g'.repeat(64)},x${i}.exe`);
    const r = compile(project(rule('  - {path: bad.csv}'), { 'bad.csv': `sha256,name\n${rows.join('\n')}\n` }));
    expect(errors(r)).toHaveLength(200);
    expect(errors(r)[199]).toBe('hash-hex rules/bad.csv:201:1');
    const more = r.diagnostics.filter((d) => d.code === 'too-many-problems');
    expect(more.map((d) => `${d.file} ${d.message}`)).toEqual([
      'rules/bad.csv 100 more problems in this file are not listed',
    ]);
  });

  test('the entry gives defaults (os, role, comment) that a row overrides', () => {
    const csv = `sha256,os\n${H.a},\n${H.b},linux\n`;
    const r = compile(
      project(rule('  - {path: feed.csv, os: macos, role: payload, comment: from the feed}'), { 'feed.csv': csv }),
    );
    expect(errors(r)).toEqual([]);
    const files = r.ruleSet?.rules[0]?.files ?? [];
    expect(files.map((f) => [f.sha256, f.os, f.role, f.comment])).toEqual([
      [H.a, 'macos', 'payload', 'from the feed'],
      [H.b, 'linux', 'payload', 'from the feed'],
    ]);
  });

  test('a hash listed both in files: and in the list is one indicator, seen in both places', () => {
    const r = compile(
      project(ruleText('feed', `files:\n  - {sha256: ${H.a}, os: windows}\nfiles_from:\n  - {path: l.csv}`), {
        'l.csv': `sha256,os\n${H.a},windows\n`,
      }),
    );
    expect(errors(r)).toEqual([]);
    expect(r.ruleSet?.rules[0]?.files).toHaveLength(1);
    expect(r.ruleSet?.rules[0]?.files[0]?.alsoAt.map((o) => `${o.file}:${o.line}`)).toEqual(['rules/l.csv:2']);
    expect(r.diagnostics.map((d) => d.code)).toContain('duplicate-indicator');
    const ids = coverage(r)
      .rules.flatMap((x) => x.observables)
      .map((o) => o.id);
    expect(ids.filter((id) => id === `sha256:${H.a}`)).toHaveLength(1);
  });

  test('every bad row is reported at its line and column in the list, and nothing is written', () => {
    const csv = [
      'sha256,name,os,size',
      `${H.a},ok.exe,windows,10`,
      `${H.a.slice(0, 10)}Z${H.a.slice(11)},bad-hash.exe,windows,`, // line 3: the Z at column 11
      `${H.b},bad-os.exe,solaris,`, // line 4: os at column 77
      `${H.c},dir/x.exe,linux,`, // line 5: name at column 66
      `${H.c},"unclosed,linux,`, // line 6
      `,,windows,`, // line 7: neither hash nor name
      `${H.b},empty.exe,linux,0`, // line 8: size 0 at column 82
    ].join('\n');
    const dir = project(rule('  - {path: bad.csv}'), { 'bad.csv': csv });
    expect(errors(compile(dir))).toEqual([
      'hash-hex rules/bad.csv:3:11',
      'enum rules/bad.csv:4:77',
      'name-syntax rules/bad.csv:5:66',
      'csv-syntax rules/bad.csv:6:1',
      'file-identity rules/bad.csv:7:1',
      'size-zero rules/bad.csv:8:82',
    ]);
    const before = snapshotTree(join(dir, 'rules'));
    const run = cli(['build'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rules/bad.csv:3:11');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(snapshotTree(join(dir, 'rules'))).toEqual(before);
    expect(() => readFileSync(join(dir, 'dist', 'manifest.json'))).toThrow();
  });
});

describe('files_from: plain hash lists (one hash per line, ;comment)', () => {
  test('the algorithm follows the length; comments, blank lines and # lines are fine', () => {
    const list = `# LOKI form\n${H.a};dropper\n\n${H.sha1}\n  ${H.md5} ; old build\n`;
    const r = compile(project(rule('  - {path: hashes.txt, os: windows}'), { 'hashes.txt': list }));
    expect(errors(r)).toEqual([]);
    const files = r.ruleSet?.rules[0]?.files ?? [];
    expect(files.map((f) => [f.sha256 ?? f.sha1 ?? f.md5, f.comment])).toEqual(
      expect.arrayContaining([
        [H.a, 'dropper'],
        [H.sha1, undefined],
        [H.md5, 'old build'],
      ]),
    );
    expect(files).toHaveLength(3);
  });

  test('a line that is no hash is located at its column', () => {
    const r = compile(project(rule('  - {path: h.txt}'), { 'h.txt': `${H.a}\n   not-a-hash\n` }));
    expect(errors(r)).toEqual(['hash-hex rules/h.txt:2:4']);
  });

  test('a list that is not UTF-8 is refused, located in the list', () => {
    const r = compile(project(rule('  - {path: h.txt}'), { 'h.txt': Buffer.from([0x61, 0xff, 0xfe, 0x0a]) }));
    expect(errors(r)).toEqual(['encoding rules/h.txt:1:1']);
  });
});

describe('files_from: the list must be in the rule folder', () => {
  test.each([
    ['../outside.csv', 'a parent folder'],
    ['/etc/passwd', 'an absolute path'],
    ['sub/../../outside.csv', 'a path that climbs out'],
    ['missing.csv', 'a file that does not exist'],
  ])('%s (%s) is refused at the path in the rule', (path) => {
    const dir = project(rule(`  - {path: ${JSON.stringify(path)}}`), {});
    writeFileSync(join(dir, 'outside.csv'), `sha256\n${H.a}\n`);
    const r = compile(dir);
    expect(errors(r)).toEqual(['list-file rules/feed.yaml:11:12']);
    expect(r.files).toEqual([]);
  });

  test('a symbolic link that leads outside the folder is refused', () => {
    const dir = project(rule('  - {path: link.csv}'), {});
    writeFileSync(join(dir, 'outside.csv'), `sha256\n${H.a}\n`);
    symlinkSync(join(dir, 'outside.csv'), join(dir, 'rules', 'link.csv'));
    const r = compile(dir);
    expect(r.diagnostics.find((d) => d.code === 'list-file')?.message).toMatch(/leads outside the rule's folder/);
    expect(r.ok).toBe(false);
  });
});
