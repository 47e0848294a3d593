import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadQueries } from '../../src/db/queries.js';
import { recordToRow } from '../../src/db/records.js';
import { createRunner } from '../../src/db/runner.js';
import type { SeedOptions } from '../../src/db/seed.js';
import { silentLogger } from '../../src/logger.js';

let driver: Driver | undefined;

/** A driver to the database the global setup seeded; one per test file, closed at exit. */
export function testDriver(): Driver {
  if (!driver) {
    const auth = inject('neo4jAuth');
    driver = neo4j.driver(inject('boltUri'), auth ? neo4j.auth.basic(auth.username, auth.password) : undefined);
    process.once('beforeExit', () => void driver?.close());
  }
  return driver;
}

/** Runs a read and returns plain rows: integers as numbers, temporal values as ISO strings. */
export async function readRows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = testDriver().session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((record) => recordToRow<T>(record));
  } finally {
    await session.close();
  }
}

/** Options for the loader against the test database (or another), as start-up gives them. */
export function seedOptions(overrides: Partial<SeedOptions> = {}, driver: Driver = testDriver()): SeedOptions {
  const config = loadConfig({});
  const queries = loadQueries();
  return {
    driver,
    runner: createRunner({ driver, queries, database: undefined, timeoutMs: 30_000 }),
    queries,
    database: undefined,
    logger: silentLogger,
    sourcesDir: config.sourcesDir,
    sourceTextsDir: config.sourceTextsDir,
    seedTimeoutMs: 120_000,
    ...overrides,
  };
}
