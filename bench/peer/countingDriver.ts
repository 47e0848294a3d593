// Counts the database transactions the peer opens for each request: @neo4j/graphql opens a
// session per root field and runs its Cypher in executeRead (src Executor.driverRun). The count
// follows the request through AsyncLocalStorage, so concurrent requests never mix.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Driver, Session } from 'neo4j-driver';

export interface RoundTrips {
  count: number;
}

export const roundTrips = new AsyncLocalStorage<RoundTrips>();

/** Wraps driver.session so each transaction or auto-commit run a session starts counts once. */
export function countTransactions(driver: Driver): Driver {
  const openSession = driver.session.bind(driver);
  driver.session = (...args: Parameters<Driver['session']>): Session => {
    const session = openSession(...args);
    const counter = roundTrips.getStore();
    if (!counter) return session;
    for (const method of ['executeRead', 'executeWrite', 'run', 'beginTransaction'] as const) {
      const original = session[method].bind(session) as (...a: unknown[]) => unknown;
      (session as unknown as Record<string, unknown>)[method] = (...a: unknown[]) => {
        counter.count += 1;
        return original(...a);
      };
    }
    return session;
  };
  return driver;
}
