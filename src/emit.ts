// Running one target over a rule set: the core's side of the contract in target.ts. The core loops over
// the rules, hands each one to the target with its options, runs the build-wide step, checks artifact
// paths, and turns the targets' accounts into coverage claims; a failure is a located diagnostic of the
// rule that caused it (a TargetLimit of the rule's author, anything else a bug in iocc). Artifacts go to
// the sink as the target hands them over, so a build never holds a target's whole output.
import { diagnostic, error, type Diagnostic, type Origin } from './diagnostics.js';
import { Accounts } from './accounts.js';
import { eachObservable } from './model/observables.js';
import type { Rule, RuleSet } from './model/types.js';
import { resolveOptions } from './options.js';
import type { CoverageClaim, TargetRun } from './report.js';
import {
  TargetLimit,
  type AnyTarget,
  type Artifact,
  type BuildOutput,
  type EmitContext,
  type OptionValue,
  type RuleOutput,
  type StreamedArtifact,
} from './target.js';
import type { Sink, WrittenFile } from './sink.js';
import { template } from './template.js';
import { append } from './util/array.js';

export interface TargetResult {
  readonly run: TargetRun;
  /** The artifacts themselves, when no sink was given. */
  readonly artifacts: readonly Artifact[];
  /** The files written to the sink, when one was given (paths under the target's folder). */
  readonly files: readonly WrittenFile[];
  readonly diagnostics: readonly Diagnostic[];
}

const safeSegment = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const safePath = (path: string): boolean =>
  path.length <= 240 && path.split('/').every((s) => safeSegment.test(s) && s !== '..' && s !== '.');

const buildOrigin = (ruleSet: RuleSet): Origin => ruleSet.rules[0]?.origin ?? { file: '(build)', line: 1, col: 1 };

/** A target's diagnostics, each with a code the target declares (any other is a bug, said so). */
function declared(target: AnyTarget, ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.map((d) =>
    target.codes.includes(d.code)
      ? d
      : error(d, 'target-code', `target ${target.id} reported an undeclared code ${d.code}: ${d.message}`, bug),
  );
}

const bug = 'this is a bug in iocc';

/** A failure as a located diagnostic: the rule author's limit, or a bug in iocc. */
function failure(target: AnyTarget, at: Origin, e: unknown, debug: boolean): Diagnostic[] {
  if (e instanceof TargetLimit)
    return declared(target, [diagnostic(e.at, 'error', e.code, `${target.id}: ${e.message}`, e.hint)]);
  const message = e instanceof Error ? e.message : String(e);
  const out = [
    error(
      at,
      'target-failed',
      `target ${target.id} failed: ${message}`,
      'this is a bug in iocc; set IOCC_DEBUG=1 for details',
    ),
  ];
  if (debug && e instanceof Error) out.push(error(at, 'target-failed', e.stack ?? e.message));
  return out;
}

/** The context a target's calls share for one build: its templates and its taken names. */
function contextFor(target: AnyTarget): EmitContext {
  const templates = Object.fromEntries(
    Object.entries(target.templates ?? {}).map(([name, spec]) => [name, template(spec.file, spec.helpers)]),
  );
  const taken = new Set<string>();
  return {
    templates,
    unique: (base) => {
      let name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
      taken.add(name);
      return name;
    },
  };
}

/** The sink could not write (a full disk …): the build stops; it is not the target's failure. */
class WriteFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('write failed');
  }
}

const failed = (rule: Rule, why: string): RuleOutput<undefined> => ({
  artifacts: [],
  carried: new Map(),
  reasons: new Map(Array.from(eachObservable(rule), (o) => [o.id, why])),
  diagnostics: [],
});

/** A streamed artifact's text, joined: for callers that asked for the artifacts themselves. */
const whole = (a: Artifact | StreamedArtifact): Artifact =>
  'content' in a ? a : { path: a.path, content: [...a.chunks].join(''), rules: a.rules, indicators: a.indicators };

/** The target failed while making a streamed artifact's chunks: its rule's failure, not the sink's. */
class ChunkFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('target failed while streaming');
  }
}

/** The chunks of a streamed artifact, a failure of the target's generator told apart from the sink's. */
function* guarded(chunks: Iterable<string>): Generator<string> {
  const it = chunks[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = it.next();
    } catch (e) {
      throw new ChunkFailure(e);
    }
    if (next.done === true) return;
    yield next.value;
  }
}

const chunksOf = (a: Artifact | StreamedArtifact): Iterable<string> =>
  'content' in a ? [a.content] : guarded(a.chunks);

/** The claims of a run, one object per observable: for the tests and library callers that read them. */
function claimsOf(ruleSet: RuleSet, accounts: Accounts): CoverageClaim[] {
  const claims: CoverageClaim[] = [];
  for (const rule of ruleSet.rules) {
    let i = 0;
    for (const o of eachObservable(rule)) {
      const a = accounts.of(rule.id, i++);
      if (a !== undefined) claims.push({ rule: rule.id, observable: o.id, ...a });
    }
  }
  return claims;
}

/**
 * Runs a target over the rule set. With a sink, each artifact is written (under the target's folder)
 * as soon as the target hands it over, and none is kept; without one, they are returned whole.
 */
export function runTarget(
  target: AnyTarget,
  ruleSet: RuleSet,
  overrides: Readonly<Record<string, OptionValue>> | undefined,
  debug = process.env['IOCC_DEBUG'] !== undefined,
  sink?: Sink,
): TargetResult {
  const options = resolveOptions(target, overrides);
  const context = contextFor(target);
  const diagnostics: Diagnostic[] = [];
  const accounts = new Accounts();
  const artifacts: Artifact[] = [];
  const files: WrittenFile[] = [];
  const listed: { path: string; rules: readonly string[]; indicators: number }[] = [];
  const seen = new Set<string>();
  const put = (a: Artifact | StreamedArtifact): void => {
    if (!safePath(a.path) || seen.has(a.path)) {
      diagnostics.push(
        error(
          ruleSet.rules.find((r) => a.rules.includes(r.id))?.origin ?? buildOrigin(ruleSet),
          'artifact-path',
          `target ${target.id} produced an unsafe or duplicate artifact path ${JSON.stringify(a.path)}`,
          'this is a bug in iocc',
        ),
      );
      return;
    }
    seen.add(a.path);
    listed.push({ path: a.path, rules: a.rules, indicators: a.indicators });
    if (sink === undefined) artifacts.push(whole(a));
    else {
      try {
        files.push(sink.write(`${target.id}/${a.path}`, chunksOf(a)));
      } catch (e) {
        // A failure of the target is its rule's (a located diagnostic); anything else, the sink's.
        if (e instanceof ChunkFailure) throw e.cause;
        throw new WriteFailure(e);
      }
    }
  };
  // Outputs are kept (without their artifacts) only for a build-wide step.
  const outputs: { rule: Rule; output: RuleOutput<unknown> }[] = [];
  for (const rule of ruleSet.rules) {
    try {
      const output = target.emitRule(rule, options.forRule(rule), context);
      for (const a of output.artifacts) put(a);
      append(diagnostics, declared(target, output.diagnostics));
      if (target.emitBuild === undefined) accounts.record(rule, output);
      else outputs.push({ rule, output: { ...output, artifacts: [] } });
    } catch (e) {
      if (e instanceof WriteFailure) throw e.cause;
      append(diagnostics, failure(target, rule.origin, e, debug));
      const why = `target ${target.id} failed on this rule`;
      if (target.emitBuild === undefined) accounts.recordFailure(rule, why);
      else outputs.push({ rule, output: failed(rule, why) });
    }
  }
  if (target.emitBuild !== undefined) {
    let placed: BuildOutput['placed'] | undefined;
    try {
      const built = target.emitBuild(outputs, options.build);
      for (const a of built.artifacts) put(a);
      append(diagnostics, declared(target, built.diagnostics));
      placed = built.placed;
    } catch (e) {
      if (e instanceof WriteFailure) throw e.cause;
      append(diagnostics, failure(target, buildOrigin(ruleSet), e, debug));
    }
    for (const { rule, output } of outputs) accounts.record(rule, output, placed?.get(rule.id));
  }
  let claims: CoverageClaim[] | undefined;
  const run: TargetRun = {
    target,
    options: options.build,
    accounts,
    get claims() {
      return (claims ??= claimsOf(ruleSet, accounts));
    },
    artifacts: listed,
  };
  return { run, artifacts, files, diagnostics };
}
