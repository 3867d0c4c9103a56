// npm run mutate:escapers — the values that reach a format (escapers) and the hash check: no mutant of
// these may survive (issue 13). A run of minutes, not hours; see vitest.stryker-escapers.config.ts.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.stryker-escapers.config.ts' },
  mutate: [
    'targets/kql/escape.ts',
    'targets/sigma/escape.ts',
    'targets/yara/escape.ts',
    'targets/osquery/sql.ts',
    'targets/stix/pattern.ts',
    'targets/defender/csv.ts',
    'src/values/hash.ts',
  ],
  htmlReporter: { fileName: 'reports/mutation-escapers/index.html' },
  jsonReporter: { fileName: 'reports/mutation-escapers/mutation.json' },
  incrementalFile: 'reports/stryker-escapers-incremental.json',
};
