// One STIX indicator per observable iocc carries (a file's hashes are one observable set: any hash
// identifies the file, so they are ORed in one pattern), and the reason for each observable left out.
import type { Confidence, FileIndicator, NetworkIndicator, Rule, SoftwareIndicator } from '../../src/model/types.js';
import {
  fileHashIds,
  fileNameObservableId,
  hasHash,
  isFileNameObservableId,
  isOriginalNameObservableId,
  networkObservableId,
  softwareVersionId,
} from '../../src/model/observables.js';
import { knownName } from '../../src/model/describe.js';
import { fileHashPattern, fileNamePattern, networkPattern, softwarePattern } from './pattern.js';
import { stixDiagnostics } from './codes.js';

/** An indicator before the bundle gives it its common properties. */
export interface IndicatorDraft {
  /** Observable ids it carries. */
  readonly observables: readonly string[];
  readonly pattern: string;
  readonly name: string;
  readonly description?: string;
  readonly confidence?: Confidence;
  readonly expires?: string;
  /** Host or network: which ATT&CK techniques it indicates. */
  readonly network: boolean;
  /** iocc's own context of each entry it stands for, for a faithful import (x_iocc_file, x_iocc_software). */
  readonly custom: Readonly<Record<string, readonly unknown[]>>;
}

export interface StixPlan {
  readonly drafts: readonly IndicatorDraft[];
  /** Observable id → caveat. */
  readonly notes: ReadonlyMap<string, string>;
}

export const reasons = {
  nameBesideHash:
    "a file name beside a hash is context (the indicator's name and x_iocc_file.name), not a pattern: " +
    'clean copies have the name too',
  originalName:
    'STIX file objects have no PE OriginalFileName property; it is kept in x_iocc_file.original_name, not ' +
    'in the pattern',
} as const;

/**
 * Why an observable that no indicator carries is left out. Only two kinds can be: an original name
 * (STIX has no property for it), and the name of a file that has a hash (a file known by name only
 * has an indicator of its name). Answered from the id, not held per file: a feed has a million names.
 */
export function reasonLeftOut(id: string): string | undefined {
  if (isOriginalNameObservableId(id)) return reasons.originalName;
  if (isFileNameObservableId(id)) return reasons.nameBesideHash;
  return undefined;
}

const upstreamNote =
  'STIX compares software:version as written; consumers do not know the upstream-version and epoch forms iocc matches';

/** Only defined properties, so the JSON never holds `undefined`. */
const defined = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

/** What a file entry says beyond its pattern, as `defined` would give it: made for each of a feed's million files. */
function fileContext(f: FileIndicator): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  if (f.name !== undefined) c['name'] = f.name;
  if (f.originalName !== undefined) c['original_name'] = f.originalName;
  if (f.os !== undefined) c['os'] = f.os;
  if (f.role !== undefined) c['role'] = f.role;
  if (f.version !== undefined) c['version'] = f.version;
  if (f.size !== undefined) c['size'] = f.size;
  if (f.paths.length > 0) c['paths'] = f.paths.map((p) => p.text);
  return c;
}

/**
 * The indicator of a file's hashes. A feed has a million: the draft keeps the file and its pattern, and
 * makes its name, ids and context when the bundle reads them.
 */
class FileHashDraft implements IndicatorDraft {
  readonly network = false;
  constructor(private readonly f: FileIndicator) {}
  get pattern(): string {
    const pattern = fileHashPattern(this.f);
    if (pattern === undefined) throw new Error(`a hash indicator of ${this.f.key} without a hash`);
    return pattern;
  }
  get observables(): readonly string[] {
    return fileHashIds(this.f);
  }
  get name(): string {
    const f = this.f;
    return `File ${knownName(f) ?? (f.sha256 ?? f.sha1 ?? f.md5 ?? '').slice(0, 16)}`;
  }
  get description(): string | undefined {
    return this.f.comment;
  }
  get confidence(): Confidence | undefined {
    return this.f.confidence;
  }
  get expires(): string | undefined {
    return this.f.expires;
  }
  get custom(): Readonly<Record<string, readonly unknown[]>> {
    return { x_iocc_file: [fileContext(this.f)] };
  }
}

/** True for the indicator of a file's hashes: it carries every hash of its file, and no other observable. */
export const isFileHashDraft = (d: IndicatorDraft): boolean => d instanceof FileHashDraft;

function fileDraft(f: FileIndicator): IndicatorDraft | undefined {
  if (hasHash(f)) return new FileHashDraft(f);
  const common = {
    ...(f.comment !== undefined && { description: f.comment }),
    ...(f.confidence !== undefined && { confidence: f.confidence }),
    ...(f.expires !== undefined && { expires: f.expires }),
    network: false,
    custom: { x_iocc_file: [fileContext(f)] },
  };
  if (f.name === undefined) return undefined;
  return {
    observables: [fileNameObservableId(f)],
    pattern: fileNamePattern(f.name, f.size),
    name: `File named ${f.name}`,
    ...common,
  };
}

function softwareDrafts(s: SoftwareIndicator, notes: Map<string, string>): IndicatorDraft[] {
  return s.versions.map((v) => {
    const id = softwareVersionId(s, v);
    if (s.ecosystems.some((e) => e === 'deb' || e === 'rpm' || e === 'homebrew')) notes.set(id, upstreamNote);
    return {
      observables: [id],
      pattern: softwarePattern(s, v),
      name: `${s.name} ${v}`,
      ...(s.comment !== undefined && { description: s.comment }),
      ...(s.confidence !== undefined && { confidence: s.confidence }),
      network: false,
      custom: {
        x_iocc_software: [
          defined({
            os: s.os,
            ecosystem: s.ecosystem,
            publisher: s.publisher,
            bundle_id: s.bundleId,
            fixed_in: s.fixedIn,
          }),
        ],
      },
    };
  });
}

const kindName = { domain: 'Domain', url: 'URL', ip: 'IP address' } as const;

function networkDraft(n: NetworkIndicator): IndicatorDraft {
  return {
    observables: [networkObservableId(n.kind, n.value)],
    pattern: networkPattern(n),
    name: `${kindName[n.kind]} ${n.value}`,
    ...(n.comment !== undefined && { description: n.comment }),
    ...(n.confidence !== undefined && { confidence: n.confidence }),
    ...(n.expires !== undefined && { expires: n.expires }),
    network: true,
    custom: {},
  };
}

const rank: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/**
 * Entries whose patterns are the same (a version on two OSes, a name on two OSes: STIX has no OS) are
 * one indicator for all their observables, with each entry's context, every distinct comment, the
 * highest confidence, and the latest expiry (none if one of them never expires).
 */
function merge(a: IndicatorDraft, b: IndicatorDraft): IndicatorDraft {
  const descriptions = [...new Set([a.description, b.description].filter((d) => d !== undefined))];
  const confidence =
    a.confidence === undefined || (b.confidence !== undefined && rank[b.confidence] > rank[a.confidence])
      ? b.confidence
      : a.confidence;
  const expires =
    a.expires === undefined || b.expires === undefined ? undefined : a.expires > b.expires ? a.expires : b.expires;
  // Each entry keeps its own comment in its context: the description joins them all.
  const withComment = (d: IndicatorDraft): Record<string, readonly unknown[]> =>
    Object.fromEntries(
      Object.entries(d.custom).map(([k, v]) => [
        k,
        v.map((c) =>
          d.description === undefined || (c as Record<string, unknown>)['comment'] !== undefined
            ? c
            : { ...(c as Record<string, unknown>), comment: d.description },
        ),
      ]),
    );
  const custom: Record<string, readonly unknown[]> = { ...withComment(a) };
  for (const [k, v] of Object.entries(withComment(b))) custom[k] = [...(custom[k] ?? []), ...v];
  return {
    observables: [...new Set([...a.observables, ...b.observables])],
    pattern: a.pattern,
    name: a.name,
    ...(descriptions.length > 0 && { description: descriptions.join('\n') }),
    ...(confidence !== undefined && { confidence }),
    ...(expires !== undefined && { expires }),
    network: a.network,
    custom,
  };
}

/**
 * The drafts with those of the same pattern merged, each where the first of them was. A file's hashes
 * need no lookup: the model merged every two files of a rule that share a hash, so no two hash patterns
 * are the same, and no other pattern starts with file:hashes (a feed would hold a million patterns).
 */
function mergeSamePattern(drafts: readonly IndicatorDraft[]): IndicatorDraft[] {
  const out: IndicatorDraft[] = [];
  const at = new Map<string, number>();
  for (const d of drafts) {
    if (d instanceof FileHashDraft) {
      out.push(d);
      continue;
    }
    const i = at.get(d.pattern);
    if (i === undefined) {
      at.set(d.pattern, out.length);
      out.push(d);
    } else out[i] = merge(out[i] as IndicatorDraft, d);
  }
  return out;
}

export function planRule(rule: Rule): StixPlan {
  const notes = new Map<string, string>();
  const drafts: IndicatorDraft[] = [];
  for (const f of rule.files) {
    const d = fileDraft(f);
    if (d !== undefined) drafts.push(d);
    // An entry with only an original name is explained by reasonLeftOut, not an error.
    else if (!hasHash(f) && f.originalName === undefined)
      throw stixDiagnostics.limit(f.origin, 'stix-file', 'a file entry with neither hash nor name');
  }
  for (const s of rule.software) drafts.push(...softwareDrafts(s, notes));
  for (const n of [...rule.domains, ...rule.urls, ...rule.ips]) drafts.push(networkDraft(n));
  return { drafts: mergeSamePattern(drafts), notes };
}
