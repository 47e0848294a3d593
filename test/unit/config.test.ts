import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j on 7687 and the API on 4000 with no variables set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({ kind: 'embedded', boltPort: 7687, heap: '512m', pagecacheBytes: 128 * 1024 ** 2 });
  });

  it('uses the server NEO4J_URI names, with its credentials and database', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://example.databases.neo4j.io', username: 'u', password: 'p', database: 'graph' });
  });

  it('reports every bad variable at once, saying what is allowed', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_HEAP: 'lots', GRAPHQL_MAX_DEPTH: '1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT="eighty" must be a whole number from 0 to 65535',
      'GRAPHQL_MAX_DEPTH="1" must be a whole number from 2 to 50',
      'NEO4J_HEAP="lots" must be a JVM size such as 512m or 1g',
    ]);
  });

  it('lets one transaction of the embedded Neo4j hold a quarter of its heap, or NEO4J_TRANSACTION_MEMORY up to the heap', () => {
    expect(loadConfig({}).neo4j).toMatchObject({ transactionMemoryBytes: 128 * 1024 ** 2 });
    expect(loadConfig({ NEO4J_HEAP: '2g' }).neo4j).toMatchObject({ transactionMemoryBytes: 512 * 1024 ** 2 });
    expect(loadConfig({ NEO4J_TRANSACTION_MEMORY: '64m' }).neo4j).toMatchObject({ transactionMemoryBytes: 64 * 1024 ** 2 });
    expect(() => loadConfig({ NEO4J_TRANSACTION_MEMORY: '1g' })).toThrow('NEO4J_TRANSACTION_MEMORY="1g" must be from 1m up to the heap (NEO4J_HEAP=512m)');
    expect(() => loadConfig({ NEO4J_TRANSACTION_MEMORY: '512k' })).toThrow('NEO4J_TRANSACTION_MEMORY="512k" must be from 1m up to the heap (NEO4J_HEAP=512m)');
    expect(() => loadConfig({ NEO4J_TRANSACTION_MEMORY: 'half' })).toThrow('NEO4J_TRANSACTION_MEMORY="half" must be a size such as 256m or 1g');
  });

  it('warms the plans before /ready by default; WARM_UP=off skips it; planning gets its own timeout', () => {
    expect(loadConfig({})).toMatchObject({ warmUp: true, queryTimeoutMs: 5000, planTimeoutMs: 60_000 });
    expect(loadConfig({ WARM_UP: 'off', PLAN_TIMEOUT_MS: '120000' })).toMatchObject({ warmUp: false, planTimeoutMs: 120_000 });
    expect(() => loadConfig({ WARM_UP: 'later' })).toThrow('WARM_UP="later" must be on or off');
    // Two operations at once where there are two cores: Neo4j plans each statement on one thread.
    expect(loadConfig({}).warmUpConcurrency).toBe(Math.min(2, os.availableParallelism()));
    expect(loadConfig({ WARM_UP_CONCURRENCY: '3' }).warmUpConcurrency).toBe(3);
    expect(() => loadConfig({ WARM_UP_CONCURRENCY: '0' })).toThrow('WARM_UP_CONCURRENCY="0" must be a whole number from 1 to 8');
  });
});
