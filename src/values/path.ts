// Known file locations, parsed once into a typed path that every target reads: where the path starts
// (each user's home, or a fixed folder), the part after its variable, and whether it has wildcards.
// Written forms: an absolute path (C:\…, D:\…, /…), or one that starts with an environment variable of
// a default Windows install (%PROGRAMFILES%, %LOCALAPPDATA% …, any case) or with ~, $HOME or ${HOME}.
import type { CoreCode } from '../codes.js';
import type { Os } from './os.js';
import { didYouMean, shown } from '../util/suggest.js';

export type PathFlavor = 'windows' | 'posix';

/** Where a path starts, as a consumer resolves it on a host. */
export type PathBase =
  /** Below each user's home folder; `sub` starts with the separator, or is '' for the home itself. */
  | { readonly kind: 'home'; readonly sub: string }
  /** A fixed folder: `C:\Program Files`, a drive `C:`, or '' for the POSIX root. */
  | { readonly kind: 'root'; readonly root: string };

export interface RulePath {
  /** As written, normalized: Windows separators, variable names in upper case, drive letter upper case. */
  readonly text: string;
  readonly flavor: PathFlavor;
  /** The variable it starts with (`%LOCALAPPDATA%`, `~`), `C:` for a drive, or '' for a POSIX absolute path. */
  readonly anchor: string;
  /** Where the anchor resolves; %TEMP% is the user's temp folder or, for services, C:\Windows\Temp. */
  readonly bases: readonly PathBase[];
  /** The part after the anchor, starting with the separator: what end-of-path matching compares. */
  readonly tail: string;
  /** A segment holds `*` (any characters) or `?` (one character); neither ever matches a separator. */
  readonly wildcard: boolean;
}

const home = (sub: string): PathBase => ({ kind: 'home', sub });
const root = (path: string): PathBase => ({ kind: 'root', root: path });

// The system drive is taken to be C:, as on nearly every Windows host; the targets that match the part
// after the variable (Sigma, YARA) do not depend on it.
const windowsVariables: Readonly<Record<string, readonly PathBase[]>> = {
  '%USERPROFILE%': [home('')],
  '%HOMEDRIVE%%HOMEPATH%': [home('')],
  '%APPDATA%': [home('\\AppData\\Roaming')],
  '%LOCALAPPDATA%': [home('\\AppData\\Local')],
  '%TEMP%': [home('\\AppData\\Local\\Temp'), root('C:\\Windows\\Temp')],
  '%TMP%': [home('\\AppData\\Local\\Temp'), root('C:\\Windows\\Temp')],
  '%WINDIR%': [root('C:\\Windows')],
  '%SYSTEMROOT%': [root('C:\\Windows')],
  '%SYSTEMDRIVE%': [root('C:')],
  '%HOMEDRIVE%': [root('C:')],
  '%PROGRAMFILES%': [root('C:\\Program Files')],
  '%PROGRAMW6432%': [root('C:\\Program Files')],
  '%PROGRAMFILES(X86)%': [root('C:\\Program Files (x86)')],
  '%COMMONPROGRAMFILES%': [root('C:\\Program Files\\Common Files')],
  '%COMMONPROGRAMW6432%': [root('C:\\Program Files\\Common Files')],
  '%COMMONPROGRAMFILES(X86)%': [root('C:\\Program Files (x86)\\Common Files')],
  '%PROGRAMDATA%': [root('C:\\ProgramData')],
  '%ALLUSERSPROFILE%': [root('C:\\ProgramData')],
  '%PUBLIC%': [root('C:\\Users\\Public')],
};

/** Windows variables a path may start with (any case). */
export const windowsPathVariables: readonly string[] = Object.keys(windowsVariables);

const posixHomes: readonly string[] = ['~', '$HOME', '${HOME}'];

export interface PathNote {
  readonly code: CoreCode;
  readonly message: string;
  readonly hint: string;
}

export type PathCheck =
  | { readonly ok: true; readonly path: RulePath; readonly note?: PathNote }
  | { readonly ok: false; readonly code: CoreCode; readonly message: string; readonly hint?: string };

const fail = (code: CoreCode, message: string, hint?: string): PathCheck =>
  hint === undefined ? { ok: false, code, message } : { ok: false, code, message, hint };

const hasWildcard = (s: string): boolean => /[*?]/.test(s);

/** `%A%%B%` at the start of a Windows path: the longest known variable (or pair) it starts with. */
function windowsAnchor(v: string): { written: string; canonical: string } | { unknown: string } | undefined {
  const m = /^(%[^%\\]+%)(%[^%\\]+%)?/.exec(v);
  if (m === null) return undefined;
  const pair = `${m[1] ?? ''}${m[2] ?? ''}`;
  if (m[2] !== undefined && windowsVariables[pair.toUpperCase()] !== undefined) {
    return { written: pair, canonical: pair.toUpperCase() };
  }
  const one = (m[1] ?? '').toUpperCase();
  if (one === '%HOMEPATH%') return { unknown: m[1] ?? '' };
  return windowsVariables[one] !== undefined ? { written: m[1] ?? '', canonical: one } : { unknown: m[1] ?? '' };
}

function checkWindows(raw: string, name: string | undefined): PathCheck {
  const v = raw.replace(/\//g, '\\');
  const anchor = windowsAnchor(v);
  if (anchor !== undefined && 'unknown' in anchor) {
    const hint =
      anchor.unknown.toUpperCase() === '%HOMEPATH%'
        ? '%HOMEPATH% has no drive: write %HOMEDRIVE%%HOMEPATH% or %USERPROFILE%'
        : (didYouMean(anchor.unknown.toUpperCase(), windowsPathVariables) ??
          `supported: ${windowsPathVariables.join(', ')}`);
    return fail('path-variable', `unsupported path variable ${anchor.unknown}`, hint);
  }
  let prefix: string;
  let bases: readonly PathBase[];
  if (anchor !== undefined) {
    prefix = anchor.canonical;
    bases = windowsVariables[anchor.canonical] ?? [];
  } else if (/^[A-Za-z]:\\/.test(v)) {
    prefix = `${(v[0] ?? '').toUpperCase()}:`;
    bases = [root(prefix)];
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
  const tail = v.slice(anchor !== undefined ? anchor.written.length : 2);
  if (tail !== '' && !tail.startsWith('\\')) return fail('path-syntax', `a separator must follow ${prefix}`);
  if (/[<>"|\x00-\x1f]/.test(tail))
    return fail('path-syntax', 'Windows paths cannot contain < > " | or control characters');
  if (/%[^%\\]+%/.test(tail)) {
    return fail('path-variable', 'a variable can only start a path', 'write the folder it stands for');
  }
  return finish({ prefix, tail, bases, sep: '\\', flavor: 'windows', name });
}

function checkPosix(raw: string, name: string | undefined): PathCheck {
  const anchor = posixHomes.find((h) => raw === h || raw.startsWith(`${h}/`));
  if (anchor === undefined && raw.startsWith('~')) {
    return fail(
      'path-syntax',
      `${shown(raw)}: only ~/ (each user's home) is supported`,
      'write /home/<user>/… if one user is meant',
    );
  }
  if (anchor === undefined && raw.startsWith('$')) {
    const variable = /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/.exec(raw)?.[0] ?? raw;
    return fail('path-variable', `unsupported path variable ${shown(variable)}`, 'supported: ~, $HOME, ${HOME}');
  }
  if (raw.includes('\x00')) return fail('path-syntax', 'paths cannot contain NUL');
  if (/\/\/+/.test(raw)) return fail('path-syntax', `${shown(raw)} contains an empty path segment (//)`);
  if (anchor !== undefined)
    return finish({
      prefix: anchor,
      tail: raw.slice(anchor.length),
      bases: [home('')],
      sep: '/',
      flavor: 'posix',
      name,
    });
  return finish({ prefix: '', tail: raw, bases: [root('')], sep: '/', flavor: 'posix', name });
}

interface Parts {
  readonly prefix: string;
  readonly tail: string;
  readonly bases: readonly PathBase[];
  readonly sep: string;
  readonly flavor: PathFlavor;
  readonly name: string | undefined;
}

/** A placeholder the author meant to be replaced: `$USER`, `${HOME}`, `<user>`, `%USERNAME%`, `{guid}`. */
const placeholder = /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^<>]+>|%[^%]+%|\{[^{}]*\})$/;

function finish(p: Parts): PathCheck {
  const segments = p.tail.split(p.sep).slice(1);
  const held = segments.find((s) => placeholder.test(s));
  if (held !== undefined) {
    return fail(
      'path-placeholder',
      `the folder ${shown(held)} is a placeholder, which no consumer expands`,
      'a folder of each user is written with a variable at the start (%USERPROFILE%, ~); a varying folder is *',
    );
  }
  if (segments.some((s) => s === '..' || s === '.'))
    return fail('path-syntax', 'paths cannot contain . or .. segments');
  if (segments.some((s) => s.includes('**'))) {
    return fail(
      'path-wildcard',
      '** (any number of folders) is not supported: matching it would walk the disk',
      'write one * per folder level, e.g. /usr/lib/*/liblzma.so.5',
    );
  }
  let tail = p.tail;
  if (tail === '' || tail.endsWith(p.sep)) {
    if (p.name === undefined) {
      return fail('path-syntax', 'a folder path needs the file name (give `name`, or end the path with it)');
    }
    tail = `${tail === '' ? p.sep : tail}${p.name}`;
  }
  const note = oneUsersFolder(p);
  const path: RulePath = {
    text: `${p.prefix}${tail}`,
    flavor: p.flavor,
    anchor: p.prefix,
    bases: p.bases,
    tail,
    wildcard: hasWildcard(tail),
  };
  return note === undefined ? { ok: true, path } : { ok: true, path, note };
}

/** A path in one user's profile (C:\Users\bob\…, /home/bob/…): found for that user only. */
function oneUsersFolder(p: Parts): PathNote | undefined {
  const m =
    p.flavor === 'windows'
      ? /^[A-Z]:\\Users\\([^\\]+)\\/i.exec(`${p.prefix}${p.tail}`)
      : /^\/(?:home|Users)\/([^/]+)\//.exec(p.tail);
  const user = m?.[1];
  if (
    user === undefined ||
    p.prefix.startsWith('%') ||
    ['public', 'shared', 'default', 'all users'].includes(user.toLowerCase())
  )
    return undefined;
  return {
    code: 'path-one-user',
    message: `the path is in the profile of the user ${shown(user)}, so it is looked for there only`,
    hint:
      p.flavor === 'windows'
        ? 'write %USERPROFILE%\\… (or %LOCALAPPDATA% …) to cover every user'
        : 'write ~/… to cover every user',
  };
}

export function checkPath(raw: string, name: string | undefined): PathCheck {
  if (raw.trim() !== raw) return fail('path-syntax', 'path has white space at its start or end');
  if (raw.startsWith('/') || raw.startsWith('~') || raw.startsWith('$')) return checkPosix(raw, name);
  return checkWindows(raw, name);
}

export const flavorFits = (flavor: PathFlavor, os: Os): boolean => (flavor === 'windows') === (os === 'windows');

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

export const separatorOf = (flavor: PathFlavor): string => (flavor === 'windows' ? '\\' : '/');

/** The last component of a path. */
export function baseName(path: string, flavor: PathFlavor): string {
  const parts = path.split(separatorOf(flavor));
  return parts[parts.length - 1] ?? '';
}

/** The folder part of a path's tail (without its last component and separator). */
export const tailFolder = (p: RulePath): string => p.tail.slice(0, p.tail.lastIndexOf(separatorOf(p.flavor)));

/** Whether a file name fits a (possibly wildcard) last path component; Windows and macOS ignore case. */
export function nameFits(pattern: string, name: string, foldCase: boolean): boolean {
  const re = new RegExp(`^${wildcardRegex(pattern)}$`, foldCase ? 'iu' : 'u');
  return re.test(name);
}

/** A wildcard path text as a regular expression body: `*` any run and `?` one character, never a separator. */
export function wildcardRegex(text: string, separators = '/\\\\'): string {
  return [...text]
    .map((c) =>
      c === '*' ? `[^${separators}]*` : c === '?' ? `[^${separators}]` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
    )
    .join('');
}
