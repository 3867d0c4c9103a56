// What a file indicator is to a Sigma log source: an executable (a process starts from it), a library
// (a process loads it), an installer, or data no process creation or image load event can show.
import type { FileIndicator, Os } from '../../src/model/types.js';

type File = Pick<FileIndicator, 'name' | 'role' | 'os'>;

const libraryName = /\.(dll|dylib|so(\.\d+)*)$/i;

/**
 * Names no process starts from: data, images, documents, archives, installer packages (msiexec,
 * Installer.app or dpkg is the process) and scripts (the interpreter is the process).
 */
const notExecutableName =
  /\.(ico|png|jpe?g|gif|bmp|svg|webp|dat|db|sqlite3?|json|xml|ya?ml|toml|txt|log|csv|ini|cfg|conf|plist|xz|lzma|gz|bz2|zst|zip|7z|rar|tar|cab|iso|img|pdf|rtf|docx?|xlsx?|pptx?|html?|js|vbs|ps1|bat|cmd|sh|py|msi|msp|msix|appx|nupkg|dmg|pkg|deb|rpm)$/i;

const extensionOf = (name: string): string => /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** A library: role library, or an application or payload (or a file without a role) named like one. */
export const isLibrary = (f: File): boolean =>
  f.role === 'library' || (f.role !== 'installer' && f.role !== 'other' && libraryName.test(f.name ?? ''));

/**
 * A file a process can start from: an application or payload (or a file without a role) whose name is
 * not a library's or a data file's. On Windows an installer named .exe is one too: it runs as itself.
 */
export function isExecutable(f: File, os: Os): boolean {
  const name = f.name ?? '';
  if (f.role === 'installer') return os === 'windows' && /\.exe$/i.test(name);
  return f.role !== 'other' && !libraryName.test(name) && !notExecutableName.test(name);
}

const osName = (os: Os): string => (os === 'macos' ? 'macOS' : os === 'linux' ? 'Linux' : 'Windows');

/** Why no Sigma log source carries the hashes of a file (one the plan did not place). */
export function hashLeftOut(f: File): string {
  const os = f.os ?? 'windows';
  const noHashedFileEvent = "SigmaHQ's file_event log source carries no hashes";
  if (f.role === 'other')
    return `role other (data, not an executable or library): no process creation or image load event has its hash, and ${noHashedFileEvent}`;
  if (os !== 'windows' && f.role === 'installer')
    return `an installer package is not the process that runs it, and no SigmaHQ ${osName(os)} log source hashes downloaded files (create_stream_hash is Windows only)`;
  if (os !== 'windows' && isLibrary(f))
    return `SigmaHQ's taxonomy has image_load for Windows only, not for ${osName(os)}, and a library never starts a process`;
  if (notExecutableName.test(f.name ?? ''))
    return `no process starts from a ${extensionOf(f.name ?? '')} file (data, a package, or a script whose process is its interpreter), and ${noHashedFileEvent}`;
  return `no SigmaHQ ${osName(os)} log source records the hash of this kind of file`;
}

/** The caveat of a hash carried by macOS or Linux process creation. */
export const posixHashNote = (os: Os): string =>
  `SigmaHQ's taxonomy lists Hashes for ${osName(os)} process creation; it matches where the log source records SHA256=/SHA1=/MD5= hashes of executables there`;
