// A file indicator in words, for the titles and comments of what targets write: one wording of the
// same facts in every output.
import { osText } from '../values/os.js';
import type { FileIndicator } from './types.js';

/** The name a file is known by: its file name, else the original name in its version resource. */
export const knownName = (f: Pick<FileIndicator, 'name' | 'originalName'>): string | undefined =>
  f.name ?? f.originalName;

/** The facts that are given, joined by spaces, in parentheses after a space: ` (Windows 1.2)`; '' if none is. */
export function aside(...facts: readonly (string | undefined)[]): string {
  const text = facts.filter((x) => x !== undefined).join(' ');
  return text === '' ? '' : ` (${text})`;
}

/** A file's OS as its vendor writes it, when the file names one. */
export const osOf = (f: Pick<FileIndicator, 'os'>): string | undefined =>
  f.os === undefined ? undefined : osText[f.os];

/** A file by its name (or `file`) and what is known of it: `3CXDesktopApp.exe (Windows application 18.12.407)`. */
export const describeFile = (f: Pick<FileIndicator, 'name' | 'originalName' | 'os' | 'role' | 'version'>): string =>
  `${knownName(f) ?? 'file'}${aside(osOf(f), f.role, f.version)}`;
