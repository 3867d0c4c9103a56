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
import { environmentMessage } from './env-errors.js';
import { UsageError } from './errors.js';
import type { OutputFile } from './report.js';
import { comparingSink, folderSink, type Difference } from './sink.js';

export type { Difference } from './sink.js';

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
  const sink = folderSink(dir);
  for (const f of files) sink.write(f.path, [f.bytes]);
}

/**
 * Fills a new tree for `outDir` beside it and swaps it in, all or nothing: `fill` writes into the
 * staging folder it is given and says whether to publish it. A throw or `false` leaves `outDir` as it was.
 */
export function stageDist<T>(
  outDir: string,
  fill: (staging: string) => { readonly publish: boolean; readonly value: T },
  cwd: string = process.cwd(),
): T {
  try {
    return stageDistOrThrow(outDir, fill, cwd);
  } catch (e) {
    // The machine's errors (a full disk, a read-only folder …) are BuildErrors that say what to do.
    const message = environmentMessage(e, resolve(cwd, outDir));
    if (message === undefined) throw e;
    throw new BuildError(`${message}; ${outDir} is unchanged`);
  }
}

function stageDistOrThrow<T>(
  outDir: string,
  fill: (staging: string) => { readonly publish: boolean; readonly value: T },
  cwd: string,
): T {
  const out = resolve(cwd, outDir);
  mkdirSync(dirname(out), { recursive: true });
  const release = lock(out);
  try {
    recover(out);
    const tag = `-${process.pid}-${randomBytes(4).toString('hex')}`;
    const tmp = sideName(out, 'tmp', tag);
    let result: { readonly publish: boolean; readonly value: T };
    try {
      mkdirSync(tmp);
      result = fill(tmp);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    if (!result.publish) {
      rmSync(tmp, { recursive: true, force: true });
      return result.value;
    }
    if (existsSync(out)) {
      const old = sideName(out, 'old', tag);
      renameSync(out, old);
      renameSync(tmp, out);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(tmp, out);
    }
    return result.value;
  } finally {
    release();
  }
}

/** Writes `files` as the new content of `outDir`, all or nothing. */
export function writeDist(outDir: string, files: readonly OutputFile[], cwd: string = process.cwd()): void {
  stageDist(outDir, (tmp) => (writeTree(tmp, files), { publish: true, value: undefined }), cwd);
}

/** How `outDir` differs from `files` (for --check); empty when identical byte for byte. */
export function compareDist(outDir: string, files: readonly OutputFile[], cwd: string = process.cwd()): Difference[] {
  const sink = comparingSink(resolve(cwd, outDir));
  for (const f of files) sink.write(f.path, [f.bytes]);
  return sink.differences();
}
