import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Limits } from '../../src/config.js';
import { createContext, type Context } from '../../src/context.js';
import { createPlanMemory } from '../../src/db/planMemory.js';
import { loadQueries } from '../../src/db/queries.js';
import { createRunner } from '../../src/db/runner.js';
import { createSchema } from '../../src/graphql/schema.js';
import { silentLogger } from '../../src/logger.js';
import type { InProcessResult } from './inProcess.js';
import { testDriver } from './neo4j.js';

/**
 * useInProcessApi (./inProcess.ts) with the server's allowance for planning (src/app.ts): a
 * statement's first run, which includes Neo4j planning it, may take the plan timeout
 * (PLAN_TIMEOUT_MS, 60 s by default), later runs the query timeout. A selection of every field to
 * depth 2 composes a statement of sixty subqueries, which a busy two-core machine can take longer
 * than the query timeout to plan, though it then runs in a fraction of a second.
 */
export function useInProcessPlannedApi(): (
  query: string,
  variables?: Record<string, unknown>,
  overrides?: Partial<Limits>,
) => Promise<InProcessResult> {
  const queries = loadQueries();
  const config = loadConfig({});
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
      { ...config.limits, ...overrides },
      silentLogger,
    );
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data, errors, roundTrips, totalRoundTrips: context.stats.roundTrips };
  };
}
