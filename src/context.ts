import type { Limits } from './config.js';
import type { QueryRunner } from './db/runner.js';
import type { Logger } from './logger.js';
import { createLoaders, type Loaders } from './modules/loaders.js';

/** What every resolver receives: the request's query runner, its loaders and the limits. */
export interface Context {
  readonly db: QueryRunner;
  readonly loaders: Loaders;
  readonly limits: Limits;
  readonly logger: Logger;
  /** Database round trips made so far for this request. */
  readonly stats: { roundTrips: number };
}

export type RunnerFactory = (onRoundTrip: (name: string) => void) => QueryRunner;

export function createContext(makeRunner: RunnerFactory, limits: Limits, logger: Logger): Context {
  const stats = { roundTrips: 0 };
  const db = makeRunner(() => {
    stats.roundTrips += 1;
  });
  return { db, loaders: createLoaders(db), limits, logger, stats };
}
