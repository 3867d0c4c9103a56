// What a file indicator is to a Sigma log source: an executable (a process starts from it), a library
// (a process loads it), an installer, or data no process creation or image load event can show.
import { fileKind, notAProcessImage } from '../../src/model/file-kind.js';
import type { FileIndicator, Os } from '../../src/model/types.js';
import { osText } from '../../src/values/os.js';

type File = Pick<FileIndicator, 'name' | 'originalName' | 'role' | 'os'>;

/** A library: a process loads it (src/model/file-kind.ts decides from the role and the name). */
export const isLibrary = (f: File): boolean => fileKind(f) === 'library';

/** A kernel driver: loaded by the kernel, seen by driver_load. */
export const isDriver = (f: File): boolean => fileKind(f) === 'driver';

/**
 * A file a process can start from: an executable, or a file of unknown kind (it may be one). On Windows
 * an installer named .exe is one too: it runs as itself.
 */
export function isExecutable(f: File, os: Os): boolean {
  const kind = fileKind(f);
  if (kind === 'installer') return os === 'windows' && /\.exe$/i.test(f.name ?? '');
  return kind === 'executable' || kind === 'unknown';
}

/** Why no Sigma log source carries the hashes of a file (one the plan did not place). */
export function hashLeftOut(f: File): string {
  const os = f.os ?? 'windows';
  const kind = fileKind(f);
  const noHashedFileEvent = "SigmaHQ's file_event log source carries no hashes";
  if (os !== 'windows' && kind === 'installer')
    return (
      `an installer package is not the process that runs it, and no SigmaHQ ${osText[os]} log source hashes ` +
      `downloaded files (create_stream_hash is Windows only)`
    );
  if (os !== 'windows' && kind === 'library')
    return (
      `SigmaHQ's taxonomy has image_load for Windows only, not for ${osText[os]}, and a library never starts ` +
      `a process`
    );
  if (os !== 'windows' && kind === 'driver')
    return `SigmaHQ's taxonomy has driver_load for Windows only, not for ${osText[os]}`;
  if (kind === 'data' || kind === 'script') return `${notAProcessImage(kind)}, and ${noHashedFileEvent}`;
  return `no SigmaHQ ${osText[os]} log source records the hash of this kind of file`;
}

/** The caveat of a hash carried by macOS or Linux process creation. */
export const posixHashNote = (os: Os): string =>
  `SigmaHQ's taxonomy lists Hashes for ${osText[os]} process creation; it matches where the log source ` +
  `records SHA256=/SHA1=/MD5= hashes of executables there`;
