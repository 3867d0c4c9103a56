// File indicators read from a list (`files_from:`), for feeds: a CSV file with a header row naming its
// columns (sha256, sha1, md5, name, os, version, role, size, comment), or one hash per line (with an
// optional `;comment`, the LOKI/THOR form). The list is read in chunks, never whole, and every problem is
// located in the list itself.
import type { CoreCode } from '../codes.js';
import { isUtf8 } from 'node:buffer';
import { wholeSequences } from '../util/utf8.js';
import { closeSync, openSync, readSync } from 'node:fs';
import {
  capFileDiagnostics,
  error,
  maxDiagnosticsPerFile,
  warning,
  type Diagnostic,
  type Origin,
} from '../diagnostics.js';
import type { Confidence, FileField, FileIndicator, Os, Role } from '../model/types.js';
import { fileKey } from '../model/observables.js';
import { closest, shown } from '../util/suggest.js';
import { osValues, roles } from './indicators.js';
import { algorithmOfLength, checkHash, hashAlgorithms, type HashAlgorithm } from '../values/hash.js';
import { isBareFileName, type RulePath } from '../values/path.js';

export interface ListDefaults {
  readonly os?: Os;
  readonly role?: Role;
  readonly confidence?: Confidence;
  readonly comment?: string;
}

/** How a list is read, beyond the defaults of its rows. */
export interface ListReading {
  /** Header columns iocc does not know and is told to ignore (`ignore_columns`). */
  readonly ignoreColumns?: readonly string[];
  /** A row whose hash cells are all empty: an error (default), or skipped with one warning (`empty: skip`). */
  readonly empty?: 'error' | 'skip';
}

const columns = ['sha256', 'sha1', 'md5', 'name', 'os', 'version', 'role', 'size', 'comment'] as const;
type Column = (typeof columns)[number];
const maxLine = 65536;
const none: readonly RulePath[] = Object.freeze([]);
const nowhere: readonly Origin[] = Object.freeze([]);
const noOrigins: Readonly<Partial<Record<FileField, Origin>>> = Object.freeze({});

/** The list's bytes are not UTF-8. */
class NotUtf8 extends Error {}

const bom = [0xef, 0xbb, 0xbf];
const startsWithBom = (bytes: Uint8Array): boolean => bom.every((b, i) => bytes[i] === b);

/**
 * Calls `onLine(text, lineNumber)` for every line of a file, reading 1 MiB at a time. The bytes are
 * checked as UTF-8 and decoded by Buffer, not TextDecoder: Buffer makes an ASCII line a one-byte
 * string, TextDecoder a two-byte one, and a feed's million hashes would take twice the memory.
 */
export function eachLine(path: string, onLine: (line: string, n: number) => void): void {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let cut: Buffer = Buffer.alloc(0);
  let rest = '';
  let n = 0;
  let first = true;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      const bytes = cut.length === 0 ? buffer.subarray(0, read) : Buffer.concat([cut, buffer.subarray(0, read)]);
      const end = read === 0 ? bytes.length : wholeSequences(bytes);
      const start = first && startsWithBom(bytes) ? bom.length : 0;
      first = false;
      if (!isUtf8(bytes.subarray(start, end))) throw new NotUtf8();
      cut = Buffer.from(bytes.subarray(end));
      const lines = (rest + bytes.toString('utf8', start, end)).split(/\r\n|\n|\r(?!$)/);
      // The text after the last line break: the start of a line the next read ends, or the last line.
      rest = lines.pop() ?? '';
      for (const line of lines) onLine(line, ++n);
      if (read === 0) {
        if (rest !== '') onLine(rest, ++n);
        return;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** A CSV field and the column (1-based) of its first character in the line, after any opening quote. */
export interface CsvCell {
  readonly value: string;
  readonly col: number;
}

/** One CSV record of a single line (RFC 4180 quoting; a field cannot span lines here), with columns. */
export function splitCsvCells(line: string): CsvCell[] | undefined {
  const cells: CsvCell[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      const col = i + 2;
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return undefined;
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      cells.push({ value, col });
      if (i === line.length) return cells;
      if (line[i] !== ',') return undefined;
      i++;
    } else {
      const c = line.indexOf(',', i);
      if (c < 0) {
        cells.push({ value: line.slice(i), col: i + 1 });
        return cells;
      }
      cells.push({ value: line.slice(i, c), col: i + 1 });
      i = c + 1;
    }
  }
}

/**
 * A cell's text as a string of its own. V8 keeps a substring of 13 characters or more as a slice of
 * the string it was cut from — here the whole 1 MiB read — which a row would hold for the whole build.
 */
const own = (s: string): string => (s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8'));

/**
 * The hashes of a row, the strongest one a slice of the row's key (`sha256:<hex>`), so its text is
 * held once: a feed has a million of them.
 */
function keyedHashes(
  key: string,
  hashes: Partial<Record<HashAlgorithm, string>>,
): Partial<Record<HashAlgorithm, string>> {
  const out: Partial<Record<HashAlgorithm, string>> = {};
  for (const a of hashAlgorithms) {
    const hex = hashes[a];
    if (hex === undefined) continue;
    out[a] = key === `${a}:${hex}` ? key.slice(a.length + 1) : own(hex);
  }
  return out;
}

interface Row {
  readonly values: Partial<Record<Column, string>>;
  readonly cols: Partial<Record<Column, number>>;
}

function toIndicator(
  row: Row,
  origin: Origin,
  d: ListDefaults,
  problem: (col: number, code: CoreCode, message: string, hint?: string) => void,
): FileIndicator | undefined {
  const v = row.values;
  const col = (c: Column): number => row.cols[c] ?? 1;
  const hashes: Partial<Record<HashAlgorithm, string>> = {};
  let bad = false;
  for (const a of hashAlgorithms) {
    const raw = v[a];
    if (raw === undefined || raw === '') continue;
    const c = checkHash(a, raw);
    if (c.ok) hashes[a] = c.value;
    else {
      bad = true;
      problem(col(a) + (c.index ?? 0), c.code, `${a} ${c.message}`, c.hint);
    }
  }
  const os = v.os === undefined || v.os === '' ? d.os : v.os;
  if (os !== undefined && !(osValues as readonly string[]).includes(os)) {
    problem(col('os'), 'enum', `os must be one of ${osValues.join(', ')}; got ${shown(os)}`);
    bad = true;
  }
  const name = v.name === '' ? undefined : v.name;
  // The same rule as a `files:` entry: a backslash is a folder separator on Windows (and when no os is given).
  if (name !== undefined && !isBareFileName(name, os as Os | undefined)) {
    problem(col('name'), 'name-syntax', `name must be a file name, not a path: ${shown(name)}`);
    bad = true;
  } else if (name !== undefined && /[*?]/.test(name)) {
    problem(col('name'), 'name-wildcard', `name ${shown(name)} has a wildcard, but names are matched as they are`);
    bad = true;
  }
  const role = v.role === undefined || v.role === '' ? d.role : v.role;
  if (role !== undefined && !(roles as readonly string[]).includes(role)) {
    problem(col('role'), 'enum', `role must be one of ${roles.join(', ')}; got ${shown(role)}`);
    bad = true;
  }
  let size: number | undefined;
  if (v.size !== undefined && v.size !== '') {
    size = /^\d{1,15}$/.test(v.size) ? Number(v.size) : NaN;
    if (!Number.isSafeInteger(size)) {
      problem(col('size'), 'type', `size must be a whole number of bytes; got ${shown(v.size)}`);
      bad = true;
    }
  }
  if (size === 0 && Object.keys(hashes).length > 0) {
    problem(col('size'), 'size-zero', 'size is 0: an empty file cannot be an indicator');
    bad = true;
  }
  if (bad) return undefined;
  if (Object.keys(hashes).length === 0 && name === undefined) {
    problem(1, 'file-identity', 'the row needs a hash or a name');
    return undefined;
  }
  const comment = v.comment === undefined || v.comment === '' ? d.comment : own(v.comment);
  // The list's own copies of an OS or role name would be a string per row: the one constant is shared.
  const sharedOs = osValues.find((x) => x === os);
  const sharedRole = roles.find((x) => x === role);
  const key = fileKey({ ...hashes, os: os as Os | undefined, name, originalName: undefined });
  return {
    key,
    ...(name !== undefined && { name: own(name) }),
    ...keyedHashes(key, hashes),
    ...(size !== undefined && { size }),
    ...(sharedOs !== undefined && { os: sharedOs }),
    ...(v.version !== undefined && v.version !== '' && { version: own(v.version) }),
    ...(sharedRole !== undefined && { role: sharedRole }),
    paths: none,
    ...(d.confidence !== undefined && { confidence: d.confidence }),
    ...(comment !== undefined && { comment }),
    origin,
    fieldOrigins: noOrigins,
    alsoAt: nowhere,
  };
}

/** Names feeds use for iocc's columns, which a close spelling would not suggest. */
const columnAliases: Readonly<Record<string, string>> = {
  filename: 'name',
  file_name: 'name',
  file: 'name',
  hash: 'sha256 (or sha1, md5: one column per algorithm)',
  sha_256: 'sha256',
  'sha-256': 'sha256',
  'sha-1': 'sha1',
  'md-5': 'md5',
  filesize: 'size',
  file_size: 'size',
  platform: 'os',
  description: 'comment',
};

/**
 * Whether the first line of a list is a hash (a hash list) rather than a CSV header: a hash list's line
 * is one run of letters and digits of hash length, before an optional `;comment`.
 */
const looksLikeHashLine = (line: string): boolean => {
  const semi = line.indexOf(';');
  return /^[0-9a-z]{32,}$/i.test((semi < 0 ? line : line.slice(0, semi)).trim());
};

interface Header {
  /** The column of each known name (0-based cell index). */
  readonly cols: Partial<Record<Column, number>>;
  readonly width: number;
}

/** The columns of a CSV header, or its problems, each at its own column of the header line. */
function readHeader(
  line: string,
  ignore: readonly string[],
  problem: (col: number, code: CoreCode, message: string, hint?: string) => void,
): Header | undefined {
  const cells = splitCsvCells(line);
  if (cells === undefined) {
    problem(1, 'csv-syntax', 'the header line is not a valid CSV record (check the quotes)');
    return undefined;
  }
  const cols: Partial<Record<Column, number>> = {};
  let ok = true;
  cells.forEach(({ value: raw, col: start }, i) => {
    const name = raw.trim().toLowerCase();
    if (ignore.includes(name)) return;
    if (!(columns as readonly string[]).includes(name)) {
      ok = false;
      const like = columnAliases[name] ?? closest(name, columns);
      return problem(
        start,
        'list-column',
        `unknown column ${shown(raw.trim())} in the header; the columns are ${columns.join(', ')}`,
        `${like === undefined ? '' : `did you mean '${like}'? `}to leave a column out, name it in the ` +
          `entry's ignore_columns`,
      );
    }
    if (cols[name as Column] !== undefined) {
      ok = false;
      return problem(start, 'list-column', `column ${shown(name)} is named twice in the header`);
    }
    cols[name as Column] = i;
  });
  return ok ? { cols, width: cells.length } : undefined;
}

/** Reads a list file into file indicators; `display` is the path shown in diagnostics. */
export function readList(
  path: string,
  display: string,
  defaults: ListDefaults,
  reading: ListReading = {},
): { files: FileIndicator[]; diagnostics: Diagnostic[] } {
  const files: FileIndicator[] = [];
  const diagnostics: Diagnostic[] = [];
  const ignore = (reading.ignoreColumns ?? []).map((c) => c.trim().toLowerCase());
  let header: Header | undefined;
  // `broken`: the header is wrong, so every row would be misread; its errors say why, rows are not read.
  let mode: 'unknown' | 'csv' | 'plain' | 'broken' = 'unknown';
  let left = 0;
  let skipped = 0;
  try {
    eachLine(path, (line, n) => {
      const at = (col: number): Origin => ({ file: display, line: n, col });
      const problem = (col: number, code: CoreCode, message: string, hint?: string): void => {
        if (diagnostics.length < maxDiagnosticsPerFile) diagnostics.push(error(at(col), code, message, hint));
        else left++;
      };
      if (mode === 'broken') return;
      if (line.length > maxLine)
        return problem(1, 'too-long', `line is ${line.length} characters long; at most ${maxLine} are read`);
      const trimmed = line.trim();
      // `#` starts a comment in a hash list, and before a CSV header; after the header a line is a
      // record, whose first cell (a name) may well start with #.
      if (trimmed === '' || (trimmed.startsWith('#') && mode !== 'csv')) return;
      if (mode === 'unknown') {
        if (looksLikeHashLine(trimmed)) mode = 'plain';
        else {
          header = readHeader(line, ignore, problem);
          mode = header === undefined ? 'broken' : 'csv';
          return;
        }
      }
      if (mode === 'plain') {
        const semi = trimmed.indexOf(';');
        const hash = semi < 0 ? trimmed : trimmed.slice(0, semi).trim();
        const algorithm = algorithmOfLength(hash.length) ?? 'sha256';
        const f = toIndicator(
          {
            values: { [algorithm]: hash, ...(semi >= 0 && { comment: trimmed.slice(semi + 1).trim() }) },
            cols: { [algorithm]: line.indexOf(hash) + 1 },
          },
          at(1),
          defaults,
          problem,
        );
        if (f !== undefined) files.push(f);
        return;
      }
      const h = header as Header;
      const cells = splitCsvCells(line);
      if (cells === undefined)
        return problem(1, 'csv-syntax', 'this line is not a valid CSV record (check the quotes)');
      if (cells.length !== h.width)
        return problem(
          1,
          'csv-cells',
          `this row has ${cells.length} cell${cells.length === 1 ? '' : 's'}; the header names ${h.width}`,
          cells.length < h.width ? 'a comma is missing, or the row was cut' : 'quote a cell that holds a comma',
        );
      const values: Partial<Record<Column, string>> = {};
      const cols: Partial<Record<Column, number>> = {};
      for (const [c, i] of Object.entries(h.cols) as [Column, number][]) {
        const cell = cells[i];
        values[c] = (cell?.value ?? '').trim();
        // The column of the trimmed value: after the opening quote and any leading blanks.
        cols[c] = cell === undefined ? 1 : cell.col + (cell.value.length - cell.value.trimStart().length);
      }
      const declared = hashAlgorithms.filter((a) => h.cols[a] !== undefined);
      // A row whose hash cells are all empty would silently become a name-only indicator.
      if (declared.length > 0 && declared.every((a) => values[a] === '')) {
        if (reading.empty === 'skip') return void skipped++;
        return problem(
          cols[declared[0] as HashAlgorithm] ?? 1,
          'list-empty-hash',
          `this row has no ${declared.join(' or ')} although the header names ` +
            `${declared.length === 1 ? 'that column' : 'those columns'}`,
          'fill it in, remove the row, or give the entry `empty: skip` to leave such rows out',
        );
      }
      const f = toIndicator({ values, cols }, at(1), defaults, problem);
      if (f !== undefined) files.push(f);
    });
    if (skipped > 0)
      diagnostics.push(
        warning(
          { file: display, line: 1, col: 1 },
          'list-empty-hash',
          `${skipped} row${skipped === 1 ? '' : 's'} with no hash left out (empty: skip)`,
        ),
      );
  } catch (e) {
    // Anything but NotUtf8 is the file system's.
    const encoding = e instanceof NotUtf8;
    const code = (e as NodeJS.ErrnoException).code;
    const message = encoding
      ? 'the list is not valid UTF-8'
      : code === 'ENOENT'
        ? 'the list file does not exist'
        : `cannot read the list (${code ?? 'error'})`;
    diagnostics.push(
      error(
        { file: display, line: 1, col: 1 },
        encoding ? 'encoding' : 'list-file',
        message,
        encoding ? 'save it as UTF-8' : undefined,
      ),
    );
  }
  return { files, diagnostics: capFileDiagnostics(display, diagnostics, left) };
}
