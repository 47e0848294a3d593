import type { Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { loadQueries } from '../../src/db/queries.js';
import { recordToRow } from '../../src/db/records.js';
import type { QueryRunner } from '../../src/db/runner.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { testDriver } from '../support/neo4j.js';

// The bad meeting lives only inside a transaction that is rolled back, so the seeded graph other
// test files read never sees it.
describe('a value stored in the graph that a schema enum lacks', () => {
  const queries = loadQueries();
  const config = loadConfig({ NODE_ENV: 'production' });
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({}, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  const session = testDriver().session();
  let tx: Transaction;
  let server: AppServer;

  /** Every named query runs inside the open transaction, where the bad node is visible. */
  const runner: QueryRunner = {
    // As the server's runner does: a read not asked as of a day gets `$asOf` null.
    read: async (name, params = {}) => (await tx.run(queries.get(name)!.text, { asOf: null, ...params })).records.map((record) => recordToRow(record)),
    write: () => Promise.reject(new Error('no writes here')),
    namedQuery: (name) => queries.get(name),
    asOf: null,
    readComposed: async (_name, text, params) => (await tx.run(text, { asOf: null, ...params })).records.map((record) => recordToRow(record)),
    plansWarm: () => true,
  };

  beforeAll(async () => {
    tx = session.beginTransaction();
    await tx.run(
      `CREATE (:Node:Meeting {id: 'meeting:test-stored-values', title: 'Séance', status: 'RUMOURED', mode: 'TELEPATHY'})`,
    );
    server = await createServer({ config, logger, ready: async () => true, makeRunner: () => runner });
  });
  afterAll(async () => {
    await server.apollo.stop();
    await tx.rollback();
    await session.close();
  });

  const run = async (query: string, requestId: string) => {
    const response = await server.apollo.executeOperation({ query }, { contextValue: createContext(() => runner, config.limits, logger, requestId) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  };

  it('makes a nullable field null with an error naming the type and value, not an internal error', async () => {
    const result = await run('{ meeting(id: "meeting:test-stored-values") { id mode } }', 'req-mode');
    expect(result.status).toBeUndefined();
    expect(result.data).toEqual({ meeting: { id: 'meeting:test-stored-values', mode: null } });
    expect(result.errors).toEqual([
      {
        message: 'The graph holds a MeetingMode value this API does not define ("TELEPATHY"), so the field is left out.',
        locations: [{ line: 1, column: 50 }],
        path: ['meeting', 'mode'],
        extensions: { code: 'INVALID_STORED_VALUE', type: 'MeetingMode', value: 'TELEPATHY' },
      },
    ]);
  });

  it('nulls the nearest nullable parent when the field is non-null, as GraphQL requires', async () => {
    const result = await run('{ meeting(id: "meeting:test-stored-values") { id status } }', 'req-status');
    expect(result.data).toEqual({ meeting: null });
    expect(result.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([[['meeting', 'status'], 'INVALID_STORED_VALUE']]);
  });

  it('logs each occurrence once, with the request id, as an error to fix in the data', () => {
    const logged = lines.filter((line) => line['message'] === 'value stored in the graph is outside the schema');
    expect(logged).toEqual([
      expect.objectContaining({ level: 'error', requestId: 'req-mode', path: ['meeting', 'mode'], type: 'MeetingMode', value: 'TELEPATHY' }),
      expect.objectContaining({ level: 'error', requestId: 'req-status', path: ['meeting', 'status'], type: 'Status', value: 'RUMOURED' }),
    ]);
    expect(lines.filter((line) => line['message'] === 'unexpected error')).toEqual([]);
  });
});
