// Putting a build on disk without ever leaving a half-written dist/: the new tree is written beside
// the old one and swapped in with two renames; a build killed between them is repaired by the next
// run. iocc only ever replaces a directory that holds its own manifest.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from './errors.js';
import type { OutputFile } from './report.js';
import { append } from './util/array.js';

export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}

const isInside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..' && !parse(rel).root);
};

function isOwnManifest(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { generator?: unknown };
    return m.generator === 'iocc';
  } catch {
    return false;
  }
}

/** Refuses output directories that iocc must not replace. */
export function checkOutDir(outDir: string, cwd: string, inputs: readonly string[]): void {
  const out = resolve(cwd, outDir);
  if (parse(out).root === out)
    throw new UsageError(`refusing to write to ${outDir}: it is the root of the file system`);
  if (isInside(cwd, out))
    throw new UsageError(
      `refusing to write to ${outDir}: it contains the working directory`,
      'give a dedicated output folder such as dist/',
    );
  for (const input of inputs) {
    if (isInside(resolve(cwd, input), out))
      throw new UsageError(`refusing to write to ${outDir}: it contains the rules ${input}`);
  }
  let st;
  try {
    st = lstatSync(out);
  } catch {
    return; // does not exist yet: it will be created
  }
  if (st.isSymbolicLink())
    throw new UsageError(`refusing to write to ${outDir}: it is a symbolic link`, 'point --out at a real directory');
  if (!st.isDirectory()) throw new UsageError(`refusing to write to ${outDir}: it is not a directory`);
  if (readdirSync(out).length > 0 && !isOwnManifest(out)) {
    throw new UsageError(
      `refusing to replace ${outDir}: it was not created by iocc (no iocc manifest.json in it)`,
      'choose an empty or new directory with --out, or remove it yourself',
    );
  }
}

const sideName = (out: string, kind: 'tmp' | 'old' | 'lock', suffix = ''): string =>
  join(dirname(out), `.${basename(out)}.iocc-${kind}${suffix}`);

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the write lock of `out`, or says which build holds it. Returns the release function. */
function lock(out: string): () => void {
  const path = sideName(out, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(join(path, 'pid'), { encoding: 'utf8', flag: 'a+' }) || '0');
      const fresh = Date.now() - statSync(path).mtimeMs < 60_000;
      if ((pid > 0 && pidAlive(pid)) || (pid === 0 && fresh)) {
        throw new BuildError(
          `another iocc build${pid > 0 ? ` (pid ${pid})` : ''} is writing ${out}; try again when it is done`,
        );
      }
      rmSync(path, { recursive: true, force: true }); // left by a build that was killed
    }
  }
  throw new BuildError(`cannot lock ${out}`);
}

/** Repairs what a killed build can leave behind: a missing out dir with its old copy beside it, temp dirs. */
function recover(out: string): void {
  const parent = dirname(out);
  const prefix = `.${basename(out)}.iocc-`;
  let names: string[];
  try {
    names = readdirSync(parent)
      .filter((n) => n.startsWith(prefix))
      .sort();
  } catch {
    return;
  }
  const olds = names.filter((n) => n.startsWith(`${prefix}old`));
  const newestOld = olds[olds.length - 1];
  if (!existsSync(out) && newestOld !== undefined) renameSync(join(parent, newestOld), out);
  for (const n of names) {
    const m = /^\S+?\.iocc-(tmp|old)-(\d+)-/.exec(n);
    if (m !== null && !pidAlive(Number(m[2])) && existsSync(join(parent, n)))
      rmSync(join(parent, n), { recursive: true, force: true });
  }
}

function writeTree(dir: string, files: readonly OutputFile[]): void {
  mkdirSync(dir);
  for (const f of files) {
    const full = join(dir, ...f.path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.bytes, { flag: 'wx' });
  }
}

/** Writes `files` as the new content of `outDir`, all or nothing. */
export function writeDist(outDir: string, files: readonly OutputFile[], cwd: string = process.cwd()): void {
  const out = resolve(cwd, outDir);
  mkdirSync(dirname(out), { recursive: true });
  const release = lock(out);
  try {
    recover(out);
    const tag = `-${process.pid}-${randomBytes(4).toString('hex')}`;
    const tmp = sideName(out, 'tmp', tag);
    try {
      writeTree(tmp, files);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    if (existsSync(out)) {
      const old = sideName(out, 'old', tag);
      renameSync(out, old);
      renameSync(tmp, out);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(tmp, out);
    }
  } finally {
    release();
  }
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

export interface Difference {
  readonly path: string;
  readonly change: 'missing' | 'extra' | 'changed';
}

/** How `outDir` differs from `files` (for --check); empty when identical byte for byte. */
export function compareDist(outDir: string, files: readonly OutputFile[], cwd: string = process.cwd()): Difference[] {
  const out = resolve(cwd, outDir);
  const present = existsSync(out) && lstatSync(out).isDirectory() ? new Set(listTree(out)) : new Set<string>();
  const diffs: Difference[] = [];
  for (const f of files) {
    if (!present.has(f.path)) diffs.push({ path: f.path, change: 'missing' });
    else if (!readFileSync(join(out, ...f.path.split('/'))).equals(f.bytes))
      diffs.push({ path: f.path, change: 'changed' });
    present.delete(f.path);
  }
  for (const p of present) diffs.push({ path: p, change: 'extra' });
  return diffs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
