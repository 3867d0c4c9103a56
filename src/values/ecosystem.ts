// Where installed software is found, and how each place writes versions. A listed version matches a
// package whose full version equals it or whose upstream version equals it — never a prefix:
//   deb        full `[epoch:]upstream[-revision]` with or without the epoch, or the upstream part
//              (between the epoch and the last `-`): 5.6.1 matches 5.6.1-1 and 1:5.6.1-1, not 5.6.1+really5.4.5-1
//   rpm        `version`, `version-release`, `epoch:version-release` or `epoch:version` (no epoch = 0)
//   homebrew   the keg version, or it without its `_N` revision: 5.6.1 matches 5.6.1 and 5.6.1_1
//   npm, pypi  exactly as the registry lists it (PyPI names compared in normalized form)
//   msi, chocolatey, app   exactly, or with trailing `.0` parts added or removed: 18.12.407 = 18.12.407.0
import type { Os } from './os.js';

export type Ecosystem = 'deb' | 'rpm' | 'homebrew' | 'chocolatey' | 'npm' | 'pypi' | 'msi' | 'app';

export const ecosystems: readonly Ecosystem[] = ['deb', 'rpm', 'homebrew', 'chocolatey', 'npm', 'pypi', 'msi', 'app'];

/** The one OS an ecosystem lives on; npm and PyPI packages are on every OS. */
export const ecosystemOs: Readonly<Record<Ecosystem, Os | undefined>> = {
  deb: 'linux',
  rpm: 'linux',
  homebrew: 'macos',
  chocolatey: 'windows',
  npm: undefined,
  pypi: undefined,
  msi: 'windows',
  app: 'macos',
};

/** Where software of an OS is looked for when the entry names no ecosystem. */
export const defaultEcosystems: Readonly<Record<Os, readonly Ecosystem[]>> = {
  windows: ['msi'],
  macos: ['app'],
  linux: ['deb', 'rpm'],
};

/** Ecosystems whose consumers pad numeric versions with zeros (Windows version resources, MSI, NuGet, Apple). */
export const padsVersions = (e: Ecosystem): boolean => e === 'msi' || e === 'chocolatey' || e === 'app';

/** PEP 503: lower case, every run of `-`, `_`, `.` one `-`. */
export const normalizePypiName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

// semver.org's regular expression, in its three parts: core, pre-release, build.
const semver = new RegExp(
  String.raw`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
    String.raw`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
    String.raw`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`,
);

export interface VersionProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly hint?: string;
}

/**
 * Why a listed version can never equal what the ecosystem reports, if it cannot: npm refuses to
 * publish anything but SemVer; dpkg and rpm versions have a known alphabet.
 */
export function versionProblem(e: Ecosystem, v: string): VersionProblem | undefined {
  if (v.trim() !== v) return { severity: 'error', message: 'has white space at its start or end' };
  if (e === 'npm' && !semver.test(v)) {
    return {
      severity: 'error',
      message: 'is not a SemVer version, and npm publishes nothing else',
      hint: /^v\d/.test(v) ? `write ${v.slice(1)}` : 'write MAJOR.MINOR.PATCH as the registry lists it, e.g. 4.1.1',
    };
  }
  if (e === 'deb' && !/^(\d+:)?\d[A-Za-z0-9.+~:-]*$/.test(v)) {
    return {
      severity: 'warning',
      message: 'is not a Debian version ([epoch:]upstream[-revision], upstream starting with a digit)',
    };
  }
  if (e === 'rpm' && !/^(\d+:)?[A-Za-z0-9._+~^]+(-[A-Za-z0-9._+~^]+)?$/.test(v)) {
    return { severity: 'warning', message: 'is not an RPM version ([epoch:]version[-release])' };
  }
  if (e === 'pypi' && /^v\d/i.test(v))
    return { severity: 'warning', message: 'starts with v, which PyPI versions never do', hint: `write ${v.slice(1)}` };
  return undefined;
}
