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
      `,,windows,`, // line 7: the header names sha256, the row has none
      `${H.b},empty.exe,linux,0`, // line 8: size 0 at column 82
    ].join('\n');
    const dir = project(rule('  - {path: bad.csv}'), { 'bad.csv': csv });
    const r = compile(dir);
    expect(errors(r)).toEqual([
      'hash-hex rules/bad.csv:3:11',
      'enum rules/bad.csv:4:77',
      'name-syntax rules/bad.csv:5:66',
      'csv-syntax rules/bad.csv:6:1',
      'list-empty-hash rules/bad.csv:7:1',
      'size-zero rules/bad.csv:8:82',
    ]);
    // The column of the row names the hash: the message says which algorithm.
    expect(r.diagnostics.find((d) => d.code === 'hash-hex')?.message).toBe(
      "sha256 must be 64 hex characters; character 11 is 'Z'",
    );
    const before = snapshotTree(join(dir, 'rules'));
    const run = cli(['build'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rules/bad.csv:3:11');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(snapshotTree(join(dir, 'rules'))).toEqual(before);
    expect(() => readFileSync(join(dir, 'dist', 'manifest.json'))).toThrow();
  });
});

describe('files_from: columns count the quotes of quoted fields', () => {
  test('a problem after a quoted field (with a comma or doubled quotes) is at its column in the line', () => {
    const zHash = `${H.a.slice(0, 10)}Z${H.a.slice(11)}`;
    const lines = [
      'name,sha256,os',
      `"setup, v2.exe",${zHash},windows`,
      `"say ""hi"".exe",${H.b},solaris`,
      `  spaced.exe ,  ${zHash},linux`,
    ];
    // Columns counted in the raw lines, by hand: the Z of the hash, the bad os.
    const zAt = (line: string): number => line.indexOf('Z') + 1;
    expect(zAt(lines[1] ?? '')).toBe(27);
    const r = compile(project(rule('  - {path: q.csv}'), { 'q.csv': lines.join('\n') }));
    expect(errors(r)).toEqual([
      `hash-hex rules/q.csv:2:${zAt(lines[1] ?? '')}`,
      `enum rules/q.csv:3:${(lines[2] ?? '').indexOf('solaris') + 1}`,
      `hash-hex rules/q.csv:4:${zAt(lines[3] ?? '')}`,
    ]);
  });
});

describe('files_from: a problem inside a quoted field', () => {
  test('is at its column in the line, counted after the opening quote', () => {
    const zHash = `${H.a.slice(0, 10)}Z${H.a.slice(11)}`;
    const lines = ['name,sha256,os', `"a.exe","${zHash}",windows`, `b.exe,${H.b},"solaris"`];
    // By hand: line 2 is "a.exe" (7 characters), a comma, the opening quote (column 9), the hash from column 10;
    // its Z is the hash's 11th character, column 20. Line 3: `b.exe,` (6), the hash (64), a comma, the
    // quote (column 72), solaris from column 73.
    expect(lines[1]?.indexOf('Z')).toBe(19);
    expect(lines[2]?.indexOf('solaris')).toBe(72);
    const r = compile(project(rule('  - {path: q.csv}'), { 'q.csv': lines.join('\n') }));
    expect(errors(r)).toEqual(['hash-hex rules/q.csv:2:20', 'enum rules/q.csv:3:73']);
  });
});

describe('files_from: a CSV is read as its header says, or not at all', () => {
  test('an unknown column is one error on the header, at its column, with a suggestion; no row is read', () => {
    const csv = `filename,sha256,first_seen\nx.exe,${H.a},2024-01-01\ny.exe,${H.b},2024-01-02\n`;
    const r = compile(project(rule('  - {path: feed.csv}'), { 'feed.csv': csv }));
    expect(errors(r)).toEqual(['list-column rules/feed.csv:1:1', 'list-column rules/feed.csv:1:17']);
    const first = r.diagnostics.find((d) => d.code === 'list-column');
    expect(first?.message).toBe(
      'unknown column "filename" in the header; the columns are sha256, sha1, md5, name, os, version, ' +
        'role, size, comment',
    );
    expect(first?.hint).toMatch(/^did you mean 'name'\?/);
    expect(r.files).toEqual([]);
  });

  // Copied by hand from what a feed's author means by each name, not from the code's table.
  test.each([
    ['filename', "did you mean 'name'?"],
    ['file_name', "did you mean 'name'?"],
    ['file', "did you mean 'name'?"],
    ['hash', "did you mean 'sha256 (or sha1, md5: one column per algorithm)'?"],
    ['sha_256', "did you mean 'sha256'?"],
    ['SHA-256', "did you mean 'sha256'?"],
    ['sha-1', "did you mean 'sha1'?"],
    ['md-5', "did you mean 'md5'?"],
    ['filesize', "did you mean 'size'?"],
    ['file_size', "did you mean 'size'?"],
    ['platform', "did you mean 'os'?"],
    ['description', "did you mean 'comment'?"],
  ])('a header column %s suggests the column a feed means by it', (column, suggestion) => {
    const r = compile(project(rule('  - {path: feed.csv}'), { 'feed.csv': `${column},name,sha256\nx,y.exe,${H.a}\n` }));
    expect(errors(r)).toEqual(['list-column rules/feed.csv:1:1']);
    expect(r.diagnostics.find((d) => d.code === 'list-column')?.hint).toBe(
      `${suggestion} to leave a column out, name it in the entry's ignore_columns`,
    );
  });

  test('a header that is not a CSV record is one error at its start, and no row is read', () => {
    const r = compile(project(rule('  - {path: feed.csv}'), { 'feed.csv': `"name,sha256\nx.exe,${H.a}\n` }));
    expect(errors(r)).toEqual(['csv-syntax rules/feed.csv:1:1']);
    expect(r.diagnostics.find((d) => d.code === 'csv-syntax')?.message).toBe(
      'the header line is not a valid CSV record (check the quotes)',
    );
  });

  test('a one-column list headed `hash` is a CSV with an unknown column, not a hash list with a bad first hash', () => {
    const r = compile(project(rule('  - {path: feed.csv}'), { 'feed.csv': `hash\n${H.a}\n` }));
    expect(errors(r)).toEqual(['list-column rules/feed.csv:1:1']);
    expect(r.diagnostics.find((d) => d.code === 'list-column')?.hint).toMatch(/did you mean 'sha256/);
  });

  test('ignore_columns leaves the named columns out; the others are read', () => {
    const csv = `name,sha256,first_seen\nx.exe,${H.a},2024-01-01\n`;
    const r = compile(
      project(rule('  - {path: feed.csv, os: windows, ignore_columns: [first_seen]}'), { 'feed.csv': csv }),
    );
    expect(errors(r)).toEqual([]);
    expect(r.ruleSet?.rules[0]?.files.map((f) => [f.name, f.sha256])).toEqual([['x.exe', H.a]]);
  });

  test('a row with an empty hash cell is an error, never a name-only indicator', () => {
    const csv = `sha256,name\n${H.a},a.exe\n,ffmpeg.dll\n`;
    const r = compile(project(rule('  - {path: feed.csv, os: windows}'), { 'feed.csv': csv }));
    expect(errors(r)).toEqual(['list-empty-hash rules/feed.csv:3:1']);
    expect(r.files).toEqual([]);
  });

  test('a size that is not a whole number of bytes is an error at its cell, and the row is not read', () => {
    const csv = `size,sha256\n12a,${H.a}\n1e3,${H.b}\n3,${H.c}\n`;
    const r = compile(project(rule('  - {path: feed.csv, os: linux}'), { 'feed.csv': csv }));
    expect(errors(r)).toEqual(['type rules/feed.csv:2:1', 'type rules/feed.csv:3:1']);
    expect(r.diagnostics.find((d) => d.code === 'type')?.message).toBe(
      'size must be a whole number of bytes; got "12a"',
    );
    // One problem a row: a row already refused is not also reported for what it lacks.
    const named = compile(project(rule('  - {path: feed.csv, os: linux}'), { 'feed.csv': 'size,name\n12a,\n' }));
    expect(errors(named)).toEqual(['type rules/feed.csv:2:1']);
  });

  test('in a list without hash columns, a row with no name is an error, located at its line', () => {
    const csv = `name,os\na.exe,windows\n,linux\n`;
    const r = compile(project(rule('  - {path: feed.csv}'), { 'feed.csv': csv }));
    expect(errors(r)).toEqual(['file-identity rules/feed.csv:3:1']);
    expect(r.diagnostics.find((d) => d.code === 'file-identity')?.message).toBe('the row needs a hash or a name');
    expect(r.files).toEqual([]);
  });

  test('empty: skip leaves such rows out with one warning that counts them', () => {
    const csv = `name,sha256\na.exe,${H.a}\nb.dll,\nc.dll,\n`;
    const r = compile(project(rule('  - {path: feed.csv, os: windows, empty: skip}'), { 'feed.csv': csv }));
    expect(errors(r)).toEqual([]);
    expect(r.ruleSet?.rules[0]?.files.map((f) => f.name)).toEqual(['a.exe']);
    const w = r.diagnostics.filter((d) => d.code === 'list-empty-hash');
    expect(w.map((d) => `${d.severity} ${d.file}:${d.line} ${d.message}`)).toEqual([
      'warning rules/feed.csv:1 2 rows with no hash left out (empty: skip)',
    ]);
    expect(text(r, 'yara/feed.filenames.yar')).not.toContain('b.dll');
  });

  test('a row with fewer or more cells than the header is a located error', () => {
    const csv = `sha256,name,os\n${H.a},a.exe\n${H.b},b.exe,windows,extra\n${H.c},c.exe,linux\n${H.a}\n`;
    const r = compile(project(rule('  - {path: feed.csv}'), { 'feed.csv': csv }));
    expect(errors(r)).toEqual([
      'csv-cells rules/feed.csv:2:1',
      'csv-cells rules/feed.csv:3:1',
      'csv-cells rules/feed.csv:5:1',
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'csv-cells').map((d) => [d.message, d.hint])).toEqual([
      ['this row has 2 cells; the header names 3', 'a comma is missing, or the row was cut'],
      ['this row has 4 cells; the header names 3', 'quote a cell that holds a comma'],
      ['this row has 1 cell; the header names 3', 'a comma is missing, or the row was cut'],
    ]);
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

  test('a line of 65,536 characters is read; one of 65,537 is refused as too long, at its line', () => {
    const list = `${H.a}\n${'0'.repeat(65536)}\n${'0'.repeat(65537)}\n${H.b}\n`;
    const r = compile(project(rule('  - {path: long.txt, os: windows}'), { 'long.txt': list }));
    // The line at the limit is read (and is no hash); the one over it is not read at all.
    expect(errors(r)).toEqual(['hash-length rules/long.txt:2:1', 'too-long rules/long.txt:3:1']);
  });

  test(
    'a ; starts the comment of a LOKI line: the hash before it is the indicator, the text after it its ' + 'comment',
    () => {
      const list = `${H.a};first;with a second ;\n${H.b} ;  spaced  \n${H.sha1};\n`;
      const r = compile(project(rule('  - {path: loki.txt, os: windows}'), { 'loki.txt': list }));
      expect(errors(r)).toEqual([]);
      const files = r.ruleSet?.rules[0]?.files ?? [];
      expect(files.map((f) => [f.sha256 ?? f.sha1, f.comment])).toEqual([
        [H.a, 'first;with a second ;'],
        [H.b, 'spaced'],
        [H.sha1, undefined],
      ]);
    },
  );

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

  test('a symbolic link into a sibling folder whose name starts with the rule folder (rules-x/) is refused', () => {
    const dir = project(rule('  - {path: link.csv}'), {});
    mkdirSync(join(dir, 'rules-x'));
    writeFileSync(join(dir, 'rules-x', 'feed.csv'), `sha256\n${H.a}\n`);
    symlinkSync(join(dir, 'rules-x', 'feed.csv'), join(dir, 'rules', 'link.csv'));
    const r = compile(dir);
    expect(errors(r)).toEqual(['list-file rules/feed.yaml:11:12']);
    expect(r.diagnostics.find((d) => d.code === 'list-file')?.message).toMatch(/leads outside the rule's folder/);
  });
});
