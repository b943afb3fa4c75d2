// Browser tests: real Chromium against the built app served by the real server.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A loaded CI machine (two cores, Chromium and the server) needs more than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
  },
});
