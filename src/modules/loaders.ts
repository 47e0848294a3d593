import type { QueryRunner } from '../db/runner.js';
import { createActorLoaders } from './actors/loaders.js';
import { createMeetingLoaders } from './meetings/loaders.js';

/** Fresh loaders for each request, so batching and caching never cross requests. */
export function createLoaders(runner: QueryRunner) {
  return {
    ...createActorLoaders(runner),
    ...createMeetingLoaders(runner),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
