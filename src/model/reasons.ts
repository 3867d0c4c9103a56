// Why a target leaves out an observable, where the reason is the same whichever target gives it (the
// reasons that depend on a target's tables or log sources stay with the target).
import type { FileIndicator } from './types.js';

/** A file name without a hash: `exceptions` are what makes a name an indicator in the target. */
export const nameAlone = (exceptions: string): string =>
  `a file name alone is not an indicator: clean copies have it too (${exceptions}, makes it one)`;

export const originalNameWindowsOnly = 'original file names exist in Windows version resources only';
export const originalNameWithoutVersion = 'without a version, the original file name would also match clean builds';

/** An original file name left out: on another OS it cannot exist; on Windows, without a version, it is no sign. */
export const originalNameLeftOut = (f: Pick<FileIndicator, 'os'>): string =>
  f.os !== undefined && f.os !== 'windows' ? originalNameWindowsOnly : originalNameWithoutVersion;
