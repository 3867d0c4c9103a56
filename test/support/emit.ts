// One target over a rule set, the way the core runs it (src/emit.ts): its artifacts, its coverage
// claims as the core joined them, and its diagnostics.
import { runTarget } from '../../src/emit.js';
import type { RuleSet } from '../../src/model/types.js';
import type { CoverageClaim } from '../../src/report.js';
import type { AnyTarget, Artifact, OptionValue } from '../../src/target.js';
import type { Diagnostic } from '../../src/diagnostics.js';

export interface Emitted {
  readonly artifacts: readonly Artifact[];
  readonly coverage: readonly CoverageClaim[];
  readonly diagnostics: readonly Diagnostic[];
}

export function emitWith(
  target: AnyTarget,
  ruleSet: RuleSet,
  overrides: Readonly<Record<string, OptionValue>> = {},
): Emitted {
  const r = runTarget(target, ruleSet, overrides);
  return { artifacts: r.artifacts, coverage: r.run.claims, diagnostics: r.diagnostics };
}
