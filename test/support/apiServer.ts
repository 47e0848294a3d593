import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { loadQueries } from '../../src/db/queries.js';
import { createRunner } from '../../src/db/runner.js';
import { silentLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { testDriver } from './neo4j.js';

export interface ApiServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * A second HTTP server of the API over the test database, with settings of its own (e.g.
 * IDE=bundled), for behaviour the run's shared server is not configured for; or over another
 * database (a test's scratch Neo4j) given its driver.
 */
export async function startApiServer(env: Record<string, string>, driver: Driver = testDriver()): Promise<ApiServer> {
  const config = loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1' });
  const queries = loadQueries();
  const server = await createServer({
    config,
    logger: silentLogger,
    // Tests check answers, not speed: a read on a busy machine may wait long for a CPU (as on the shared test server).
    makeRunner: (onRoundTrip) => createRunner({ driver, queries, database: undefined, timeoutMs: Number(env['QUERY_TIMEOUT_MS'] ?? 60_000), onRoundTrip }),
    ready: async () => true,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await server.apollo.stop();
      if (server.httpServer.listening) await new Promise((resolve) => server.httpServer.close(resolve));
    },
  };
}

/** Asks a server of startApiServer an operation; its errors, or an answer without data, throw with the body. */
export async function askApi<Data>(api: ApiServer, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
