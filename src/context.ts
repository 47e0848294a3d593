import { randomUUID } from 'node:crypto';
import type { Limits } from './config.js';
import { runnerAsOf } from './db/asOfView.js';
import type { QueryRunner } from './db/runner.js';
import type { Logger } from './logger.js';
import { createLoaders, type Loaders } from './modules/loaders.js';

/** What every resolver receives: the request's query runner, its loaders and the limits. */
export interface Context {
  readonly db: QueryRunner;
  readonly loaders: Loaders;
  readonly limits: Limits;
  /** The request's logger: every line carries its requestId. */
  readonly logger: Logger;
  /** Sent back in the x-request-id header, so a client can quote it when reporting a problem. */
  readonly requestId: string;
  /** Database round trips made so far for this request. */
  readonly stats: { roundTrips: number };
  /**
   * The day the answer is seen as of ('YYYY-MM-DD'): what the sources published by then said.
   * Null for the current view. Set for every resolver under a root field asked with `asOf`.
   */
  readonly asOf: string | null;
  /** The same request seen as of a day: its runner and loaders answer as the graph knew it then. */
  at(asOf: string): Context;
}

/** Makes a request's runner; `logger` is the request's own, for the Cypher debug log. */
export type RunnerFactory = (onRoundTrip: (name: string) => void, logger: Logger) => QueryRunner;

export function createContext(makeRunner: RunnerFactory, limits: Limits, logger: Logger, requestId: string = randomUUID()): Context {
  const stats = { roundTrips: 0 };
  const requestLogger = logger.child({ requestId });
  const db = makeRunner(() => {
    stats.roundTrips += 1;
  }, requestLogger);
  const days = new Map<string, Context>();
  const root: Context = {
    db,
    loaders: createLoaders(db),
    limits,
    logger: requestLogger,
    requestId,
    stats,
    asOf: null,
    at(asOf) {
      let seen = days.get(asOf);
      if (!seen) {
        const dayRunner = runnerAsOf(db, asOf);
        // Loaders of their own: a node cached as one day saw it is never handed to another day.
        seen = { ...root, db: dayRunner, loaders: createLoaders(dayRunner), asOf };
        days.set(asOf, seen);
      }
      return seen;
    },
  };
  return root;
}

