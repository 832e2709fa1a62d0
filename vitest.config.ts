import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships ESM and CommonJS builds; Node (type-graphql, Apollo) loads the CommonJS one, so
    // the code under test must too, or `instanceof GraphQLError` checks fail across the two copies.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['server/src/**/*.test.ts', 'client/src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Each file gets its own database cloned from a migrated template, so files run in parallel.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // Browser pages load lazily (and slower on a busy 2-core machine): polled assertions wait up to 15 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 90_000,
  },
});
