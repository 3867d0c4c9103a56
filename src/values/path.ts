// Known file locations: absolute, or starting with a supported %VARIABLE% (Windows) or ~ (macOS, Linux).
import type { Os } from './os.js';
import { didYouMean, shown } from '../util/suggest.js';

/** Windows folder variables a path may start with; targets turn them into per-OS patterns. */
export const windowsPathVariables: readonly string[] = [
  '%LOCALAPPDATA%',
  '%APPDATA%',
  '%PROGRAMFILES%',
  '%PROGRAMFILES(X86)%',
  '%PROGRAMDATA%',
  '%USERPROFILE%',
  '%TEMP%',
  '%SYSTEMROOT%',
];

export type PathFlavor = 'windows' | 'posix';

export type PathCheck =
  | { readonly ok: true; readonly value: string; readonly flavor: PathFlavor }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly hint?: string };

const fail = (code: string, message: string, hint?: string): PathCheck =>
  hint === undefined ? { ok: false, code, message } : { ok: false, code, message, hint };

function checkWindows(raw: string, name: string | undefined): PathCheck {
  let v = raw.replace(/\//g, '\\');
  const variable = /^%([^%]+)%/.exec(v);
  if (variable !== null) {
    const written = `%${(variable[1] ?? '').toUpperCase()}%`;
    if (!windowsPathVariables.includes(written)) {
      return fail(
        'path-variable',
        `unsupported path variable ${variable[0]}`,
        didYouMean(written, windowsPathVariables) ?? `supported: ${windowsPathVariables.join(', ')}`,
      );
    }
    v = written + v.slice(variable[0].length);
    if (v.length > written.length && v[written.length] !== '\\')
      return fail('path-syntax', `a separator must follow ${written}`);
  } else if (/^[A-Za-z]:\\/.test(v)) {
    v = (v[0] ?? '').toUpperCase() + v.slice(1);
  } else if (v.startsWith('\\\\')) {
    return fail(
      'path-syntax',
      'network (UNC) paths are not supported',
      'write the path as the endpoint sees it locally',
    );
  } else {
    return fail(
      'path-syntax',
      `${shown(raw)} is not an absolute path`,
      'start with a drive (C:\\), a variable such as %LOCALAPPDATA%, / or ~/',
    );
  }
  if (/[<>"|?*\x00-\x1f]/.test(v.replace(/^%[^%]+%/, '')))
    return fail('path-syntax', 'Windows paths cannot contain < > " | ? * or control characters');
  return finish(v, '\\', 'windows', name);
}

function checkPosix(raw: string, name: string | undefined): PathCheck {
  if (raw.startsWith('~') && !raw.startsWith('~/'))
    return fail('path-syntax', `${shown(raw)}: only ~/ (the user's home) is supported`);
  if (raw.includes('\x00')) return fail('path-syntax', 'paths cannot contain NUL');
  if (/\/\/+/.test(raw)) return fail('path-syntax', `${shown(raw)} contains an empty path segment (//)`);
  return finish(raw, '/', 'posix', name);
}

function finish(path: string, sep: string, flavor: PathFlavor, name: string | undefined): PathCheck {
  const segments = path.split(sep);
  if (segments.some((s) => s === '..' || s === '.'))
    return fail('path-syntax', 'paths cannot contain . or .. segments');
  let v = path;
  if (v.endsWith(sep)) {
    if (name === undefined)
      return fail('path-syntax', 'a folder path needs the file name (give `name`, or end the path with it)');
    v += name;
  }
  return { ok: true, value: v, flavor };
}

export function checkPath(raw: string, name: string | undefined): PathCheck {
  if (raw.trim() !== raw) return fail('path-syntax', 'path has white space at its start or end');
  if (raw.startsWith('/') || raw.startsWith('~')) return checkPosix(raw, name);
  return checkWindows(raw, name);
}

export const flavorFits = (flavor: PathFlavor, os: Os): boolean => (flavor === 'windows') === (os === 'windows');

/** The last component of a path. */
/**
 * True when `v` is a file name and not a path: not `.` or `..`, no `/` or NUL, and no `\` where it
 * separates folders (Windows, or no os given).
 */
export function isBareFileName(v: string, os: Os | undefined): boolean {
  return (
    v !== '.' &&
    v !== '..' &&
    !v.includes('/') &&
    !v.includes('\x00') &&
    !((os === 'windows' || os === undefined) && v.includes('\\'))
  );
}

export function baseName(path: string, flavor: PathFlavor): string {
  const parts = path.split(flavor === 'windows' ? '\\' : '/');
  return parts[parts.length - 1] ?? '';
}
