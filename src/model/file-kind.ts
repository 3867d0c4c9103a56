// What a file is, for what can observe it: a process image, a module a process loads, a kernel driver,
// an installer package, a script (its process is the interpreter), or data (never executed). Derived
// from the role and the name's extension, so an .ico listed as a payload never becomes a process query.
import type { FileIndicator, Os, SoftwareIndicator } from './types.js';

export type FileKind = 'installer' | 'executable' | 'library' | 'driver' | 'script' | 'data' | 'unknown';

const libraryExt = /\.(dll|ocx|cpl|so(\.\d+)*|dylib)$/i;
const driverExt = /\.sys$/i;
const executableExt = /\.(exe|scr|com|appimage|elf|bin|out|run)$/i;
/** A name ending in one of the extensions, given as regex fragments separated by spaces; case ignored. */
const endingIn = (extensions: string): RegExp => new RegExp(`\\.(${extensions.split(' ').join('|')})$`, 'i');
const scriptExt = endingIn(
  'ps1 psm1 psd1 bat cmd vbs vbe js jse mjs cjs wsf wsh hta sh bash zsh py pyc pl rb php jsp aspx? ashx asmx jar ' +
    'scpt applescript command lnk',
);
const installerExt = /\.(msi|msp|msix|msixbundle|appx|appxbundle|dmg|pkg|mpkg|deb|rpm|nupkg|apk)$/i;

/** Names of files no process starts from: images, documents, archives, databases, configuration. */
const dataExt = endingIn(
  'ico png jpe?g gif bmp svg webp dat db sqlite3? json xml ya?ml toml txt log csv ini cfg conf plist ' +
    'xz lzma gz tgz bz2 zst zip 7z rar tar cab iso img pdf rtf docx? xlsx? pptx? html? m4 o a whl',
);

/** The kind of a file, from its name (or original name) first and its role second. */
export function fileKind(f: Pick<FileIndicator, 'role' | 'name' | 'originalName'>): FileKind {
  const name = f.name ?? f.originalName;
  if (f.role === 'installer') return 'installer';
  if (name !== undefined) {
    if (driverExt.test(name)) return 'driver';
    if (libraryExt.test(name)) return 'library';
    if (scriptExt.test(name)) return 'script';
    if (executableExt.test(name)) return 'executable';
    if (installerExt.test(name)) return 'installer';
  }
  if (f.role === 'library') return 'library';
  // `other`: a file that is written or read, never run (the schema's meaning of the role).
  if (f.role === 'other' || (name !== undefined && dataExt.test(name))) return 'data';
  // An application or payload without a telling extension: an ELF or Mach-O binary (jsextension,
  // UpdateAgent), or malware under an odd extension (.tmp) — it may run under its own name.
  if (f.role === 'application' || f.role === 'payload') return 'executable';
  return 'unknown';
}

/** Whether the file can be the image of a running process (unknown files may be). */
export const mayRunAsProcess = (f: Pick<FileIndicator, 'role' | 'name' | 'originalName'>): boolean => {
  const kind = fileKind(f);
  return kind === 'executable' || kind === 'unknown';
};

/** Whether a process can load the file as a module (DLL, shared object, dylib). */
export const mayLoadAsModule = (f: Pick<FileIndicator, 'role' | 'name' | 'originalName'>): boolean =>
  fileKind(f) === 'library';

/** Why a file of this kind is never seen as a process image, for coverage reasons. */
export function notAProcessImage(kind: FileKind): string {
  switch (kind) {
    case 'installer':
      return 'an installer package is never a process image (msiexec or the installer app runs it)';
    case 'library':
      return 'a library is loaded by a process, never its image';
    case 'driver':
      return 'a kernel driver is loaded by the kernel, never a process image';
    case 'script':
      return 'a script runs in its interpreter (powershell.exe, wscript.exe, sh …), whose image is not the script';
    case 'data':
      return 'a data file (by its role or extension) is never executed';
    default:
      return 'this file can run as a process';
  }
}

const allOses: readonly Os[] = ['windows', 'macos', 'linux'];

/**
 * The OSes a file can be on: its `os`, or else what its paths say (a Windows path: Windows; a POSIX
 * path: macOS and Linux), or else every OS.
 */
export function osesOf(f: Pick<FileIndicator, 'os' | 'paths'>): readonly Os[] {
  if (f.os !== undefined) return [f.os];
  if (f.paths.length === 0) return allOses;
  return f.paths.every((p) => p.flavor === 'windows') ? ['windows'] : ['macos', 'linux'];
}

/**
 * Software whose executables' PE version resources name its product and version: Windows programs
 * (msi). Targets that read version resources match it there.
 */
export const isWindowsProgram = (s: Pick<SoftwareIndicator, 'os' | 'ecosystems'>): boolean =>
  s.os === 'windows' && s.ecosystems.includes('msi');
