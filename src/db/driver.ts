import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverTarget {
  readonly uri: string;
  readonly username?: string;
  readonly password?: string;
}

/**
 * One driver per process. Short connection and retry budgets make an unreachable database a
 * prompt SERVICE_UNAVAILABLE rather than a request that hangs for the driver's 30 s default.
 */
export function createDriver(target: DriverTarget): Driver {
  const auth = target.username ? neo4j.auth.basic(target.username, target.password ?? '') : undefined;
  return neo4j.driver(target.uri, auth, {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: 'diplomatic-graph/0.1',
  });
}
