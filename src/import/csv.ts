// `iocc import csv`: a CSV list with a header row. Either typed values (a `value` column, with an
// optional `type` column in MISP's attribute types — MISP's CSV export has both — or the type guessed
// from the value), or iocc's feed columns (sha256, sha1, md5, name, os, version, role, size) and
// domain, url, ip columns. `comment` and `to_ids` columns are read in both forms; any other column is
// reported once, at the header.
import { error, type Origin } from '../diagnostics.js';
import { originAt, type SourceText } from '../load/source.js';
import { splitCsvCells, type CsvCell } from '../load/list.js';
import { os as osValues, roles } from './context.js';
import type { Draft, ImportedFile } from './draft.js';
import { addTyped, detectType } from './indicator-types.js';
import type { HashAlgorithm } from '../values/hash.js';

const fileColumns = ['sha256', 'sha1', 'md5', 'name', 'os', 'version', 'role', 'size'];
const networkColumns = { domain: 'domains', url: 'urls', ip: 'ips' } as const;
const known = new Set(['value', 'type', 'comment', 'to_ids', ...fileColumns, ...Object.keys(networkColumns)]);

export function importCsv(src: SourceText, draft: Draft): void {
  const lines = src.text.split(/\r\n|\n|\r/);
  const lineAt = (n: number, col = 1) => ({ ...originAt(src, src.lineStarts[n] ?? 0), col });
  const headerIndex = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  const headerLine = lines[headerIndex]; // undefined when no line is the header (index -1)
  const headerCells = headerLine === undefined ? undefined : splitCsvCells(headerLine);
  const header = headerCells?.map((h) => h.value.trim().toLowerCase());
  if (header === undefined || !header.some((h) => h === 'value' || fileColumns.includes(h) || h in networkColumns)) {
    draft.diagnostics.push(
      error(
        lineAt(Math.max(headerIndex, 0)),
        'import-input',
        'the first row must name the columns: value (and type), or sha256, sha1, md5, name, domain, url, ip …',
        'e.g. type,value,comment',
      ),
    );
    return;
  }
  header.forEach((h, i) => {
    if (!known.has(h))
      draft.skip(
        lineAt(headerIndex, headerCells?.[i]?.col ?? 1),
        `column ${JSON.stringify(h.slice(0, 100))} is not imported`,
      );
  });
  const col = (row: readonly CsvCell[], name: string): string | undefined => {
    const i = header.indexOf(name);
    const v = i < 0 ? undefined : row[i]?.value.trim();
    return v === '' ? undefined : v;
  };
  const typed = header.includes('value');
  for (const [n, text] of lines.entries()) {
    if (n <= headerIndex || text.trim() === '' || text.startsWith('#')) continue;
    const row = splitCsvCells(text);
    const at = lineAt(n);
    if (row === undefined) {
      draft.skip(at, 'not a CSV record (unbalanced quotes?); left out');
      continue;
    }
    const ids = col(row, 'to_ids');
    if (ids !== undefined && /^(0|false|no)$/i.test(ids)) {
      draft.count('rows with to_ids false skipped');
      continue;
    }
    const comment = col(row, 'comment');
    const ctx = comment !== undefined ? { comment } : {};
    const atCol = (name: string) => ({ ...at, col: row[header.indexOf(name)]?.col ?? 1 });
    if (typed) {
      const value = col(row, 'value');
      if (value === undefined) draft.skip(at, 'a row without a value; left out');
      else addTyped(col(row, 'type') ?? detectType(value), value, ctx, draft, atCol('value'));
      continue;
    }
    fileRow(row, col, ctx, draft, atCol);
    for (const [c, list] of Object.entries(networkColumns)) {
      const v = col(row, c);
      if (v !== undefined) draft.addNetwork(list, v, ctx, atCol(c));
    }
  }
}

function fileRow(
  row: readonly CsvCell[],
  col: (row: readonly CsvCell[], name: string) => string | undefined,
  ctx: { comment?: string },
  draft: Draft,
  atCol: (name: string) => Origin,
): void {
  const f: ImportedFile = { ...ctx };
  for (const a of ['sha256', 'sha1', 'md5'] as HashAlgorithm[]) {
    const v = col(row, a);
    if (v === undefined) continue;
    const hex = draft.hash(a, v, atCol(a));
    if (hex === undefined) return;
    f[a] = hex;
  }
  const name = col(row, 'name');
  if (name !== undefined) f.name = name;
  const os = col(row, 'os');
  if (os !== undefined && (osValues as readonly string[]).includes(os)) f.os = os;
  else if (os !== undefined)
    draft.skip(atCol('os'), `os ${JSON.stringify(os.slice(0, 50))} is not windows, macos or linux; left out`);
  const role = col(row, 'role');
  if (role !== undefined && (roles as readonly string[]).includes(role)) f.role = role;
  else if (role !== undefined)
    draft.skip(atCol('role'), `role ${JSON.stringify(role.slice(0, 50))} is not one iocc knows; left out`);
  const version = col(row, 'version');
  if (version !== undefined) f.version = version;
  const size = col(row, 'size');
  if (size !== undefined && /^\d{1,15}$/.test(size)) f.size = Number(size);
  else if (size !== undefined) draft.skip(atCol('size'), 'size must be a number of bytes; left out');
  if (f.sha256 !== undefined || f.sha1 !== undefined || f.md5 !== undefined || f.name !== undefined)
    draft.addFile(
      f,
      atCol(f.sha256 !== undefined ? 'sha256' : f.sha1 !== undefined ? 'sha1' : f.md5 !== undefined ? 'md5' : 'name'),
    );
}
