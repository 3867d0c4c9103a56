// What an importer makes of its input before it is written as a rule: the fields of the canonical
// format it could fill, the indicators (each value checked as the loader will check it), and every
// place in the input it did not import, with the reason.
import { warning, type Diagnostic, type Origin } from '../diagnostics.js';
import type { Confidence, Severity, Tlp } from '../model/types.js';
import { checkDomain } from '../values/domain.js';
import { checkHash, type HashAlgorithm } from '../values/hash.js';
import { checkIp } from '../values/ip.js';
import { refang } from '../values/refang.js';
import { checkUrl } from '../values/url.js';

export interface ImportedFile {
  sha256?: string;
  sha1?: string;
  md5?: string;
  name?: string;
  original_name?: string;
  os?: string;
  role?: string;
  version?: string;
  size?: number;
  paths?: string[];
  confidence?: Confidence;
  comment?: string;
  expires?: string;
}

export interface ImportedSoftware {
  name: string;
  versions: string[];
  os?: string;
  ecosystem?: string;
  publisher?: string;
  bundle_id?: string;
  fixed_in?: string[];
  confidence?: Confidence;
  comment?: string;
}

export interface ImportedNetwork {
  value: string;
  confidence?: Confidence;
  comment?: string;
  expires?: string;
}

export type NetworkList = 'domains' | 'urls' | 'ips';

export class Draft {
  id?: string;
  title?: string;
  description?: string;
  author?: string;
  date?: string;
  modified?: string;
  severity?: Severity;
  tlp?: Tlp;
  readonly references: string[] = [];
  readonly attack: string[] = [];
  readonly cve: string[] = [];
  readonly files: ImportedFile[] = [];
  readonly software: ImportedSoftware[] = [];
  readonly domains: ImportedNetwork[] = [];
  readonly urls: ImportedNetwork[] = [];
  readonly ips: ImportedNetwork[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Inputs skipped on purpose and counted, not listed one by one (MISP `to_ids: false`). */
  readonly counts = new Map<string, number>();
  private readonly seen = new Map<string, string>();

  constructor(readonly file: string) {}

  /** Something in the input that is not imported, at its place, with the reason. */
  skip(at: Origin, reason: string): void {
    this.diagnostics.push(warning(at, 'import-skipped', reason));
  }

  count(reason: string): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
  }

  /** Adds a value once: a second copy is reported, not written twice. */
  private once(key: string, at: Origin): boolean {
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.skip(at, `${key.replace(/^[a-z]+:/, '')} is already imported (${first}); this copy is left out`);
      return false;
    }
    this.seen.set(key, `${at.line}:${at.col}`);
    return true;
  }

  /** A hash as the loader wants it (lower-case hex of the right length), or a located skip. */
  hash(algorithm: HashAlgorithm, raw: string, at: Origin): string | undefined {
    const c = checkHash(algorithm, raw.trim().toLowerCase());
    if (c.ok) return c.value;
    this.skip(at, `${algorithm} ${JSON.stringify(raw.slice(0, 200))} ${c.message}`);
    return undefined;
  }

  addFile(f: ImportedFile, at: Origin): void {
    const key = f.sha256 ?? f.sha1 ?? f.md5;
    if (!this.once(key !== undefined ? `file:${key}` : `name:${f.os ?? ''}:${f.name ?? ''}`, at)) return;
    this.files.push(f);
  }

  /** Versions of one product (name, OS, ecosystem, fixes) are one entry; its first comment is kept. */
  addSoftware(s: ImportedSoftware, at: Origin): void {
    const known = this.software.find(
      (x) =>
        x.name === s.name &&
        x.os === s.os &&
        x.ecosystem === s.ecosystem &&
        (x.fixed_in ?? []).join() === (s.fixed_in ?? []).join(),
    );
    const fresh = s.versions.filter((v) => this.once(`software:${s.os ?? ''}:${s.ecosystem ?? ''}:${s.name}@${v}`, at));
    if (fresh.length === 0) return;
    if (known !== undefined) known.versions.push(...fresh);
    else this.software.push({ ...s, versions: fresh });
  }

  /** A domain, URL or IP, checked and normalized as the loader does; a bad value is a located skip. */
  addNetwork(list: NetworkList, raw: string, rest: Omit<ImportedNetwork, 'value'>, at: Origin): void {
    const text = refang(raw.trim()).value;
    const c = list === 'domains' ? checkDomain(text) : list === 'urls' ? checkUrl(text) : checkIp(text);
    if (!c.ok) {
      this.skip(at, `${list.slice(0, -1)} ${JSON.stringify(raw.slice(0, 200))}: ${c.message}`);
      return;
    }
    const value = 'ip' in c ? c.ip.value : c.value;
    if (!this.once(`${list}:${value}`, at)) return;
    this[list].push({ value, ...rest });
  }

  addUnique(list: 'references' | 'attack' | 'cve', value: string): void {
    if (!this[list].includes(value)) this[list].push(value);
  }
}

/** STIX/MISP confidence (0–100) as iocc's grades: the STIX scale's Low 15, Med 50, High 85 come back. */
export function confidenceGrade(n: number): Confidence {
  return n >= 70 ? 'high' : n >= 30 ? 'medium' : 'low';
}
