import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { LongFirstSequencer } from './test/support/sequencer.js';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Apollo and graphql-armor; vite would otherwise give
    // our sources its ES build, and graphql refuses schemas and types from "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j and one real server for the whole run, started before any test file.
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    pool: 'forks',
    sequence: { sequencer: LongFirstSequencer },
    // Three: a third of a file's time is spent waiting on a JVM or Chromium of its own, which a third worker fills.
    maxWorkers: 3,
  },
});
