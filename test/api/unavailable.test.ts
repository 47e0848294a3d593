import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { loadQueries } from '../../src/db/queries.js';
import { createRunner } from '../../src/db/runner.js';
import { silentLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { freePort } from '../support/ports.js';

describe('when the database is unreachable', () => {
  it('answers promptly with SERVICE_UNAVAILABLE, not a hang or a stack trace', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}` });
    const queries = loadQueries();
    const config = loadConfig({ NODE_ENV: 'production' });
    const { apollo } = await createServer({
      config,
      logger: silentLogger,
      ready: async () => false,
      makeRunner: (onRoundTrip) => createRunner({ driver, queries, database: undefined, timeoutMs: 2000, onRoundTrip }),
    });
    try {
      const started = Date.now();
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new Map([['content-type', 'application/json']]) as never,
          search: '',
          body: { query: '{ actorsByName(name: "Liz Truss") { id } }' },
        },
        context: async () => {
          const { createContext } = await import('../../src/context.js');
          return createContext((onRoundTrip) => createRunner({ driver, queries, database: undefined, timeoutMs: 2000, onRoundTrip }), config.limits, silentLogger);
        },
      });
      const elapsed = Date.now() - started;
      const body = JSON.parse(response.body.kind === 'complete' ? response.body.string : '{}') as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(body.errors[0]?.extensions['code']).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0]?.message).toBe('The graph database is unavailable; try again shortly.');
      expect(body.errors[0]?.extensions['stacktrace']).toBeUndefined();
      expect(elapsed).toBeLessThan(15_000);
    } finally {
      await apollo.stop();
      await driver.close();
    }
  }, 30_000);
});
