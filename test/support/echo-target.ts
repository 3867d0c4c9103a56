// Small targets that exist only in the tests: one writes a JSON file per rule with the values it
// carries, so the core pipeline (options, coverage, manifest, atomic writes) can be exercised without
// depending on a real format; the others misbehave in the ways the core must notice.
import { observablesOf } from '../../src/model/observables.js';
import type { Rule } from '../../src/model/types.js';
import { codesOf, type Carried, type RuleOutput, type Target } from '../../src/target.js';

type EchoOptions = { include_md5: boolean; label: string; level: number };

export const echoTarget: Target<EchoOptions> = {
  id: 'echo',
  title: 'Echo (test only)',
  description: 'Writes the carried values of each rule as JSON.',
  codes: [],
  expresses: [
    { kind: 'sha256', how: 'listed' },
    { kind: 'sha1', how: 'listed' },
    { kind: 'md5', how: 'listed when include_md5 is true' },
    { kind: 'domain', how: 'listed' },
  ],
  options: {
    include_md5: { type: 'boolean', default: false, description: 'carry MD5 values too' },
    label: { type: 'string', default: 'echo', description: 'a label written into each file' },
    level: { type: 'integer', default: 1, minimum: 1, maximum: 9, description: 'a number' },
  },
  emitRule(rule: Rule, o: EchoOptions): RuleOutput {
    const path = `${rule.id}.json`;
    const values: string[] = [];
    const carried = new Map<string, Carried>();
    const reasons = new Map<string, string>();
    for (const obs of observablesOf(rule)) {
      const ok = ['sha256', 'sha1', 'domain'].includes(obs.kind) || (obs.kind === 'md5' && o.include_md5);
      if (ok) {
        values.push(obs.value);
        carried.set(obs.id, { artifact: path });
      } else reasons.set(obs.id, `echo does not carry ${obs.kind}`);
    }
    const echoed = { label: o.label, level: o.level, rule: rule.id, title: rule.title, values };
    const content = `${JSON.stringify(echoed, null, 2)}\n`;
    return {
      artifacts: [{ path, content, rules: [rule.id], indicators: values.length }],
      carried,
      reasons,
      diagnostics: [],
    };
  },
};

/** A target with a bug: it forgets every domain. The core must notice. */
export const forgetfulTarget: Target<Record<string, never>> = {
  id: 'forgetful',
  title: 'Forgetful (test only)',
  description: 'Drops domains without a word.',
  codes: [],
  expresses: [{ kind: 'sha256', how: 'listed' }],
  options: {},
  emitRule(rule) {
    const reasons = new Map<string, string>();
    for (const obs of observablesOf(rule)) if (obs.kind !== 'domain') reasons.set(obs.id, 'not supported');
    return { artifacts: [], carried: new Map(), reasons, diagnostics: [] };
  },
};

/** A target that throws. */
export const throwingTarget: Target<Record<string, never>> = {
  id: 'throwing',
  title: 'Throwing (test only)',
  description: 'Always fails.',
  codes: [],
  expresses: [],
  options: {},
  emitRule() {
    throw new Error('boom');
  },
};

const limited = codesOf(['limited-too-big']);

/** A target that reaches a consumer's limit on rules whose id starts with `big`: the rule author's error. */
export const limitedTarget: Target<Record<string, never>> = {
  id: 'limited',
  title: 'Limited (test only)',
  description: 'Refuses rules whose id starts with big.',
  codes: limited.codes,
  expresses: [],
  options: {},
  emitRule(rule) {
    if (rule.id.startsWith('big'))
      throw limited.limit(rule.origin, 'limited-too-big', `rule ${rule.id} is too big`, 'split it');
    const reasons = new Map(observablesOf(rule).map((o) => [o.id, 'limited carries nothing']));
    return { artifacts: [], carried: new Map(), reasons, diagnostics: [] };
  },
};

/** A target that says it carried an observable but puts it in no artifact. */
export const misplacingTarget: Target<Record<string, never>> = {
  id: 'misplacing',
  title: 'Misplacing (test only)',
  description: 'Claims without artifacts.',
  codes: [],
  expresses: [],
  options: {},
  emitRule(rule) {
    return {
      artifacts: [],
      carried: new Map(observablesOf(rule).map((o) => [o.id, {}])),
      reasons: new Map(),
      diagnostics: [],
    };
  },
};
