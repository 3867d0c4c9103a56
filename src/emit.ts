// Running one target over a rule set: the core's side of the contract in target.ts. The core loops over
// the rules, hands each one to the target with its options, runs the build-wide step, checks artifact
// paths, and turns the targets' accounts into coverage claims; a failure is a located diagnostic of the
// rule that caused it (a TargetLimit of the rule's author, anything else a bug in iocc).
import { error, type Diagnostic, type Origin } from './diagnostics.js';
import { observablesOf } from './model/observables.js';
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
} from './target.js';
import { template } from './template.js';
import { append } from './util/array.js';

export interface TargetResult {
  readonly run: TargetRun;
  readonly artifacts: readonly Artifact[];
  readonly diagnostics: readonly Diagnostic[];
}

const safeSegment = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const safePath = (path: string): boolean =>
  path.length <= 240 && path.split('/').every((s) => safeSegment.test(s) && s !== '..' && s !== '.');

const buildOrigin = (ruleSet: RuleSet): Origin => ruleSet.rules[0]?.origin ?? { file: '(build)', line: 1, col: 1 };

/** A failure as a located diagnostic: the rule author's limit, or a bug in iocc. */
function failure(target: AnyTarget, at: Origin, e: unknown, debug: boolean): Diagnostic[] {
  if (e instanceof TargetLimit) return [error(e.at, e.code, `${target.id}: ${e.message}`, e.hint)];
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

/** Every observable of a rule the target carried (and where) or explained; the rest stay unclaimed. */
function claimsOf(
  rule: Rule,
  output: RuleOutput<unknown>,
  placed: ReadonlyMap<string, string> | undefined,
): CoverageClaim[] {
  const claims: CoverageClaim[] = [];
  for (const o of observablesOf(rule)) {
    const carried = output.carried.get(o.id);
    const artifact = carried?.artifact ?? placed?.get(o.id);
    if (carried !== undefined && artifact !== undefined) {
      claims.push({
        rule: rule.id,
        observable: o.id,
        carried: true,
        artifact,
        ...(carried.note !== undefined && { note: carried.note }),
      });
      continue;
    }
    const reason = output.reasons.get(o.id);
    if (reason !== undefined) claims.push({ rule: rule.id, observable: o.id, carried: false, reason });
    // Neither: the coverage report says the target dropped it (coverage-gap, a bug).
  }
  return claims;
}

const failed = (rule: Rule, why: string): RuleOutput<undefined> => ({
  artifacts: [],
  carried: new Map(),
  reasons: new Map(observablesOf(rule).map((o) => [o.id, why])),
  diagnostics: [],
});

export function runTarget(
  target: AnyTarget,
  ruleSet: RuleSet,
  overrides: Readonly<Record<string, OptionValue>> | undefined,
  debug = process.env['IOCC_DEBUG'] !== undefined,
): TargetResult {
  const options = resolveOptions(target, overrides);
  const context = contextFor(target);
  const diagnostics: Diagnostic[] = [];
  const outputs: { rule: Rule; output: RuleOutput<unknown> }[] = [];
  const artifacts: Artifact[] = [];
  for (const rule of ruleSet.rules) {
    try {
      const output = target.emitRule(rule, options.forRule(rule), context);
      outputs.push({ rule, output });
      append(artifacts, output.artifacts);
      append(diagnostics, output.diagnostics);
    } catch (e) {
      append(diagnostics, failure(target, rule.origin, e, debug));
      outputs.push({ rule, output: failed(rule, `target ${target.id} failed on this rule`) });
    }
  }
  let built: BuildOutput | undefined;
  if (target.emitBuild !== undefined) {
    try {
      built = target.emitBuild(outputs, options.build);
      append(artifacts, built.artifacts);
      append(diagnostics, built.diagnostics);
    } catch (e) {
      append(diagnostics, failure(target, buildOrigin(ruleSet), e, debug));
    }
  }
  const seen = new Set<string>();
  const kept = artifacts.filter((a) => {
    if (safePath(a.path) && !seen.has(a.path)) return seen.add(a.path);
    diagnostics.push(
      error(
        ruleSet.rules.find((r) => a.rules.includes(r.id))?.origin ?? buildOrigin(ruleSet),
        'artifact-path',
        `target ${target.id} produced an unsafe or duplicate artifact path ${JSON.stringify(a.path)}`,
        'this is a bug in iocc',
      ),
    );
    return false;
  });
  const claims = outputs.flatMap(({ rule, output }) => claimsOf(rule, output, built?.placed.get(rule.id)));
  const run: TargetRun = {
    target,
    options: options.build,
    claims,
    artifacts: kept.map((a) => ({ path: a.path, rules: a.rules, indicators: a.indicators })),
  };
  return { run, artifacts: kept, diagnostics };
}
