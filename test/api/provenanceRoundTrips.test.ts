import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createContext, type Context } from '../../src/context.js';
import { loadQueries } from '../../src/db/queries.js';
import { createRunner } from '../../src/db/runner.js';
import { DateScalar } from '../../src/graphql/scalars.js';
import { loadTypeDefs, resolvers } from '../../src/graphql/schema.js';
import { silentLogger } from '../../src/logger.js';
import { testDriver } from '../support/neo4j.js';

const queries = loadQueries();
const limits = loadConfig({}).limits;
let apollo: ApolloServer<Context>;

beforeAll(async () => {
  apollo = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers: { ...resolvers, Date: DateScalar } });
  await apollo.start();
});

afterAll(async () => {
  await apollo.stop();
});

/** Runs an operation in process against the seeded database and counts its round trips by query name. */
async function roundTrips(query: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const context = createContext(
    (onRoundTrip) =>
      createRunner({
        driver: testDriver(),
        queries,
        database: undefined,
        timeoutMs: 5000,
        onRoundTrip: (name) => {
          counts[name] = (counts[name] ?? 0) + 1;
          onRoundTrip(name);
        },
      }),
    limits,
    silentLogger,
  );
  const response = await apollo.executeOperation({ query }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return counts;
}

describe('database round trips of provenance and analysis fields', () => {
  it("batch every source's supported nodes and every discrepancy's concerns, evidence and sources", async () => {
    const counts = await roundTrips(`{
      sources { id supports(first: 100) { totalCount nodes { id } } }
      discrepancies { id concerns { id } evidence { id source { id } } }
    }`);
    // Two sources and several discrepancies, each with several pieces of evidence: one query per level.
    expect(counts).toEqual({ sources: 1, sourceSupports: 1, discrepancies: 1, neighboursOut: 3 });
  });

  it('load a whole relationship in one query', async () => {
    const counts = await roundTrips(`{
      relations(a: "country:gbr", b: "country:rus") { meetings { id } events { id } aid { id } alliances { id } claims { id } summary { total goldsteinSum } }
    }`);
    expect(counts).toEqual({ relations: 1 });
  });
});
