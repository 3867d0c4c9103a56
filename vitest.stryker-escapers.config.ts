import { defineConfig } from 'vitest/config';
import base from './vitest.stryker.config.js';

// A fast mutation run over the escapers and the hash check (npm run mutate:escapers): only the suites that
// test them directly. Tests left out can only kill more mutants, so its score is a lower bound.
export default defineConfig({
  test: {
    ...base.test,
    include: [
      'test/unit/escapers.test.ts',
      'test/kql-escape.test.ts',
      'test/unit/values.test.ts',
      'test/sigma.test.ts',
      'test/yara.test.ts',
      'test/stix.test.ts',
      'test/defender.test.ts',
      'test/osquery.test.ts',
    ],
    exclude: [],
  },
});
