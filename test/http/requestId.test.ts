import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { loadQueries } from '../../src/db/queries.js';
import { createServer } from '../../src/server.js';

const post = (headers: Record<string, string> = {}) =>
  fetch(inject('graphqlUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ sources { nodes { id } } }' }),
  });

describe('request ids', () => {
  it("echo a client's own x-request-id", async () => {
    const response = await post({ 'x-request-id': 'analyst-42.run:7' });
    expect(response.headers.get('x-request-id')).toBe('analyst-42.run:7');
  });

  it('are made up when the client sends none, or sends something unusable', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect((await post()).headers.get('x-request-id')).toMatch(uuid);
    expect((await post({ 'x-request-id': 'has spaces and <tags>' })).headers.get('x-request-id')).toMatch(uuid);
  });
});

describe('the x-db-round-trips header', () => {
  it('says how many database round trips the request took', async () => {
    expect((await post()).headers.get('x-db-round-trips')).toBe('1');
    const introspection = await fetch(inject('graphqlUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(introspection.headers.get('x-db-round-trips')).toBe('0');
  });
});

describe('an unexpected failure inside a resolver', () => {
  it('reaches the client masked in production and is logged once with the request id and stack', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({}, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    const failure = new Error('disk on fire');
    // A runner whose every call fails as no named query ever should: the error path, not the data.
    const failingRunner = () => ({
      read: () => Promise.reject(failure),
      write: () => Promise.reject(failure),
      namedQuery: (name: string) => loadQueries().get(name),
      asOf: null,
      readComposed: () => Promise.reject(failure),
      plansWarm: () => true,
    });
    const { apollo } = await createServer({
      config: loadConfig({ NODE_ENV: 'production' }),
      logger,
      ready: async () => true,
      makeRunner: failingRunner,
    });
    try {
      const { createContext } = await import('../../src/context.js');
      const response = await apollo.executeOperation(
        { query: '{ sources { nodes { id } } }' },
        { contextValue: createContext(failingRunner, loadConfig({}).limits, logger, 'req-1') },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['sources'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      const logged = lines.filter((line) => line['message'] === 'unexpected error');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ level: 'error', requestId: 'req-1', path: ['sources'] });
      expect(String(logged[0]?.['error'])).toMatch(/^Error: disk on fire\n\s+at /);
    } finally {
      await apollo.stop();
    }
  });
});
