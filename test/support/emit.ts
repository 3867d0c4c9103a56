// One target over a rule set, the way the core runs it (src/emit.ts): its artifacts, its coverage
// claims as the core joined them, and its diagnostics.
import { parseSetOptions } from '../../src/options.js';
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

/** What `--set <setting>` answers for this target: 'accepted', or the message it is refused with. */
export function setRefusal(setting: string, target: AnyTarget): string {
  try {
    parseSetOptions([setting], [target]);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return 'accepted';
}
