// A read statement's first run includes Neo4j planning it, so the runner gives it the planning
// timeout and later runs the query timeout. Neo4j files plans by text, parameter types and the
// size step of list parameters, and so does the runner.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createPlanMemory, planKey } from '../../src/db/planMemory.js';
import { loadQueries } from '../../src/db/queries.js';
import { createRunner } from '../../src/db/runner.js';
import { testDriver } from '../support/neo4j.js';

function runnerWithPlans() {
  const plans = createPlanMemory();
  const firstRuns: string[] = [];
  const roundTrips: string[] = [];
  const runner = createRunner({
    driver: testDriver(),
    queries: loadQueries(),
    database: undefined,
    timeoutMs: 30_000,
    planTimeoutMs: 60_000,
    plans,
    onFirstRun: (name) => firstRuns.push(name),
    onRoundTrip: (name) => roundTrips.push(name),
  });
  return { runner, plans, firstRuns, roundTrips };
}

// A statement of this file's own, so no other test can have run it in this process.
const statement = `// first-run test
MATCH (n:Node) WHERE n.id IN $ids AND ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
RETURN n.id AS id ORDER BY id`;

describe('reads on their first run', () => {
  it('are told apart from later runs of the same statement and parameter types', async () => {
    const { runner, firstRuns, roundTrips } = runnerWithPlans();
    const first = await runner.readComposed<{ id: string }>('first-run', statement, { ids: ['country:gbr'], kinds: null });
    const second = await runner.readComposed<{ id: string }>('first-run', statement, { ids: ['country:rus'], kinds: null });
    expect(first).toEqual([{ id: 'country:gbr' }]);
    expect(second).toEqual([{ id: 'country:rus' }]);
    expect(firstRuns).toEqual(['first-run']);
    expect(roundTrips).toEqual(['first-run', 'first-run']);
  });

  it('are first runs again when a parameter changes type or its list a size step, as Neo4j plans them', async () => {
    const { runner, firstRuns } = runnerWithPlans();
    const ids = (n: number) => ['country:gbr', 'country:rus', 'country:ukr', 'country:usa', 'country:fra'].slice(0, n);
    await runner.readComposed('null kinds, one id', statement, { ids: ids(1), kinds: null });
    await runner.readComposed('a list of kinds', statement, { ids: ids(1), kinds: ['Country'] });
    await runner.readComposed('five ids', statement, { ids: ids(5), kinds: ['Country'] });
    await runner.readComposed('three ids, the same step as five', statement, { ids: ids(3), kinds: ['Country'] });
    const rows = await runner.readComposed<{ id: string }>('two ids', statement, { ids: ids(2), kinds: ['Country'] });
    expect(rows).toEqual([{ id: 'country:gbr' }, { id: 'country:rus' }]);
    expect(firstRuns).toEqual(['null kinds, one id', 'a list of kinds', 'five ids']);
  });

  it('in a burst of the same new statement, make one first run and the rest wait for it', async () => {
    const { runner, firstRuns } = runnerWithPlans();
    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, i) => runner.readComposed<{ id: string }>(`burst ${i}`, statement, { ids: ['country:ukr', 'country:gbr'], kinds: ['Country', 'Actor'] })),
    );
    expect(burst).toEqual(Array.from({ length: 6 }, () => [{ id: 'country:gbr' }, { id: 'country:ukr' }]));
    expect(firstRuns).toEqual(['burst 0']);
  });

  it('remember nothing of a statement that failed, and give its error', async () => {
    const { runner, plans, firstRuns } = runnerWithPlans();
    const broken = 'MATCH (n:Node {id: $id}) RETURN n.id AS id ORDER';
    await expect(runner.readComposed('broken', broken, { id: 'country:gbr' })).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(firstRuns).toEqual([]);
    expect(plans.has(planKey(broken, { id: 'country:gbr' }))).toBe(false);
  });
});

describe('the memory of first runs', () => {
  it('makes later claims of a key in flight wait for its first run, then run as later runs', async () => {
    const plans = createPlanMemory();
    const settle = await plans.claim('k');
    expect(settle).toBeTypeOf('function');
    let waited: unknown = 'not yet';
    const waiting = plans.claim('k').then((first) => (waited = first));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(waited).toBe('not yet');
    settle!(true);
    expect(await waiting).toBeUndefined();
    expect(await plans.claim('k')).toBeUndefined();
  });

  it('lets the waiters go ahead as first runs, side by side, when the first run failed', async () => {
    const plans = createPlanMemory();
    const settle = await plans.claim('k');
    const waiters = Promise.all([plans.claim('k'), plans.claim('k')]);
    settle!(false);
    expect((await waiters).map((waiter) => typeof waiter)).toEqual(['function', 'function']);
    expect(plans.has('k')).toBe(false);
  });
});

describe('the plan key', () => {
  const key = (params: Record<string, unknown>) => planKey('RETURN 1', params);

  it('tells apart the parameter types Neo4j plans apart, whatever the order of the parameters', () => {
    expect(key({ a: null, b: 'x' })).toBe(key({ b: 'y', a: undefined }));
    expect(key({ a: null })).not.toBe(key({ a: ['x'] }));
    expect(key({ a: ['x'] })).not.toBe(key({ a: [1] }));
    expect(key({ a: 1 })).not.toBe(key({ a: neo4j.int(1) }));
    expect(key({ a: { skip: 0 } })).not.toBe(key({ a: 'x' }));
    expect(planKey('RETURN 1', {})).not.toBe(planKey('RETURN 2', {}));
  });

  it('tells lists apart by size in steps: none, one, up to ten, up to a hundred', () => {
    const list = (n: number) => key({ ids: Array.from({ length: n }, (_, i) => `id${i}`) });
    expect(new Set([list(0), list(1), list(2), list(11)]).size).toBe(4);
    expect(list(2)).toBe(list(10));
    expect(list(11)).toBe(list(100));
  });
});
