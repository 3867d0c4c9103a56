// What kind of file an entry is decides which tables and log sources can see it; each case written
// out by hand, so a changed extension list or order fails here.
import { describe, expect, test } from 'vitest';
import { fileKind, notAProcessImage, osesOf, type FileKind } from '../../src/model/file-kind.js';
import type { FileIndicator } from '../../src/model/types.js';

type Entry = Pick<FileIndicator, 'role' | 'name' | 'originalName'>;
const named = (name: string, role?: FileIndicator['role']): Entry => ({ name, ...(role && { role }) });

describe('fileKind', () => {
  test.each([
    ['x.sys', 'driver'],
    ['x.DLL', 'library'],
    ['libx.so.1.2', 'library'],
    ['x.dylib', 'library'],
    ['x.ps1', 'script'],
    ['x.LNK', 'script'],
    ['x.exe', 'executable'],
    ['x.AppImage', 'executable'],
    ['x.msi', 'installer'],
    ['x.DMG', 'installer'],
    ['x.deb', 'installer'],
    ['x.ico', 'data'],
    ['x.tar', 'data'],
    ['x.tmp', 'unknown'],
    // The extension is the end of the name: a double extension is what the last one says.
    ['invoice.msi.exe', 'executable'],
    ['x.dmg.tmp', 'unknown'],
    ['x.dll.txt', 'data'],
    ['x.sys.bak', 'unknown'],
    ['x.exe.ps1', 'script'],
  ] as const)('%s is %s', (name, kind: FileKind) => {
    expect(fileKind(named(name))).toBe(kind);
  });

  test('the role decides where the name does not', () => {
    expect(fileKind(named('x.exe', 'installer'))).toBe('installer');
    expect(fileKind(named('x.tmp', 'library'))).toBe('library');
    expect(fileKind(named('x.tmp', 'other'))).toBe('data');
    expect(fileKind(named('x.tmp', 'payload'))).toBe('executable');
    expect(fileKind(named('UpdateAgent', 'application'))).toBe('executable');
    expect(fileKind({ originalName: 'x.dll' })).toBe('library');
    expect(fileKind({ name: 'x.tmp', originalName: 'x.dll' })).toBe('unknown');
    expect(fileKind({})).toBe('unknown');
  });
});

test('why each kind is never a process image', () => {
  const reasons = (['installer', 'library', 'driver', 'script', 'data', 'executable'] as const).map(notAProcessImage);
  expect(reasons).toEqual([
    'an installer package is never a process image (msiexec or the installer app runs it)',
    'a library is loaded by a process, never its image',
    'a kernel driver is loaded by the kernel, never a process image',
    'a script runs in its interpreter (powershell.exe, wscript.exe, sh …), whose image is not the script',
    'a data file (by its role or extension) is never executed',
    'this file can run as a process',
  ]);
});

test('osesOf: the os given, else what the paths say, else every OS', () => {
  const path = (flavor: 'windows' | 'posix') => ({ flavor }) as FileIndicator['paths'][number];
  expect(osesOf({ os: 'macos', paths: [path('posix')] })).toEqual(['macos']);
  expect(osesOf({ paths: [] })).toEqual(['windows', 'macos', 'linux']);
  expect(osesOf({ paths: [path('windows'), path('windows')] })).toEqual(['windows']);
  expect(osesOf({ paths: [path('windows'), path('posix')] })).toEqual(['macos', 'linux']);
});
