// The contract between the core and an output format. A target is a pure function of the model and its
// options: no I/O, no clock, no process.env (templates are loaded by the core and handed over in the
// context). For each rule it returns its artifacts, where it carried each observable, and why it left
// out the others; the core loops over the rules, joins those accounts with every observable, reports an
// observable a target neither carried nor explained as a bug, and attributes every failure to its rule.
import { diagnostic, type Diagnostic, type Origin } from './diagnostics.js';
import type { ObservableKind } from './model/observables.js';
import type { Rule } from './model/types.js';
import type { Helpers, Render } from './template.js';

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

/**
 * An artifact too large to hold as one string (a feed's CSVs, a bundle): its text as a sequence of
 * pieces, produced while the core writes and hashes them. The core iterates `chunks` once.
 */
export interface StreamedArtifact extends Omit<Artifact, 'content'> {
  readonly chunks: Iterable<string>;
}

/** What a target may return as artifacts: whole or streamed, in an array or from a generator. */
export type Artifacts = Iterable<Artifact | StreamedArtifact>;

/** Where an observable is carried: its artifact (omitted when a build-wide step places it) and a caveat. */
export interface Carried {
  readonly artifact?: string;
  /** A caveat, e.g. "may be too large to hash". */
  readonly note?: string;
}

/**
 * Makes `Carried` values, one object per distinct artifact and caveat: a feed's million observables
 * share a handful instead of holding one each.
 */
export function sharedCarried(): (artifact: string | undefined, note: string | undefined) => Carried {
  const made = new Map<string | undefined, Map<string | undefined, Carried>>();
  return (artifact, note) => {
    let byNote = made.get(artifact);
    if (byNote === undefined) made.set(artifact, (byNote = new Map<string | undefined, Carried>()));
    let c = byNote.get(note);
    if (c === undefined)
      byNote.set(note, (c = { ...(artifact !== undefined && { artifact }), ...(note !== undefined && { note }) }));
    return c;
  };
}

/**
 * What the core asks of a target's accounts: the entry of one observable id, once per observable after
 * the artifacts are written. A Map is one; a target may answer from its plan instead of filling a
 * million-entry map for a feed.
 */
export interface ById<V> {
  get(id: string): V | undefined;
}

/**
 * What a target made of one rule. The core reads `carried`, `reasons` and `diagnostics` only after it
 * has iterated `artifacts`, so a generator may fill them as it goes; a throw while making an artifact
 * or its chunks is the rule's failure, as a throw from `emitRule` is.
 */
export interface RuleOutput<D = undefined> {
  /** Written as they come; a build-wide step sees the rule's output without them. */
  readonly artifacts: Artifacts;
  /** Observable id → where it is carried. */
  readonly carried: ById<Carried>;
  /** Observable id → why it is not carried (one reason per observable: the target's first). */
  readonly reasons: ById<string>;
  readonly diagnostics: readonly Diagnostic[];
  /** What the build-wide step needs of the rule (Defender's rows), private to the target. */
  readonly data?: D;
}

/** What a target made of the whole build, from every rule's output (e.g. CSVs across rules). */
export interface BuildOutput {
  /** Written as they come, so a generator lets a target hand over one file at a time. */
  readonly artifacts: Artifacts;
  /**
   * Rule id → observable id → the artifact that carries it, for observables carried without one. Read
   * after `artifacts` has been iterated, so a generator may fill it as it goes.
   */
  readonly placed: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface EmitContext {
  /** The target's templates, compiled by the core, by the names the target declared. */
  readonly templates: Readonly<Record<string, Render>>;
  /** A name not yet taken in this build for this target: `base`, else `base_2`, `base_3` … */
  readonly unique: (base: string) => string;
}

/**
 * A limit of a consumer that a rule can reach (a statement too long for SQLite, a value no format can
 * hold): thrown by a target, reported by the core as a located error of the rule — not as a bug.
 */
export class TargetLimit extends Error {
  constructor(
    readonly at: Origin,
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** What a target makes its diagnostics with: only the codes it declares compile. */
export interface TargetDiagnostics<C extends string> {
  readonly codes: readonly C[];
  error(at: Origin, code: C, message: string, hint?: string): Diagnostic;
  warning(at: Origin, code: C, message: string, hint?: string): Diagnostic;
  /** A limit of the consumer that the rule reached, to throw. */
  limit(at: Origin, code: C, message: string, hint?: string): TargetLimit;
}

/**
 * A target's closed list of diagnostic codes (each `<target id>-…`, declared as `codes` of the target),
 * and the constructors that take nothing else.
 */
export function codesOf<const C extends string>(codes: readonly C[]): TargetDiagnostics<C> {
  return {
    codes,
    error: (at, code, message, hint) => diagnostic(at, 'error', code, message, hint),
    warning: (at, code, message, hint) => diagnostic(at, 'warning', code, message, hint),
    limit: (at, code, message, hint) => new TargetLimit(at, code, message, hint),
  };
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

export interface Capability {
  readonly kind: ObservableKind;
  /** How the target expresses it, in a few words (`processes JOIN hash`, `Hashes|contains`). */
  readonly how: string;
}

export interface TemplateSpec {
  /** Path from the package root: `targets/sigma/rule.hbs`. */
  readonly file: string;
  /** The typed helpers (escapers) every value goes through. */
  readonly helpers: Helpers;
}

export interface Target<O extends OptionValues = OptionValues, D = undefined> {
  /** Lower-case id: names the folder of dist/ and the key under a rule's `targets:`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly expresses: readonly Capability[];
  /** Every code of the target's own diagnostics (its `codesOf(…).codes`); each starts with `<id>-`. */
  readonly codes: readonly string[];
  readonly options: Readonly<Record<keyof O & string, OptionSpec>>;
  /** Templates the core loads for the target, by name. */
  readonly templates?: Readonly<Record<string, TemplateSpec>>;
  /** What the target makes of one rule, with the rule's options (defaults, --set, the rule's own). */
  emitRule(rule: Rule, options: O, context: EmitContext): RuleOutput<D>;
  /** Build-wide artifacts from every rule's output, with the build-wide options. */
  emitBuild?(outputs: readonly { readonly rule: Rule; readonly output: RuleOutput<D> }[], options: O): BuildOutput;
}

/**
 * Lets a registry hold targets with different option and data types: the methods' parameters are
 * bivariant, so a Target<OsqueryOptions, Plan> is a Target<OptionValues, unknown>.
 */
export type AnyTarget = Target<OptionValues, unknown>;
