import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Limits } from '../../src/config.js';
import { createContext, type Context } from '../../src/context.js';
import { createPlanMemory } from '../../src/db/planMemory.js';
import { loadQueries } from '../../src/db/queries.js';
import { createRunner } from '../../src/db/runner.js';
import { createSchema } from '../../src/graphql/schema.js';
import { silentLogger } from '../../src/logger.js';
import { testDriver } from './neo4j.js';

export interface InProcessResult {
  readonly data: Record<string, unknown> | null | undefined;
  readonly errors: readonly { message: string }[] | undefined;
  /** Database round trips made for the operation, by named query. */
  readonly roundTrips: Readonly<Record<string, number>>;
  readonly totalRoundTrips: number;
}

/**
 * The API's schema and resolvers in process, against the seeded database, with a fresh request
 * context per operation (as the HTTP server makes one), counting database round trips.
 * Call at the top of a test file: it starts and stops the server around the file's tests.
 */
export function useInProcessApi(): (
  query: string,
  variables?: Record<string, unknown>,
  /** Limits to change for this operation, e.g. { planner: false } to load level by level. */
  overrides?: Partial<Limits>,
) => Promise<InProcessResult> {
  const queries = loadQueries();
  const config = loadConfig({});
  const limits = config.limits;
  // The server's allowance for planning (src/app.ts): a statement's first run, which includes Neo4j
  // planning it, may take the plan timeout; a selection of every field two levels down composes
  // sixty subqueries, which a busy two-core machine can take longer than the query timeout to plan.
  const plans = createPlanMemory();
  const apollo = new ApolloServer<Context>({ schema: createSchema() });
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());

  return async (query, variables = {}, overrides = {}) => {
    const roundTrips: Record<string, number> = {};
    const context = createContext(
      (onRoundTrip) =>
        createRunner({
          driver: testDriver(),
          queries,
          database: undefined,
          timeoutMs: 10_000,
          plans,
          planTimeoutMs: config.planTimeoutMs,
          onRoundTrip: (name) => {
            roundTrips[name] = (roundTrips[name] ?? 0) + 1;
            onRoundTrip(name);
          },
        }),
      { ...limits, ...overrides },
      silentLogger,
    );
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data, errors, roundTrips, totalRoundTrips: context.stats.roundTrips };
  };
}
