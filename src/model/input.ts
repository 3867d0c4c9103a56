// What the model is built from: the loader's output, declared here so that the model does not depend on the
// loader (the dependency runs load → model → values).
import type { Origin } from '../diagnostics.js';
import type { IpValue } from '../values/ip.js';
import type { NetworkKind, Rule } from './types.js';

/** A rule as read from its file, before ids are checked across files and defaults are filled in. */
export type RuleDraft = Omit<Rule, 'uuid' | 'source'> & { readonly uuid?: string };

/** A value the rule declares benign: no indicator of any rule may match it. */
export interface BenignValue {
  readonly kind: NetworkKind | 'hash';
  readonly value: string;
  /** For URLs and domains: the host name. */
  readonly host?: string;
  /** For IPs: the address or range. */
  readonly ip?: IpValue;
  readonly origin: Origin;
}

export interface LoadedRule {
  readonly draft: RuleDraft;
  readonly benign: readonly BenignValue[];
  readonly source: { readonly file: string; readonly sha256: string };
  readonly acknowledgements: readonly Acknowledgement[];
}

/** A place in a file from `start` up to (not including) `end`, both 1-based line:col. */
export interface Span {
  readonly file: string;
  readonly start: { readonly line: number; readonly col: number };
  readonly end: { readonly line: number; readonly col: number };
}

/** `acknowledge:` — a warning the rule lives with, and where it applies. */
export interface Acknowledgement {
  readonly code: string;
  readonly reason: string;
  /** The entry's `code`, where an unknown or unused acknowledgement is reported. */
  readonly origin: Origin;
  /** Files all of whose warnings it covers (the rule file and its lists, or the lists under `path`). */
  readonly files: readonly string[];
  /** Parts of the rule file it covers (the node at `path`). */
  readonly spans: readonly Span[];
}
