// The YARA rules of one iocc rule: a hash rule per file (so a hit names the file), a PE version-info
// rule per affected Windows build, and — in a separate file, because plain yara refuses undefined
// externals — file-name rules for entries known by name.
import {
  fileHashIds,
  fileNameObservableId,
  hasHash,
  hasName,
  hasOriginalName,
  nameHasVersion,
  networkObservableId,
  originalNameObservableId,
  softwareVersionId,
  type With,
} from '../../src/model/observables.js';
import type { Confidence, FileIndicator, Os, Rule, RulePath, Severity } from '../../src/model/types.js';
import { aside, knownName, osOf } from '../../src/model/describe.js';
import { isWindowsProgram } from '../../src/model/file-kind.js';
import { nameAlone, originalNameLeftOut } from '../../src/model/reasons.js';
import { tailFolder } from '../../src/values/path.js';
import { resourceVersions } from '../../src/values/version.js';
import { uuidV5 } from '../../src/model/uuid.js';
import { namePart, textString, wildcardRegex } from './escape.js';
import { append, chunk, onlyItem } from '../../src/util/array.js';

export type MetaValue = string | number;

export interface YaraRule {
  /** Name without the build-wide disambiguation (see index.ts). */
  readonly baseName: string;
  readonly meta: readonly (readonly [string, MetaValue])[];
  readonly condition: string;
  readonly carries: readonly string[];
  /** The modules its condition uses (the file imports their union). */
  readonly modules: readonly YaraModule[];
  /** A version-information test only YARA-X can make (see versionInfoIs). */
  readonly yaraXOnly?: boolean;
}

export type YaraModule = 'hash' | 'pe';

export interface YaraPlan {
  readonly hashRules: YaraRule[];
  readonly nameRules: YaraRule[];
  readonly reasons: Map<string, string>;
  /** Caveats of what is carried, by observable id. */
  readonly notes: Map<string, string>;
  /** Name rules LOKI cannot match (it passes non-ASCII characters of names as ?). */
  readonly asciiOnlyInLoki: readonly With<FileIndicator, 'name'>[];
}

/** LOKI's default maximum file size (-s 5000, in KB); larger files are neither hashed nor scanned. */
const lokiMaxBytes = 5000 * 1024;

/** Caveats of a hash rule: the size guard, and LOKI's default size limit. */
function hashNote(f: FileIndicator): string | undefined {
  if (f.size === undefined) return undefined;
  const guard = `the rule also tests filesize == ${f.size}, so a wrong size disables it`;
  return f.size > lokiMaxBytes ? `${guard}; LOKI's default scan skips files over 5,000 KB (raise it with -s)` : guard;
}

const nonAscii = (s: string): boolean => /[^\x00-\x7f]/.test(s);

const osLabel: Record<Os, string> = { windows: 'Win', macos: 'MacOS', linux: 'Lnx' };
const roleLabel: Record<string, string> = {
  installer: 'Installer',
  application: 'App',
  library: 'Lib',
  payload: 'Payload',
  other: 'File',
};
const severityScore: Record<Severity, number> = { informational: 40, low: 50, medium: 60, high: 75, critical: 90 };
const confidencePenalty: Record<Confidence, number> = { high: 0, medium: 10, low: 20 };

const strongest = (f: FileIndicator): string => f.sha256 ?? f.sha1 ?? f.md5 ?? '';

export interface PlanOptions {
  readonly prefix: string;
  /** More hash files than this in a rule, and they are grouped (see groupedHashRules). */
  readonly groupAbove: number;
  readonly groupSize: number;
}

function commonMeta(rule: Rule, description: string, id: string, confidence?: Confidence): [string, MetaValue][] {
  const meta: [string, MetaValue][] = [
    ['description', description],
    ['author', rule.author],
  ];
  for (const r of rule.references) meta.push(['reference', r]);
  meta.push(['date', rule.date]);
  if (rule.modified !== undefined) meta.push(['modified', rule.modified]);
  meta.push(['score', severityScore[rule.severity] - (confidence === undefined ? 0 : confidencePenalty[confidence])]);
  meta.push(['id', id]);
  if (rule.tlp !== 'clear') meta.push(['tlp', `TLP:${rule.tlp.toUpperCase()}`]);
  if (rule.status === 'deprecated') meta.push(['status', 'deprecated']);
  return meta;
}

/**
 * The file as the object of "Detects the … of <threat>": its role first, then its name, OS and version
 * (`application binary 3CXDesktopApp.exe (Windows 18.12.407)`).
 */
function roleAndName(f: FileIndicator): string {
  const what = f.role === undefined ? 'file' : f.role === 'application' ? 'application binary' : f.role;
  const name = knownName(f);
  return `${what}${name !== undefined ? ` ${name}` : ''}${aside(osOf(f), f.version)}`;
}

function fileMeta(f: FileIndicator): [string, MetaValue][] {
  const meta: [string, MetaValue][] = [];
  for (const a of ['sha256', 'sha1', 'md5'] as const) if (f[a] !== undefined) meta.push(['hash', f[a]]);
  if (f.name !== undefined) meta.push(['file_name', f.name]);
  if (f.originalName !== undefined) meta.push(['original_name', f.originalName]);
  if (f.os !== undefined) meta.push(['os', f.os]);
  if (f.version !== undefined) meta.push(['version', f.version]);
  if (f.role !== undefined) meta.push(['role', f.role]);
  if (f.size !== undefined) meta.push(['file_size', f.size]);
  if (f.comment !== undefined) meta.push(['comment', f.comment]);
  return meta;
}

/** Every hash compares the same range (0, filesize), so each engine hashes a file once per algorithm. */
function hashCondition(f: FileIndicator): string {
  const terms = (['sha256', 'sha1', 'md5'] as const).flatMap((a) => {
    const hex = f[a];
    return hex === undefined ? [] : [`hash.${a}(0, filesize) == ${textString(hex)}`];
  });
  const any = onlyItem(terms) ?? `(${terms.join(' or ')})`;
  return f.size !== undefined ? `filesize == ${f.size} and ${any}` : any;
}

function threat(rule: Rule): string {
  return namePart(rule.id);
}

function hashRule(rule: Rule, f: FileIndicator, o: PlanOptions): YaraRule {
  const parts = [
    o.prefix,
    threat(rule),
    roleLabel[f.role ?? 'other'],
    f.os !== undefined ? osLabel[f.os] : undefined,
    f.version !== undefined ? namePart(f.version) : undefined,
    strongest(f).slice(0, 8),
  ];
  return {
    baseName: parts.filter((p) => p !== undefined && p !== '').join('_'),
    meta: [
      ...commonMeta(
        rule,
        `Detects the ${roleAndName(f)} of ${rule.title} (iocc rule ${rule.id}) by its hash`,
        uuidV5(`yara:${f.key}`, rule.uuid),
        f.confidence,
      ),
      ...fileMeta(f),
    ],
    condition: hashCondition(f),
    carries: fileHashIds(f),
    modules: ['hash'],
  };
}

/**
 * A version-info string equal to `value` without regard to ASCII case. YARA-X reads the UTF-16 strings
 * of a version resource as UTF-8, YARA 4 keeps the low byte of each UTF-16 unit: a non-ASCII value is
 * tested in both forms. Where YARA 4 cannot hold it (a unit whose low byte is 0 cuts the string), only
 * the UTF-8 form is written and `yara4` is false.
 */
export function versionInfoIs(key: string, value: string): { test: string; yara4: boolean } {
  const test = (bytes: string): string => `pe.version_info[${textString(key)}] iequals ${bytes}`;
  if (!/[^\x00-\x7f]/.test(value)) return { test: test(textString(value)), yara4: true };
  const units = Array.from({ length: value.length }, (_, i) => value.charCodeAt(i) & 0xff);
  if (units.includes(0)) return { test: test(textString(value)), yara4: false };
  const lowBytes = `"${units.map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')}"`;
  return { test: `(${test(textString(value))} or ${test(lowBytes)})`, yara4: true };
}

/** The coverage note of a version-information test YARA 4 cannot make. */
export const yaraXOnly =
  'YARA 4 (and LOKI) read version-information strings one byte per UTF-16 unit and cut this one short; it ' +
  'matches on YARA-X';

// Versions are compared exactly in each form a resource string may hold (18.12.407, 18.12.407.0,
// "18, 12, 407, 0"), in FileVersion or ProductVersion (as osquery does), never as a prefix.
const versionTest = (versions: readonly string[]): string =>
  `(${[...new Set(versions.flatMap(resourceVersions))]
    .sort()
    .flatMap((v) =>
      ['FileVersion', 'ProductVersion'].map((k) => `pe.version_info[${textString(k)}] == ${textString(v)}`),
    )
    .join(' or ')})`;

function buildRules(rule: Rule, o: PlanOptions): YaraRule[] {
  const builds = new Map<
    string,
    { key: string; value: string; versions: string[]; ids: string[]; files: FileIndicator[] }
  >();
  for (const f of rule.files) {
    if (
      f.version === undefined ||
      (f.os !== undefined && f.os !== 'windows') ||
      f.role === 'installer' ||
      f.role === 'library' ||
      f.originalName === undefined
    )
      continue;
    const b = builds.get(f.originalName) ?? {
      key: 'OriginalFilename',
      value: f.originalName,
      versions: [],
      ids: [],
      files: [],
    };
    b.versions.push(f.version);
    b.ids.push(originalNameObservableId(f.originalName));
    b.files.push(f);
    builds.set(f.originalName, b);
  }
  for (const s of rule.software.filter(isWindowsProgram)) {
    const key = `product:${s.name}`;
    const b = builds.get(key) ?? { key: 'ProductName', value: s.name, versions: [], ids: [], files: [] };
    append(b.versions, s.versions);
    append(
      b.ids,
      s.versions.map((v) => softwareVersionId(s, v)),
    );
    builds.set(key, b);
  }
  return [...builds.values()].map((b) => ({
    baseName: [o.prefix, threat(rule), b.key === 'ProductName' ? 'Product' : 'Build', namePart(b.value), 'Win'].join(
      '_',
    ),
    meta: [
      ...commonMeta(
        rule,
        `Detects Windows executables whose version information names an affected build (${b.key} ` +
          `${b.value}, version ${[...new Set(b.versions)].sort().join(', ')}) of ${rule.title} (iocc rule ${rule.id})`,
        uuidV5(`yara:pe:${b.key}:${b.value}`, rule.uuid),
      ),
      ['version_info', b.key],
      ...[...new Set(b.versions)].sort().map((v): [string, MetaValue] => ['version', v]),
    ],
    // Names in version resources keep whatever case the vendor wrote; Windows and osquery ignore it.
    condition: `uint16(0) == 0x5a4d and ${versionInfoIs(b.key, b.value).test} and ${versionTest(b.versions)}`,
    ...(!versionInfoIs(b.key, b.value).yara4 && { yaraXOnly: true }),
    carries: b.ids,
    modules: ['pe'],
  }));
}

/**
 * The folder of a known path as LOKI and THOR give it in `filepath` (no file name, no trailing
 * separator), matched at its end: per base, the part below the home or the fixed folder without its
 * drive, then the folders after the variable. Empty when nothing is known of the folder (`~/x`).
 */
function folderTests(p: RulePath, exact: boolean): string[] {
  const folder = tailFolder(p);
  return p.bases.flatMap((base) => {
    // Below a home the start of the folder is unknown: its end is compared. A fixed folder is the whole
    // folder (on Windows after any drive letter, since the system drive may not be C:).
    const fixed = base.kind === 'root';
    const start = base.kind === 'home' ? base.sub : base.root.replace(/^[A-Za-z]:/, '');
    const text = `${start}${folder}`;
    if (text === '') return fixed && p.flavor === 'windows' ? [`filepath matches /^[A-Za-z]:\\\\?$/`] : [];
    const drive = fixed && p.flavor === 'windows' ? '[A-Za-z]:' : '';
    const flags = exact ? '' : 'i';
    if (/[*?]/.test(text)) return [`filepath matches /${fixed ? '^' : ''}${drive}${wildcardRegex(text)}$/${flags}`];
    if (drive !== '') return [`filepath matches /^${drive}${wildcardRegex(text)}$/${flags}`];
    if (fixed) return [`filepath ${exact ? '==' : 'iequals'} ${textString(text)}`];
    return [`filepath ${exact ? 'endswith' : 'iendswith'} ${textString(text)}`];
  });
}

function nameRule(rule: Rule, f: With<FileIndicator, 'name'>, o: PlanOptions, index: number): YaraRule {
  const exact = f.os === 'linux';
  const named = `filename ${exact ? '==' : 'iequals'} ${textString(f.name)}`;
  // A path whose folder is unknown (`~/x`) allows any folder: the name alone then decides.
  const tests = f.paths.map((p) => folderTests(p, exact));
  const dirs = tests.some((t) => t.length === 0) ? [] : [...new Set(tests.flat())].sort();
  const where = dirs.length === 0 ? '' : ` and (${dirs.join(' or ')})`;
  return {
    baseName: [
      o.prefix,
      threat(rule),
      'Filename',
      f.os !== undefined ? osLabel[f.os] : undefined,
      namePart(f.name).slice(0, 40),
      String(index + 1),
    ]
      .filter((p) => p !== undefined && p !== '')
      .join('_'),
    meta: [
      ...commonMeta(
        rule,
        `Detects the ${roleAndName(f)} of ${rule.title} (iocc rule ${rule.id}) by its file ` +
          `name${dirs.length > 0 ? ' in a known folder' : ''}; needs the external variables filename and ` +
          `filepath (LOKI, THOR, yara -d)`,
        uuidV5(`yara:name:${f.key}`, rule.uuid),
        f.confidence,
      ),
      ...fileMeta(f),
    ],
    condition: `${named}${where}`,
    carries: [fileNameObservableId(f)],
    modules: [],
  };
}

/**
 * For feeds: one rule per `groupSize` files, ORing their conditions, with rule-level meta only. One
 * rule per file is what a hit should name, but a million rules with full meta take minutes and
 * gigabytes to compile; small groups keep both engines fast and keep OR chains shallow.
 */
function groupedHashRules(rule: Rule, files: readonly FileIndicator[], o: PlanOptions): YaraRule[] {
  const parts = chunk(files, o.groupSize);
  const groups = parts.length;
  const width = String(groups).length;
  return parts.map((part, g) => ({
    baseName: [o.prefix, threat(rule), 'Hashes', String(g + 1).padStart(width, '0')].join('_'),
    meta: [
      ...commonMeta(
        rule,
        `Detects ${part.length} files of ${rule.title} (iocc rule ${rule.id}) by their hashes, group ` +
          `${g + 1} of ${groups}`,
        uuidV5(`yara:group:${g}`, rule.uuid),
      ),
      ['files', part.length],
    ],
    condition: part.map((f) => (f.size !== undefined ? `(${hashCondition(f)})` : hashCondition(f))).join('\n      or '),
    carries: part.flatMap(fileHashIds),
    modules: ['hash'],
  }));
}

export function planRule(rule: Rule, o: PlanOptions): YaraPlan {
  const reasons = new Map<string, string>();
  const hashed = rule.files.filter(hasHash);
  const hashRules =
    hashed.length > o.groupAbove ? groupedHashRules(rule, hashed, o) : hashed.map((f) => hashRule(rule, f, o));
  append(hashRules, buildRules(rule, o));
  const byName = rule.files.filter(hasName).filter((f) => !hasHash(f) || (f.role === 'installer' && nameHasVersion(f)));
  const nameRules = byName.map((f, i) => nameRule(rule, f, o, i));
  for (const f of rule.files) {
    if (f.name !== undefined)
      reasons.set(fileNameObservableId(f), nameAlone('a version in an installer name, or an entry without a hash'));
    if (f.originalName !== undefined) reasons.set(originalNameObservableId(f.originalName), originalNameLeftOut(f));
  }
  // Name-only entries known by their PE original name.
  for (const f of rule.files
    .filter(hasOriginalName)
    .filter((x) => !hasHash(x) && x.name === undefined && x.version === undefined)) {
    hashRules.push({
      baseName: [o.prefix, threat(rule), 'OriginalName', namePart(f.originalName)].join('_'),
      meta: [
        ...commonMeta(
          rule,
          `Detects Windows executables whose original file name is ${f.originalName} ` +
            `(${rule.title}, iocc rule ${rule.id})`,
          uuidV5(`yara:original:${f.key}`, rule.uuid),
          f.confidence,
        ),
        ...fileMeta(f),
      ],
      condition: `uint16(0) == 0x5a4d and ${versionInfoIs('OriginalFilename', f.originalName).test}`,
      ...(!versionInfoIs('OriginalFilename', f.originalName).yara4 && { yaraXOnly: true }),
      carries: [originalNameObservableId(f.originalName)],
      modules: ['pe'],
    });
  }
  const notes = new Map<string, string>();
  for (const f of hashed) {
    const note = hashNote(f);
    if (note !== undefined) for (const id of fileHashIds(f)) notes.set(id, note);
  }
  const asciiOnlyInLoki = byName.filter((f) => nonAscii(f.name) || f.paths.some((p) => nonAscii(p.tail)));
  for (const f of asciiOnlyInLoki)
    notes.set(
      fileNameObservableId(f),
      'LOKI passes non-ASCII characters of file names as ?, so only THOR and yara -d match it',
    );
  for (const r of hashRules) if (r.yaraXOnly === true) for (const id of r.carries) notes.set(id, yaraXOnly);
  const productNote =
    "matches executables whose PE ProductName is the software's name, which an installed product's display " +
    'name need not be';
  for (const s of rule.software.filter(isWindowsProgram))
    for (const v of s.versions) {
      const id = softwareVersionId(s, v);
      notes.set(id, [notes.get(id), productNote].filter((x) => x !== undefined).join('; '));
    }
  for (const s of rule.software.filter((x) => !isWindowsProgram(x))) {
    for (const v of s.versions)
      reasons.set(
        softwareVersionId(s, v),
        'YARA matches file contents; only Windows programs have a version resource that names the product and version',
      );
  }
  for (const n of [...rule.domains, ...rule.urls, ...rule.ips])
    reasons.set(
      networkObservableId(n.kind, n.value),
      "iocc's YARA rules match files by hash, name and version information; network indicators have no file form",
    );
  return { hashRules, nameRules, reasons, notes, asciiOnlyInLoki };
}
