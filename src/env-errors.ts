// Errors of the machine, not of iocc or the rules: a full disk, a read-only or missing folder, too many
// open files. Each is told with the path and what to do, instead of as a bug in iocc.

const advice: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device; free some space and build again',
  EDQUOT: 'the disk quota is used up; free some space and build again',
  EROFS: 'the file system is read-only; give a writable --out',
  EACCES: 'permission denied; give a folder you may write to with --out',
  EPERM: 'not permitted; give a folder you may write to with --out',
  EMFILE: 'too many open files; raise the limit (ulimit -n) or close other programs',
  ENFILE: 'too many open files on the system; close other programs and build again',
  EISDIR: 'a directory is where a file is expected; move it away',
  ENOTDIR: 'a file is where a folder is expected; move it away',
  ENOENT: 'a folder on the way does not exist (was it removed during the build?)',
  EEXIST: 'a file is already there; another program writes the same folder',
  EIO: 'the device reported an input/output error; check the disk',
};

/** The message for an error of the machine while writing `path`, or undefined for anything else. */
export function environmentMessage(e: unknown, path: string): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || advice[code] === undefined) return undefined;
  const where = (e as NodeJS.ErrnoException).path ?? path;
  return `cannot write ${where}: ${advice[code]} (${code})`;
}
