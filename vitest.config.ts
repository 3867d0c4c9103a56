import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Compiles src/ and targets/ to build/ once, so CLI tests run the real `iocc` binary.
    globalSetup: ['test/support/global-setup.ts'],
    // Property tests run 1,000 cases per target in CI (IOCC_PROPERTY_RUNS=1000); the YARA ones take about a minute.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
