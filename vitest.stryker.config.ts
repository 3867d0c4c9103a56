import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant. Left out: tests that run the compiled `iocc` in a child
// process (a mutant lives only in the test process, so they cannot kill it and only cost time) and the
// slow engine and scale tests whose lines are guarded in-process too.
export default defineConfig({
  test: {
    // The in-process suites: every line of src/ and targets/ they reach runs in this process, where the
    // mutant lives. Suites of whole builds in child processes (cli, scaffold, partial-build, pipeline, diff)
    // cannot kill a mutant and only cost minutes of the first run.
    include: [
      'test/unit/**/*.test.ts',
      'test/bad-rules.test.ts',
      'test/conformance.test.ts',
      'test/defender.test.ts',
      'test/files-from.test.ts',
      'test/kql-escape.test.ts',
      'test/osquery.test.ts',
      'test/paths.test.ts',
      'test/safety.test.ts',
      'test/sigma.test.ts',
      'test/silent-cases.test.ts',
      'test/software.test.ts',
      'test/stix.test.ts',
      'test/yara.test.ts',
    ],
    exclude: [
      'test/cli.test.ts', // child processes only
      'test/scaffold.test.ts', // runs `npx iocc` and git in child processes only
      'test/scale.test.ts', // large inputs, timed by the benchmark instead
      'test/pe-builder.test.ts', // tests the test support, not src/
      'test/yara-pe.test.ts', // PE files on three engines: yara.test.ts guards the same YARA lines faster
      'test/attack-table.test.ts', // regenerates the ATT&CK table with the script
      'test/sigma-matching.test.ts', // pySigma-free matcher of whole artifacts: sigma.test.ts guards the lines
      'test/hostile.test.ts', // every engine per case; conformance.test.ts runs the same texts through every target
      'test/incidents.test.ts', // simulated hosts per incident: osquery.test.ts and software.test.ts guard the lines
      'test/pipeline.test.ts', // concurrent builds and kills of child processes
    ],
    // Left out by name: kills and restarts of real builds for minutes and two builds at once (child
    // processes that no mutant lives in), and 256 MiB read through instrumented code (past any timeout;
    // the size limit it guards is tested at 10 MB and a million items too).
    testNamePattern:
      /^(?!.*(a build killed at any moment|dist\/ ends up as one complete build|a rule file of exactly 256 MiB))/,
    // No globalSetup: no test here needs build/ (the compiled binary).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Local runs only: a machine without Debian's yara still measures; npm test never skips it.
    env: { IOCC_PROPERTY_RUNS: process.env['IOCC_PROPERTY_RUNS'] ?? '20', IOCC_ALLOW_NO_YARA_CLI: '1' },
  },
});
