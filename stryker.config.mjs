// Mutation testing (npm run mutate): every mutant of src/ and targets/ should make a test fail. The
// machine has 2 cores shared by several people, so the default is frugal: one test process, each mutant
// run only against the tests that cover it (perTest), few property-test cases, and the slow engine and
// child-process tests left out where they guard no line in-process (see vitest.stryker.config.ts).
// Narrow a run with --mutate: npm run mutate -- --mutate 'src/load/**/*.ts'.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/**/*.ts',
    'targets/**/*.ts',
    // Generated data tables (ATT&CK), checked against their source by attack-table.test.ts.
    '!src/values/attack-data.ts',
  ],
  concurrency: 1,
  timeoutMS: 30000,
  // The first run of the whole Stryker test set, with per-test coverage, takes minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // build/ is kept: the few child-process tests still run there (the compiled code, unmutated); so is
  // dist/, which golden.test.ts compares a build of rules/ with.
  ignorePatterns: ['bench', 'reports', 'docs'],
  thresholds: { high: 85, low: 70, break: null },
};
