// readRule alone, without the schema in front of it: a rule missing a required field gives no draft, so
// nothing built from the rule can carry an undefined id, title or TLP even if the schema let one through.
import { describe, expect, test } from 'vitest';
import { readRule } from '../../src/load/rule.js';
import { sourceText } from '../../src/load/source.js';
import { parseYaml } from '../../src/load/yaml.js';
import { ruleText } from '../support/rules.js';
import { loadRuleText } from '../../src/load/index.js';
import { Timings } from '../../src/util/timing.js';

function read(text: string): ReturnType<typeof readRule> {
  const src = sourceText('rules/r.yaml', text);
  const parsed = parseYaml(src);
  if (!parsed.ok) throw new Error('the test rule is not YAML');
  return readRule({ src, value: parsed.value, root: parsed.root });
}

const body = 'network:\n  domains: [evil-updates.top]';

describe('readRule', () => {
  test('a complete rule gives a draft', () => {
    expect(read(ruleText('r', body)).draft?.id).toBe('r');
  });

  test.each(['id', 'title', 'description', 'author', 'date', 'severity', 'tlp'])(
    'a rule without %s gives no draft',
    (field) => {
      const text = ruleText('r', body)
        .split('\n')
        .filter((line) => !line.startsWith(`${field}: `))
        .join('\n');
      expect(text).not.toContain(`\n${field}: `);
      expect(read(text).draft).toBeUndefined();
    },
  );
});

describe('loadRuleText with timings', () => {
  test('records the stages the benchmark reports: parse and validate', () => {
    const timings = new Timings();
    loadRuleText({ file: 'rules/r.yaml', bytes: Buffer.from(ruleText('r', body)) }, timings);
    expect(Object.keys(timings.ms).sort()).toEqual(['parse', 'validate']);
  });
});
