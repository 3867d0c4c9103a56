import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant: every test file but those named below, so that a new suite
// guards its lines under mutation too. Left out: tests that run the compiled `iocc` only in a child
// process (a mutant lives only in the test process, so they cannot kill it and only cost time), the scale
// tests, and two slow suites whose lines are guarded in-process by others.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/cli.test.ts', // child processes only
      'test/completion.test.ts', // the shell completion of the binary, in child processes only
      'test/scaffold.test.ts', // runs `npx iocc` and git in child processes only
      'test/pipeline.test.ts', // concurrent builds and kills of child processes
      'test/scale.test.ts', // large inputs, timed by the benchmark instead
      'test/pe-builder.test.ts', // tests the test support, not src/
      'test/attack-table.test.ts', // regenerates the ATT&CK table (not mutated) with the script
      'test/hostile.test.ts', // every engine per case; conformance.test.ts runs the same texts through every target
    ],
    // Left out by name: kills and restarts of real builds for minutes and two builds at once (child
    // processes that no mutant lives in), and 256 MiB read through instrumented code (past any timeout;
    // the size limit it guards is tested at 10 MB and a million items too).
    testNamePattern:
      /^(?!.*(a build killed at any moment|dist\/ ends up as one complete build|a rule file of exactly 256 MiB))/,
    // No globalSetup: the few child-process tests run build/ as it is (compiled by `npm run build`, unmutated).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Local runs only: a machine without Debian's yara still measures; npm test never skips it.
    env: { IOCC_PROPERTY_RUNS: process.env['IOCC_PROPERTY_RUNS'] ?? '20', IOCC_ALLOW_NO_YARA_CLI: '1' },
  },
});
