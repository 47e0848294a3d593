import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { recordToRow } from '../../src/db/records.js';

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
