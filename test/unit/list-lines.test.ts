// Reading a list's lines from bytes, 1 MiB at a time: a character cut by a read is joined again, the
// bytes are UTF-8 or the list is refused, and a BOM is dropped only at the very start.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { eachLine, readList, splitCsvCells } from '../../src/load/list.js';
import { wholeSequences } from '../../src/util/utf8.js';
import { removeDir, tempDir } from '../support/helpers.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function file(bytes: Buffer): string {
  const dir = tempDir('iocc-lines-');
  dirs.push(dir);
  const path = join(dir, 'list.txt');
  writeFileSync(path, bytes);
  return path;
}

const linesOf = (path: string): string[] => {
  const out: string[] = [];
  eachLine(path, (line) => out.push(line));
  return out;
};

const read = 1 << 20;

describe('wholeSequences: where the last whole UTF-8 character of a read ends', () => {
  test.each([
    [[], 0],
    [[0x61], 1],
    [[0x61, 0xc3], 1],
    [[0xc3, 0xa9], 2],
    [[0x61, 0xe2], 1],
    [[0x61, 0xe2, 0x82], 1],
    [[0xe2, 0x82, 0xac], 3],
    [[0x61, 0xf0, 0x9f, 0x98], 1],
    [[0xf0, 0x9f, 0x98, 0x80], 4],
    // A stray continuation byte is not held back: the UTF-8 check refuses it.
    [[0x61, 0x80], 2],
    [[0x80, 0x80, 0x80], 3],
  ])('%j → %i', (bytes, n) => {
    expect(wholeSequences(Uint8Array.from(bytes))).toBe(n);
  });
});

describe('eachLine', () => {
  // Every place a read can cut a character of 2, 3 and 4 bytes.
  const cuts = ['é', '€', '😀'].flatMap((c) =>
    Array.from({ length: Buffer.byteLength(c) - 1 }, (_, i) => [c, i + 1] as const),
  );
  test.each(cuts)('%s cut after its byte %i by the 1 MiB read is read whole', (c, before) => {
    const first = 'a'.repeat(read - before - 2);
    const path = file(Buffer.concat([Buffer.from(`${first}\nx`), Buffer.from(`${c}y\nz`)]));
    expect(Buffer.byteLength(`${first}\nx`) + before).toBe(read);
    expect(linesOf(path)).toEqual([first, `x${c}y`, 'z']);
  });

  test('a BOM is dropped at the start of the file only', () => {
    expect(linesOf(file(Buffer.from('\ufeffa\r\n\ufeffb\rc\n')))).toEqual(['a', '\ufeffb', 'c']);
  });

  test('CRLF cut by the read is one line break', () => {
    const first = 'a'.repeat(read - 1);
    expect(linesOf(file(Buffer.from(`${first}\r\nb\n`)))).toEqual([first, 'b']);
  });
});

describe('a list that is not UTF-8 is refused', () => {
  const encoding = (bytes: Buffer): string[] =>
    readList(file(bytes), 'rules/list.txt', {}).diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.col}`);

  test.each([
    ['a character cut at the end of the file', Buffer.concat([Buffer.from('sha256\n'), Buffer.from([0xe2, 0x82])])],
    ['a stray continuation byte', Buffer.from([0x61, 0x80, 0x0a])],
    ['an overlong form', Buffer.from([0xc0, 0xaf, 0x0a])],
    ['a surrogate', Buffer.from([0xed, 0xa0, 0x80, 0x0a])],
    [
      'a bad byte just after the first read',
      Buffer.concat([Buffer.from(`sha256\n${'a'.repeat(read - 7)}`), Buffer.from([0xff, 0x0a])]),
    ],
    [
      'a character cut by the read and never finished',
      Buffer.concat([Buffer.alloc(read - 1, 0x61), Buffer.from([0xe2, 0x61])]),
    ],
  ])('%s', (_, bytes) => {
    expect(encoding(bytes)).toEqual(['encoding rules/list.txt:1:1']);
  });
});

describe('splitCsvCells: the cells of a CSV record and the column each starts at', () => {
  test.each([
    [
      'a,b',
      [
        ['a', 1],
        ['b', 3],
      ],
    ],
    [
      '"say ""hi"".exe",x',
      [
        ['say "hi".exe', 2],
        ['x', 18],
      ],
    ],
    [
      '"a, b",',
      [
        ['a, b', 2],
        ['', 8],
      ],
    ],
    ['""""', [['"', 2]]],
  ])('%s', (line, cells) => {
    expect(splitCsvCells(line)?.map((c) => [c.value, c.col])).toEqual(cells);
  });

  test.each(['"unclosed,x', '"a"b,c', 'a,"b'])('%s is not a CSV record', (line) => {
    expect(splitCsvCells(line)).toBeUndefined();
  });
});

describe('readList: a list that cannot be read is one error at its first line', () => {
  test('a file gone between the check of the rule and the read (ENOENT)', () => {
    const dir = tempDir('iocc-lines-');
    dirs.push(dir);
    const r = readList(join(dir, 'gone.csv'), 'rules/gone.csv', {});
    expect(r.diagnostics.map((d) => [`${d.code} ${d.file}:${d.line}:${d.col}`, d.message])).toEqual([
      ['list-file rules/gone.csv:1:1', 'the list file does not exist'],
    ]);
  });

  test('a folder where the list should be (EISDIR)', () => {
    const dir = tempDir('iocc-lines-');
    dirs.push(dir);
    const r = readList(dir, 'rules/dir.csv', {});
    expect(r.diagnostics.map((d) => [`${d.code} ${d.file}:${d.line}:${d.col}`, d.message])).toEqual([
      ['list-file rules/dir.csv:1:1', 'cannot read the list (EISDIR)'],
    ]);
  });
});

describe('readList: an empty cell is a field not given', () => {
  test('a row with an empty version has no version; one with a version has it', () => {
    const h = (c: string): string => c.repeat(64);
    const path = file(Buffer.from(`sha256,name,version\n${h('a')},a.exe,18.12.407\n${h('b')},b.exe,\n`));
    const r = readList(path, 'rules/list.csv', { os: 'windows' });
    expect(r.diagnostics).toEqual([]);
    expect(r.files.map((f) => f.version)).toEqual(['18.12.407', undefined]);
    expect(Object.keys(r.files[1]!)).not.toContain('version');
  });
});
