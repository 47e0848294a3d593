import type { QueryRunner } from '../db/runner.js';
import { createAnalysisLoaders } from './analysis/loaders.js';
import { createCommonLoaders } from './common/loaders.js';
import { createHappeningLoaders } from './happenings/loaders.js';
import { createProvenanceLoaders } from './provenance/loaders.js';

/** Fresh loaders for each request, so batching and caching never cross requests. */
export function createLoaders(runner: QueryRunner) {
  return {
    ...createCommonLoaders(runner),
    ...createHappeningLoaders(runner),
    ...createProvenanceLoaders(runner),
    ...createAnalysisLoaders(runner),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
