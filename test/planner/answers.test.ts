import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { createSchema } from '../../src/graphql/schema.js';
import { bothWays, rootFieldCount } from '../support/bothWays.js';
import { useInProcessApi } from '../support/inProcess.js';
import { selectAll, selectAllOf } from '../support/selectAll.js';

const run = useInProcessApi();
const schema = createSchema();
const operationsDir = path.join(projectRoot, 'operations');
const operations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => [file.slice(0, -'.graphql'.length), readFileSync(path.join(operationsDir, file), 'utf8')] as const);


describe('the planner on every example operation', () => {
  it.each(operations)('%s: one database round trip per root field, and the same answer as level-by-level loading', async (_name, document) => {
    const { planned, levelByLevel } = await bothWays(run, document);
    expect(planned.totalRoundTrips).toBe(rootFieldCount(document));
    expect(levelByLevel.totalRoundTrips).toBeGreaterThanOrEqual(planned.totalRoundTrips);
    expect(planned.data).toEqual(levelByLevel.data);
  });
});

// Every field of the schema one level below each root's nodes: a field whose resolver loads
// something the fetch tables do not declare shows up as a second round trip. Lists reach their
// nodes one level down (nodes, node), so they select a level deeper.
const everyField: readonly (readonly [string, string, number])[] = [
  ['a person', 'actor(id: "person:liz-truss")', 1],
  ['a country', 'country(code: "GBR")', 1],
  ["an organisation", "actor(id: \"org:russian-foreign-ministry\")", 1],
  ['a meeting', 'meeting(id: "meeting:truss-lavrov-moscow-talks")', 1],
  ['a meeting as of a day', 'meeting(id: "meeting:truss-lavrov-moscow-talks", asOf: "2022-02-05")', 1],
  ['a place', 'place(id: "place:moscow")', 1],
  ['an office', 'office(id: "office:uk-foreign-secretary")', 1],
  ['the sources', 'sources', 2],
  ['the discrepancies', 'discrepancies', 1],
  ['events', 'events(first: 5)', 2],
  ['claims', 'claims(first: 5)', 2],
  ['meetings as of a day', 'meetings(first: 5, filter: { asOf: "2022-02-05" })', 2],
  ['a timeline', 'timeline(actor: "person:boris-johnson", first: 5)', 2],
  ['search hits', 'search(text: "sanctions", first: 5)', 2],
  ['the relations of two countries', 'relations(a: "country:gbr", b: "country:ukr")', 1],
  ['the pairs of countries', 'dyads(first: 5)', 2],
  ['a path', 'connections(from: "org:hms-defender", to: "country:rus", maxHops: 4, first: 2)', 1],
];

describe('the planner on every field of every type', () => {
  it.each(everyField)('%s: one round trip, the same answer as level-by-level loading', async (_name, rootCall, depth) => {
    const { planned, levelByLevel } = await bothWays(run, selectAllOf(schema, rootCall, depth));
    expect(planned.totalRoundTrips).toBe(1);
    expect(planned.data).toEqual(levelByLevel.data);
    // Not an empty answer that would trivially agree.
    expect(JSON.stringify(planned.data).length).toBeGreaterThan(500);
  });
});

describe('the planner on nested lists that resolvers pick from their root row', () => {
  it('relations.timeline: every field of its meetings, events and claims in one round trip', async () => {
    const happening = selectAll(schema, schema.getType('Happening')!, 1);
    const { planned, levelByLevel } = await bothWays(
      run,
      `{ relations(a: "country:gbr", b: "country:rus") { timeline(first: 10, order: DESC) { totalCount nodes ${happening} } } }`,
    );
    expect(planned.totalRoundTrips).toBe(1);
    expect(planned.data).toEqual(levelByLevel.data);
    expect(JSON.stringify(planned.data).length).toBeGreaterThan(500);
  });

  it('dyads: the lists of each pair’s countries in one round trip', async () => {
    const { planned, levelByLevel } = await bothWays(
      run,
      '{ dyads(first: 3) { nodes { a { name meetings(first: 2) { totalCount nodes { title } } } b { name claimsMade(first: 2) { nodes { text } } } } } }',
    );
    expect(planned.totalRoundTrips).toBe(1);
    expect(planned.data).toEqual(levelByLevel.data);
  });
});

describe('the planner reading selections', () => {
  it('plans aliases with different arguments, fragments and @include/@skip as graphql-js executes them', async () => {
    const document = `
      query ($withPlace: Boolean!) {
        truss: actor(id: "person:liz-truss") {
          ...Meetings
          few: meetings(first: 1) { nodes { title place @include(if: $withPlace) { name } } }
          many: meetings(first: 5) { nodes { title participants @skip(if: $withPlace) { role } } }
        }
      }
      fragment Meetings on Person { meetings(first: 2) { totalCount nodes { evidence { exact } } } }`;
    for (const withPlace of [true, false]) {
      const { planned, levelByLevel } = await bothWays(run, document, { withPlace });
      expect(planned.totalRoundTrips).toBe(1);
      expect(planned.data).toEqual(levelByLevel.data);
    }
  });

  it('gives each place a list is asked alike the properties its own selection reads', async () => {
    // Liz Truss's meetings, asked of her and again of her counterpart's counterpart: one list
    // for the loaders, fetched twice with different properties.
    const document = `{
      actor(id: "person:liz-truss") {
        meetings(first: 3) { nodes { title } }
        ... on Person { counterparts { counterparts { id meetings(first: 3) { nodes { summary status time { start } } } } } }
      }
    }`;
    const { planned, levelByLevel } = await bothWays(run, document);
    expect(planned.totalRoundTrips).toBe(1);
    expect(planned.data).toEqual(levelByLevel.data);
    const [again] = (planned.data as { actor: { counterparts: { counterparts: { meetings: { nodes: { summary: string | null }[] } }[] }[] } }).actor.counterparts.flatMap((c) => c.counterparts);
    expect(again?.meetings.nodes.some((meeting) => typeof meeting.summary === 'string' && meeting.summary.length > 0)).toBe(true);
  });

  it('loads level by level, with the same answer, when a selection is past the planning budget', async () => {
    const document = selectAllOf(schema, 'actor(id: "person:liz-truss")', 2);
    const overBudget = await run(document, {}, { plannerMaxSubqueries: 10 });
    const levelByLevel = await run(document, {}, { planner: false });
    expect(overBudget.errors).toBeUndefined();
    // Level by level, not the one statement of a planned read. How many round trips level-by-level
    // loading takes is not compared between two runs: loads fall into batches by when each answer
    // arrives, so the same selection measured 20, 21 and 22 on a busy machine either way.
    expect(overBudget.totalRoundTrips).toBeGreaterThan(3);
    expect(overBudget.data).toEqual(levelByLevel.data);
  });
});
