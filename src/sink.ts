// Where a build's files go, chunk by chunk: a staging folder on disk (`iocc build`), a comparison with
// an existing folder (`--check`), or memory (the library API and the tests). Each file is hashed while
// it is written, so no file has to be held whole for the manifest and SHA256SUMS.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from './report.js';
import { append } from './util/array.js';

/** A file as written: its path inside dist/, its SHA-256 and its size in bytes. */
export interface WrittenFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

export interface Sink {
  /** Writes one file from its chunks, in order (UTF-8 text or bytes). */
  write(path: string, chunks: Iterable<string | Buffer>): WrittenFile;
}

/** Chunks are gathered up to this size before a write: fewer system calls for many small pieces. */
const flushAt = 1 << 16;

/** Feeds `chunks` to `onBytes` in pieces of about `flushAt` bytes, hashing them; returns digest and size. */
function pump(path: string, chunks: Iterable<string | Buffer>, onBytes: (b: Buffer) => void): WrittenFile {
  const hash = createHash('sha256');
  let size = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const emit = (b: Buffer): void => {
    hash.update(b);
    size += b.length;
    onBytes(b);
  };
  const flush = (): void => {
    if (pending.length === 0) return;
    emit(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingLength = 0;
  };
  for (const c of chunks) {
    if (typeof c !== 'string') {
      flush();
      emit(c);
      continue;
    }
    pending.push(c);
    pendingLength += c.length;
    if (pendingLength >= flushAt) flush();
  }
  flush();
  return { path, sha256: hash.digest('hex'), size };
}

const fullPath = (dir: string, path: string): string => join(dir, ...path.split('/'));

/** Writes into `dir` (which must exist), refusing to overwrite a file. */
export function folderSink(dir: string): Sink {
  return {
    write(path, chunks) {
      const full = fullPath(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      const fd = openSync(full, 'wx');
      try {
        return pump(path, chunks, (b) => {
          try {
            writeFileSync(fd, b);
          } catch (e) {
            // A write error (ENOSPC …) names no path: give it the file's.
            if (typeof e === 'object' && e !== null && (e as NodeJS.ErrnoException).path === undefined)
              (e as NodeJS.ErrnoException).path = full;
            throw e;
          }
        });
      } catch (e) {
        // A write error (ENOSPC …) names no path: give it the file's.
        if (e instanceof Error && 'code' in e && !('path' in e)) Object.assign(e, { path: full });
        throw e;
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Hashes every file and keeps nothing (validation writes nothing). */
export const discardingSink = (): Sink => ({ write: (path, chunks) => pump(path, chunks, () => undefined) });

/** Keeps every file in memory, for callers that want the bytes (the library API, the tests). */
export function memorySink(): Sink & { readonly files: OutputFile[] } {
  const files: OutputFile[] = [];
  return {
    files,
    write(path, chunks) {
      const parts: Buffer[] = [];
      const written = pump(path, chunks, (b) => parts.push(b));
      files.push({ path, bytes: Buffer.concat(parts) });
      return written;
    },
  };
}

export interface Difference {
  readonly path: string;
  readonly change: 'missing' | 'extra' | 'changed';
}

function listTree(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) append(out, listTree(join(dir, e.name), rel));
    else out.push(rel);
  }
  return out;
}

/** Whether the bytes of `fd` from `offset` are `b`. */
function sameBytes(fd: number, b: Buffer, offset: number): boolean {
  const on = Buffer.allocUnsafe(b.length);
  let got = 0;
  while (got < b.length) {
    const n = readSync(fd, on, got, b.length - got, offset + got);
    if (n === 0) return false;
    got += n;
  }
  return on.equals(b);
}

/**
 * Compares each file, as it comes, with the same path under `dir` (for --check), without keeping it.
 * `differences()` lists what differs, with the files of `dir` that were never written as extra.
 */
export function comparingSink(dir: string): Sink & { differences(): Difference[] } {
  const present = existsSync(dir) && lstatSync(dir).isDirectory() ? new Set(listTree(dir)) : new Set<string>();
  const diffs: Difference[] = [];
  return {
    write(path, chunks) {
      if (!present.has(path)) {
        diffs.push({ path, change: 'missing' });
        return pump(path, chunks, () => undefined);
      }
      present.delete(path);
      const fd = openSync(fullPath(dir, path), 'r');
      try {
        let same = true;
        let offset = 0;
        const written = pump(path, chunks, (b) => {
          if (same) same = sameBytes(fd, b, offset);
          offset += b.length;
        });
        if (!same || lstatSync(fullPath(dir, path)).size !== written.size) diffs.push({ path, change: 'changed' });
        return written;
      } finally {
        closeSync(fd);
      }
    },
    differences() {
      const all = [...diffs, ...[...present].map((path) => ({ path, change: 'extra' as const }))];
      return all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
