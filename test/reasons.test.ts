// The reasons coverage.json gives where a target leaves an observable out, as a user reads them: the
// texts shared by several targets (src/model/reasons.ts) depend on the entry, not on the target.
import { describe, expect, test } from 'vitest';
import { buildRuleSet } from '../src/model/build.js';
import type { AnyTarget } from '../src/target.js';
import { osquery } from '../targets/osquery/index.js';
import { sigma } from '../targets/sigma/index.js';
import { yara } from '../targets/yara/index.js';
import { emitWith } from './support/emit.js';
import { H, load, ruleText } from './support/rules.js';

/** The reason `target` gives for leaving `observable` out of the rule with these files (undefined: carried). */
function reasonFor(target: AnyTarget, entry: string, observable: string): string | undefined {
  const { rule, diagnostics } = load('r.yaml', ruleText('r', `files: [${entry}]`));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const claims = emitWith(target, buildRuleSet([rule!], '2026-01-01').ruleSet).coverage;
  const claim = claims.find((c) => c.observable === observable);
  expect(claim, `${target.id} has no claim on ${observable}`).toBeDefined();
  return claim?.carried === false ? claim.reason : undefined;
}

describe.each([osquery, sigma, yara].map((t) => [t.id, t] as const))('%s', (_, target) => {
  const originalName = 'original-file-name:Setup.DLL';
  test('an original file name on Linux or macOS cannot exist there', () => {
    for (const os of ['linux', 'macos'])
      expect(reasonFor(target, `{sha256: ${H.a}, original_name: Setup.DLL, os: ${os}}`, originalName)).toBe(
        'original file names exist in Windows version resources only',
      );
  });
  test('an original file name on Windows, or on any OS, without a version is no sign', () => {
    for (const os of [', os: windows', ''])
      expect(reasonFor(target, `{sha256: ${H.a}, original_name: Setup.DLL${os}}`, originalName)).toBe(
        'without a version, the original file name would also match clean builds',
      );
  });
});
