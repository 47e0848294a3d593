import { randomUUID } from 'node:crypto';
import type { Limits } from './config.js';
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
}

/** Makes a request's runner; `logger` is the request's own, for the Cypher debug log. */
export type RunnerFactory = (onRoundTrip: (name: string) => void, logger: Logger) => QueryRunner;

export function createContext(makeRunner: RunnerFactory, limits: Limits, logger: Logger, requestId: string = randomUUID()): Context {
  const stats = { roundTrips: 0 };
  const requestLogger = logger.child({ requestId });
  const db = makeRunner(() => {
    stats.roundTrips += 1;
  }, requestLogger);
  return { db, loaders: createLoaders(db), limits, logger: requestLogger, requestId, stats };
}

/** A client's own request id when it is a sensible token; a fresh one otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : randomUUID();
}
