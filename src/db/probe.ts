import neo4j, { type Driver } from 'neo4j-driver';
import type { NamedQuery } from './queries.js';

/**
 * True when the graph is loaded (seedStatus finds a loaded source), asked once, without the
 * driver's retries: a readiness probe must report a dead database now, not after the runner's
 * retry budget of several seconds.
 */
export async function graphLoaded(driver: Driver, queries: ReadonlyMap<string, NamedQuery>, database: string | undefined): Promise<boolean> {
  const query = queries.get('seedStatus');
  if (!query) throw new Error('no named query "seedStatus" in cypher/queries');
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    // Neo4j's own bound as long as the readiness probe's: a slow answer on a busy machine is still
    // an answer (src/http/readiness.ts).
    const result = await session.run(query.text, {}, { timeout: 10_000, metadata: { app: 'diplomatic-graph', query: 'seedStatus' } });
    const applied = result.records[0]?.get('applied') as { toNumber(): number } | number | undefined;
    return (typeof applied === 'number' ? applied : applied?.toNumber() ?? 0) > 0;
  } finally {
    await session.close();
  }
}

/**
 * Resolves when the database answers a trivial statement: the embedded JVM's liveness. Asked
 * without the driver's retries, and with no timeout of its own, since a late answer still proves
 * the JVM alive (the caller judges silence). An error from Neo4j itself (a refused login, a
 * terminated transaction) is an answer too: a JVM that can say no is not hung, and killing it would
 * not help.
 */
export async function databaseAnswers(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    await session.run('RETURN 1', {}, { metadata: { app: 'diplomatic-graph', query: 'liveness' } });
  } catch (error) {
    if (!String((error as { code?: unknown }).code ?? '').startsWith('Neo.')) throw error;
  } finally {
    await session.close().catch(() => undefined);
  }
}
