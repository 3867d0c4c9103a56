// The normalized, typed, immutable model every target reads: one RuleSet.
// Every indicator keeps its origin (file, line, col) so a target can point back to the source.
import type { Origin } from '../diagnostics.js';
import type { IpValue } from '../values/ip.js';
import type { RulePath } from '../values/path.js';
export type { RulePath } from '../values/path.js';

export type { Os } from '../values/os.js';
import type { Os } from '../values/os.js';
export type Role = 'installer' | 'application' | 'library' | 'payload' | 'other';
export type Confidence = 'high' | 'medium' | 'low';
export type Status = 'experimental' | 'test' | 'stable' | 'deprecated' | 'revoked';
export type Severity = 'informational' | 'low' | 'medium' | 'high' | 'critical';
export type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
export type Action = 'audit' | 'warn' | 'block' | 'block-and-remediate' | 'allow';
export type { HashAlgorithm } from '../values/hash.js';
export type { Ecosystem } from '../values/ecosystem.js';
import type { Ecosystem } from '../values/ecosystem.js';

/** The fields of a file indicator whose place is kept, for diagnostics that point at one of them. */
export type FileField =
  'name' | 'original_name' | 'sha256' | 'sha1' | 'md5' | 'size' | 'version' | 'paths' | 'os' | 'role';

export interface FileIndicator {
  /** Stable key: the strongest hash (`sha256:…`), or the name for name-only entries. */
  readonly key: string;
  readonly name?: string;
  readonly originalName?: string;
  readonly sha256?: string;
  readonly sha1?: string;
  readonly md5?: string;
  readonly size?: number;
  readonly os?: Os;
  readonly version?: string;
  readonly role?: Role;
  /** Known locations of the file, parsed (may start with %LOCALAPPDATA%, ~ …, and hold wildcards). */
  readonly paths: readonly RulePath[];
  readonly confidence?: Confidence;
  readonly comment?: string;
  readonly expires?: string;
  readonly origin: Origin;
  readonly fieldOrigins: Readonly<Partial<Record<FileField, Origin>>>;
  /** Where the same file was listed again (merged into this entry). */
  readonly alsoAt: readonly Origin[];
}

export interface SoftwareIndicator {
  readonly key: string;
  /** Product or package name as the OS or registry shows it. */
  readonly name: string;
  /** The OS it is on; absent for npm and PyPI packages meant on every OS. */
  readonly os?: Os;
  /** The ecosystem as written; absent when the entry takes its OS's default. */
  readonly ecosystem?: Ecosystem;
  /** Where it is looked for: the written ecosystem, or the OS's default (Windows msi, macOS app, Linux deb and rpm). */
  readonly ecosystems: readonly Ecosystem[];
  /** What names it in observable ids: the written ecosystem, or else the OS. */
  readonly scope: string;
  readonly versions: readonly string[];
  readonly bundleId?: string;
  readonly publisher?: string;
  readonly fixedIn?: readonly string[];
  readonly confidence?: Confidence;
  readonly comment?: string;
  readonly origin: Origin;
  readonly versionOrigins: readonly Origin[];
}

export type NetworkKind = 'domain' | 'url' | 'ip';

export interface NetworkIndicator {
  readonly key: string;
  readonly kind: NetworkKind;
  /** Normalized: lower-case punycode domain; URL with lower-case scheme and host; canonical IP. */
  readonly value: string;
  /** For URLs: the host; for domains: the value. */
  readonly host?: string;
  readonly ip?: IpValue;
  readonly comment?: string;
  readonly confidence?: Confidence;
  readonly expires?: string;
  readonly origin: Origin;
  readonly alsoAt: readonly Origin[];
}

export interface AttackRefs {
  /** Technique ids, upper case: T1195.002. */
  readonly techniques: readonly string[];
  /** Tactic short names: initial-access. */
  readonly tactics: readonly string[];
}

export interface Rule {
  readonly id: string;
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly author: string;
  readonly date: string;
  readonly modified?: string;
  readonly status: Status;
  readonly severity: Severity;
  readonly tlp: Tlp;
  readonly expires?: string;
  readonly references: readonly string[];
  readonly attack: AttackRefs;
  readonly cve: readonly string[];
  readonly action: Action;
  readonly recommendation?: string;
  readonly files: readonly FileIndicator[];
  readonly software: readonly SoftwareIndicator[];
  readonly domains: readonly NetworkIndicator[];
  readonly urls: readonly NetworkIndicator[];
  readonly ips: readonly NetworkIndicator[];
  /** Per-rule target options, by target id, as written (validated against each target's options). */
  readonly targetOptions: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /**
   * Where `targets.<id>` and `targets.<id>.<option>` are written: keyed `id`, `id.option` (its value) and
   * `id.option:key`.
   */
  readonly targetOptionOrigins: Readonly<Record<string, Origin>>;
  /** The rule file (path as given on the command line, '/'-separated) and the sha256 of its bytes. */
  readonly source: { readonly file: string; readonly sha256: string };
  readonly origin: Origin;
  /** Where each top-level key is written, for diagnostics about rule metadata. */
  readonly fieldOrigins: Readonly<Record<string, Origin>>;
}

export interface RuleSet {
  /** Rules in a stable order (by id). Revoked rules and expired indicators are not in here. */
  readonly rules: readonly Rule[];
  /** The date the build was made for (YYYY-MM-DD); expiry is judged against it. */
  readonly asOf: string;
}
