import type { QueryRunner } from '../db/runner.js';
import { createAnalysisLoaders } from './analysis/loaders.js';
import { createCommonLoaders } from './common/loaders.js';
import { createHappeningLoaders } from './happenings/loaders.js';
import { createProvenanceLoaders } from './provenance/loaders.js';

/** Fresh loaders for each request, so batching and caching never cross requests. */
export function createLoaders(runner: QueryRunner) {
  const { pages, ...happenings } = createHappeningLoaders(runner);
  const { sourceSupports, sourceQuotes, nodeSources, ...provenance } = createProvenanceLoaders(runner);
  return {
    ...createCommonLoaders(runner),
    ...happenings,
    ...provenance,
    ...createAnalysisLoaders(runner),
    /** Every batched, paged list by its family name (the planner primes them by name). */
    pages: { ...pages, sourceSupports, sourceQuotes, nodeSources },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
