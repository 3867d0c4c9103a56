// Which Sigma rules one iocc rule becomes (one per log source that has something to match), their
// selections, and for every observable no log source can carry, why.
import {
  fileHashIds,
  fileNameObservableId,
  isFileNameObservableId,
  hasHash,
  hasOriginalName,
  hasVersion,
  nameHasVersion,
  originalNameObservableId,
  softwareVersionId,
} from '../../src/model/observables.js';
import { isWindowsProgram, osesOf } from '../../src/model/file-kind.js';
import { nameAlone, originalNameLeftOut } from '../../src/model/reasons.js';
import type { FileIndicator, Os, Rule } from '../../src/model/types.js';
import type { ById } from '../../src/target.js';
import { hashField, nameOnlySelections, sepOf, splittable, versionSelection, type Selection } from './fields.js';
import { hashLeftOut, isDriver, isExecutable, isLibrary, posixHashNote } from './files.js';
import { planNetwork } from './network.js';
import { sources, type LogSource } from './sources.js';

export type { Field, Selection } from './fields.js';
export type { LogSource } from './sources.js';

export interface PlannedSigmaRule {
  readonly source: LogSource;
  readonly selections: readonly Selection[];
  readonly carries: readonly string[];
  /** True when a selection matches names or versions rather than hashes and network values. */
  readonly byName: boolean;
}

export interface SigmaPlan {
  readonly rules: PlannedSigmaRule[];
  readonly reasons: ById<string>;
  /** Caveats of observables that are carried. */
  readonly notes: Map<string, string>;
}

const on = (f: FileIndicator, os: Os): boolean => osesOf(f).includes(os);
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

export class Planner {
  readonly rules: PlannedSigmaRule[] = [];
  readonly reasons = new Map<string, string>();
  readonly notes = new Map<string, string>();
  private readonly carried = new Set<string>();

  add(source: LogSource, selections: Selection[], carries: string[], byName: boolean): void {
    const kept = selections.filter((s) => s.fields.every((f) => f.values.length > 0));
    if (kept.length === 0) return;
    for (const id of carries) this.carried.add(id);
    this.rules.push({ source, selections: kept, carries: sorted(carries), byName });
  }

  reason(id: string, why: string): void {
    if (!this.carried.has(id) && !this.reasons.has(id)) this.reasons.set(id, why);
  }

  finish(): SigmaPlan {
    const { carried, reasons } = this;
    for (const id of carried) reasons.delete(id);
    // Every file name not carried has the same reason: answered when asked, not held per name.
    const get = (id: string): string | undefined =>
      reasons.get(id) ?? (isFileNameObservableId(id) && !carried.has(id) ? nameReason : undefined);
    return { rules: this.rules, reasons: { get }, notes: this.notes };
  }
}

/** Why a file name alone is not matched (given to every name no log source carries). */
const nameReason = nameAlone('a version, or an entry without a hash');

/** What names a build: its original file name (in its version resource), else the image's name. */
function buildName(f: FileIndicator): readonly [field: string, name: string, id: string] | undefined {
  if (f.originalName !== undefined)
    return ['OriginalFileName', f.originalName, originalNameObservableId(f.originalName)];
  if (f.name !== undefined) return ['Image|endswith', `\\${f.name}`, fileNameObservableId(f)];
  return undefined;
}

/** Affected builds: an executable's original file name (or name) with its versions, one selection per name. */
function buildSelections(files: readonly FileIndicator[]): { selections: Selection[]; carries: string[] } {
  const builds = new Map<string, { field: string; name: string; versions: [string, string][] }>();
  for (const f of files
    .filter(hasVersion)
    .filter((x) => isExecutable(x, 'windows') && x.role !== 'installer' && (x.originalName ?? x.name))) {
    const named = buildName(f);
    if (named === undefined) continue;
    const [field, name, id] = named;
    const key = `${field}\u0000${name}`;
    const b = builds.get(key) ?? { field, name, versions: [] };
    b.versions.push([f.version, id]);
    builds.set(key, b);
  }
  return {
    selections: [...builds.values()].map((b, i) =>
      versionSelection(`selection_build_${i + 1}`, b.field, b.name, b.versions),
    ),
    carries: [...builds.values()].flatMap((b) => b.versions.map(([, id]) => id)),
  };
}

function planWindowsProcesses(p: Planner, rule: Rule, files: readonly FileIndicator[]): void {
  const executables = files.filter((f) => hasHash(f) && isExecutable(f, 'windows'));
  const builds = buildSelections(files);
  const software = rule.software.filter(isWindowsProgram);
  const nameOnly = files.filter((f) => !hasHash(f) && f.role !== 'installer' && isExecutable(f, 'windows'));
  const byOriginal = nameOnly.filter(hasOriginalName).filter((f) => f.paths.length === 0);
  const named = nameOnlySelections(
    nameOnly.filter((f) => f.originalName === undefined || f.paths.length > 0),
    'windows',
    'Image',
  );
  p.add(
    sources.proc_creation_win,
    [
      { name: 'selection_hash', fields: [hashField('Hashes|contains', executables)] },
      ...builds.selections,
      ...software.map((s, i) =>
        versionSelection(
          `selection_product_${i + 1}`,
          'Product',
          s.name,
          s.versions.map((v) => [v, softwareVersionId(s, v)] as const),
        ),
      ),
      {
        name: 'selection_original_name',
        fields: [
          splittable(
            'OriginalFileName',
            byOriginal.map((f) => [f.originalName, originalNameObservableId(f.originalName)] as const),
          ),
        ],
      },
      ...named.selections,
    ],
    [
      ...executables.flatMap(fileHashIds),
      ...builds.carries,
      ...software.flatMap((s) => s.versions.map((v) => softwareVersionId(s, v))),
      ...byOriginal.map((f) => originalNameObservableId(f.originalName)),
      ...named.carries,
    ],
    builds.carries.length + software.length + nameOnly.length > 0,
  );
}

function planWindowsFiles(p: Planner, files: readonly FileIndicator[]): void {
  const libraries = files.filter((f) => hasHash(f) && isLibrary(f));
  const nameOnlyLibraries = files.filter((f) => !hasHash(f) && isLibrary(f));
  const libNames = nameOnlySelections(nameOnlyLibraries, 'windows', 'ImageLoaded');
  p.add(
    sources.image_load_win,
    [{ name: 'selection_hash', fields: [hashField('Hashes|contains', libraries)] }, ...libNames.selections],
    [...libraries.flatMap(fileHashIds), ...libNames.carries],
    nameOnlyLibraries.length > 0,
  );
  const drivers = files.filter((f) => hasHash(f) && isDriver(f));
  p.add(
    sources.driver_load_win,
    [{ name: 'selection_hash', fields: [hashField('Hashes|contains', drivers)] }],
    drivers.flatMap(fileHashIds),
    false,
  );
  const installers = files.filter((f) => hasHash(f) && f.role === 'installer');
  p.add(
    sources.create_stream_hash_win,
    [{ name: 'selection_hash', fields: [hashField('Hash|contains', installers)] }],
    installers.flatMap(fileHashIds),
    false,
  );
  planFileEvents(p, sources.file_event_win, files, 'windows');
}

function planFileEvents(p: Planner, source: LogSource, files: readonly FileIndicator[], os: Os): void {
  const versionedInstallers = files.filter(nameHasVersion).filter((f) => f.role === 'installer');
  const dropped = nameOnlySelections(
    files.filter((f) => !hasHash(f)),
    os,
    'TargetFilename',
  );
  p.add(
    source,
    [
      {
        name: 'selection_installer',
        fields: [
          splittable(
            'TargetFilename|endswith',
            versionedInstallers.map((f) => [`${sepOf(os)}${f.name}`, fileNameObservableId(f)] as const),
          ),
        ],
      },
      ...dropped.selections,
    ],
    [...versionedInstallers.map(fileNameObservableId), ...dropped.carries],
    true,
  );
}

function planPosix(p: Planner, files: readonly FileIndicator[], os: 'macos' | 'linux'): void {
  const procSource = os === 'macos' ? sources.proc_creation_macos : sources.proc_creation_lnx;
  const fileSource = os === 'macos' ? sources.file_event_macos : sources.file_event_lnx;
  const executables = files.filter((f) => hasHash(f) && isExecutable(f, os));
  const procs = nameOnlySelections(
    files.filter((f) => !hasHash(f) && isExecutable(f, os)),
    os,
    'Image',
  );
  p.add(
    procSource,
    [{ name: 'selection_hash', fields: [hashField('Hashes|contains', executables)] }, ...procs.selections],
    [...executables.flatMap(fileHashIds), ...procs.carries],
    procs.carries.length > 0,
  );
  // One note text for all (a feed has a million ids), not one string each.
  const note = posixHashNote(os);
  for (const id of executables.flatMap(fileHashIds)) p.notes.set(id, note);
  planFileEvents(p, fileSource, files, os);
}

/**
 * Sysmon writes in Hashes only the algorithms of its HashAlgorithms setting, so a hash in a Windows rule
 * matches where that setting includes its algorithm; and Windows programs are matched by the PE
 * ProductName of their executables, which the display name of an installed product need not be.
 */
function windowsCaveats(p: Planner, rule: Rule): void {
  // One note text per algorithm, shared by every id (a feed has a million).
  const sysmonNote = new Map<string, string>();
  const noteOf = (algorithm: string): string => {
    let note = sysmonNote.get(algorithm);
    if (note === undefined)
      sysmonNote.set(
        algorithm,
        (note = `Sysmon logs it where its HashAlgorithms setting includes ${algorithm.toUpperCase()}`),
      );
    return note;
  };
  for (const planned of p.rules.filter((r) => r.source.product === 'windows' && !r.source.network)) {
    for (const id of planned.carries) {
      const algorithm = /^(sha256|sha1|md5):/.exec(id)?.[1];
      if (algorithm !== undefined && !p.notes.has(id)) p.notes.set(id, noteOf(algorithm));
    }
  }
  for (const s of rule.software.filter(isWindowsProgram))
    for (const v of s.versions)
      p.notes.set(
        softwareVersionId(s, v),
        "matches executables whose PE ProductName is the software's name, which an installed product's " +
          'display name need not be',
      );
}

function explain(p: Planner, rule: Rule): void {
  for (const f of rule.files) {
    for (const id of fileHashIds(f)) p.reason(id, hashLeftOut(f));
    if (f.originalName !== undefined) p.reason(originalNameObservableId(f.originalName), originalNameLeftOut(f));
  }
  for (const s of rule.software)
    for (const v of s.versions)
      p.reason(
        softwareVersionId(s, v),
        isWindowsProgram(s)
          ? 'no Windows log source records this product name and version'
          : 'Sigma has no log source for installed software or packages; only Windows programs are matched, ' +
              'by the version resource of their executables',
      );
}

export function planRule(rule: Rule): SigmaPlan {
  const p = new Planner();
  const windows = rule.files.filter((f) => on(f, 'windows'));
  planWindowsProcesses(p, rule, windows);
  planWindowsFiles(p, windows);
  // A file without os and with a POSIX path may be on macOS or Linux; with no path it may be anywhere,
  // and is left to the Windows sources.
  const posix = (os: 'macos' | 'linux') => rule.files.filter((f) => on(f, os) && (f.os === os || f.paths.length > 0));
  planPosix(p, posix('macos'), 'macos');
  planPosix(p, posix('linux'), 'linux');
  planNetwork(p, rule);
  windowsCaveats(p, rule);
  explain(p, rule);
  return p.finish();
}
