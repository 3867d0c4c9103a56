// A small target that exists only in the tests: it writes one JSON file per rule with the values it
// carries, so the core pipeline (options, coverage, manifest, atomic writes) can be exercised without
// depending on a real format.
import { observablesOf } from '../../src/model/observables.js';
import type { RuleSet } from '../../src/model/types.js';
import type { CoverageClaim, EmitResult, ResolvedOptions, Target } from '../../src/target.js';

type EchoOptions = { include_md5: boolean; label: string; level: number };

export const echoTarget: Target<EchoOptions> = {
  id: 'echo',
  title: 'Echo (test only)',
  description: 'Writes the carried values of each rule as JSON.',
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
  emit(model: RuleSet, options: ResolvedOptions<EchoOptions>): EmitResult {
    const artifacts = [];
    const coverage: CoverageClaim[] = [];
    for (const rule of model.rules) {
      const o = options.forRule(rule);
      const path = `${rule.id}.json`;
      const carried: string[] = [];
      for (const obs of observablesOf(rule)) {
        const ok = ['sha256', 'sha1', 'domain'].includes(obs.kind) || (obs.kind === 'md5' && o.include_md5);
        if (ok) {
          carried.push(obs.value);
          coverage.push({ rule: rule.id, observable: obs.id, carried: true, artifact: path });
        } else {
          coverage.push({
            rule: rule.id,
            observable: obs.id,
            carried: false,
            reason: `echo does not carry ${obs.kind}`,
          });
        }
      }
      artifacts.push({
        path,
        content: `${JSON.stringify({ label: o.label, level: o.level, rule: rule.id, title: rule.title, values: carried }, null, 2)}\n`,
        rules: [rule.id],
        indicators: carried.length,
      });
    }
    return { artifacts, coverage, diagnostics: [] };
  },
};

/** A target with a bug: it forgets every domain. The core must notice. */
export const forgetfulTarget: Target<Record<string, never>> = {
  id: 'forgetful',
  title: 'Forgetful (test only)',
  description: 'Drops domains without a word.',
  expresses: [{ kind: 'sha256', how: 'listed' }],
  options: {},
  emit(model) {
    const coverage: CoverageClaim[] = [];
    for (const rule of model.rules) {
      for (const obs of observablesOf(rule)) {
        if (obs.kind !== 'domain')
          coverage.push({ rule: rule.id, observable: obs.id, carried: false, reason: 'not supported' });
      }
    }
    return { artifacts: [], coverage, diagnostics: [] };
  },
};

/** A target that throws. */
export const throwingTarget: Target<Record<string, never>> = {
  id: 'throwing',
  title: 'Throwing (test only)',
  description: 'Always fails.',
  expresses: [],
  options: {},
  emit() {
    throw new Error('boom');
  },
};
