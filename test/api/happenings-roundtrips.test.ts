import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createContext, type Context } from '../../src/context.js';
import { loadQueries } from '../../src/db/queries.js';
import { createRunner } from '../../src/db/runner.js';
import { DateScalar } from '../../src/graphql/scalars.js';
import { loadTypeDefs, resolvers } from '../../src/graphql/schema.js';
import { silentLogger } from '../../src/logger.js';
import { readRows, testDriver } from '../support/neo4j.js';

const limits = loadConfig({}).limits;
const queries = loadQueries();
let server: ApolloServer<Context>;

beforeAll(async () => {
  server = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers: { ...resolvers, Date: DateScalar } });
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

/** Runs an operation in process with a fresh request context, as the HTTP server would. */
async function run(query: string, variables: Record<string, unknown>) {
  const context = createContext(
    (onRoundTrip) => createRunner({ driver: testDriver(), queries, database: undefined, timeoutMs: 10_000, onRoundTrip }),
    limits,
    silentLogger,
  );
  const response = await server.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return { data: response.body.singleResult.data, roundTrips: context.stats.roundTrips };
}

// Six levels, each a batched read: countries, their people, the people's meetings, each meeting's
// participants, each participant's claims, each claim's speakers.
const nested = `
  query ($ids: [ID!]!, $first: Int!) {
    nodes(ids: $ids) {
      ... on Country {
        people {
          meetings(first: $first) {
            nodes {
              participants {
                actor {
                  claimsMade(first: $first) { nodes { id speakers { id } } }
                }
              }
            }
          }
        }
      }
    }
  }`;

const levels = 6;

/** How many claims the answer lists in all: the rows the database had to produce. */
const claimRows = (data: unknown): number => (JSON.stringify(data).match(/"claim:/g) ?? []).length;

describe('database round trips of a nested query', () => {
  it('stay one per level, however many rows each level returns', async () => {
    const countries = (await readRows<{ id: string }>('MATCH (c:Country) RETURN c.id AS id ORDER BY id')).map((row) => row.id);
    const small = await run(nested, { ids: ['country:gbr'], first: 1 });
    const large = await run(nested, { ids: countries, first: limits.maxPageSize });

    expect(claimRows(large.data)).toBeGreaterThan(3 * claimRows(small.data));
    expect(claimRows(small.data)).toBeGreaterThan(0);
    expect(small.roundTrips).toBe(levels);
    expect(large.roundTrips).toBe(levels);
  });
});
