// The contract between the core and an output format. A target is a pure function of the model:
// no I/O, no clock, no randomness. It says what it can express, which options it takes, and for every
// observable of every rule it receives whether it carried it or why not.
import type { Diagnostic } from './diagnostics.js';
import type { ObservableKind } from './model/observables.js';
import type { Rule, RuleSet } from './model/types.js';

export interface Artifact {
  /** Path inside the target's folder of dist/, '/'-separated: `3cx-desktopapp-2023.conf`. */
  readonly path: string;
  /** The file's text (every format iocc writes is UTF-8 text). */
  readonly content: string;
  /** Ids of the rules compiled into this artifact. */
  readonly rules: readonly string[];
  /** Number of observables (hashes, names, domains …) this artifact carries. */
  readonly indicators: number;
}

/** A target's account of one observable of one rule. */
export type CoverageClaim =
  | {
      readonly rule: string;
      readonly observable: string;
      readonly carried: true;
      readonly artifact: string;
      /** A caveat, e.g. "may be too large to hash". */ readonly note?: string;
    }
  | { readonly rule: string; readonly observable: string; readonly carried: false; readonly reason: string };

export interface EmitResult {
  readonly artifacts: readonly Artifact[];
  readonly coverage: readonly CoverageClaim[];
  readonly diagnostics: readonly Diagnostic[];
}

/** `scope: 'build'`: one value for the whole build (--set only), for options about build-wide files. */
type Scope = { readonly scope?: 'build' };

export type OptionSpec = Scope &
  (
    | { readonly type: 'string'; readonly default: string; readonly description: string; readonly pattern?: string }
    | {
        readonly type: 'integer';
        readonly default: number;
        readonly description: string;
        readonly minimum: number;
        readonly maximum: number;
      }
    | { readonly type: 'boolean'; readonly default: boolean; readonly description: string }
    | {
        readonly type: 'enum';
        readonly default: string;
        readonly description: string;
        readonly values: readonly string[];
      }
    | { readonly type: 'string-list'; readonly default: readonly string[]; readonly description: string }
  );

export type OptionValue = string | number | boolean | readonly string[];
export type OptionValues = Readonly<Record<string, OptionValue>>;

/** The options a target's emit receives: build-wide values, and per rule with the rule's overrides. */
export interface ResolvedOptions<O extends OptionValues = OptionValues> {
  readonly build: O;
  forRule(rule: Rule): O;
}

export interface Capability {
  readonly kind: ObservableKind;
  /** How the target expresses it, in a few words (`processes JOIN hash`, `Hashes|contains`). */
  readonly how: string;
}

export interface Target<O extends OptionValues = OptionValues> {
  /** Lower-case id: names the folder of dist/ and the key under a rule's `targets:`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly expresses: readonly Capability[];
  readonly options: Readonly<Record<keyof O & string, OptionSpec>>;
  emit(model: RuleSet, options: ResolvedOptions<O>): EmitResult;
}

/** Lets a registry hold targets with different option types. */
export type AnyTarget = Target<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
