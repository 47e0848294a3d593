import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { gql, gqlData } from '../support/graphql.js';
import { useInProcessApi } from '../support/inProcess.js';
import { readRows } from '../support/neo4j.js';

const limits = loadConfig({}).limits;
const run = useInProcessApi();
const talks = 'meeting:truss-lavrov-moscow-talks';
const article = 'src:article';
const readout = 'src:moscow-talks-readout';
const background = 'src:background';

interface SourcePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string }[];
}
const page = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } nodes { id }';

/** Every page of a sources list, one source at a time, by following `endCursor`. */
async function pageByPage(ask: (after: string | null) => Promise<SourcePage>): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let asked = 0; asked < 10; asked += 1) {
    const one: SourcePage = await ask(after);
    expect(one.nodes).toEqual(one.edges.map((edge) => edge.node));
    expect(one.pageInfo.hasPreviousPage).toBe(after !== null);
    ids.push(...one.nodes.map((node) => node.id));
    totals.push(one.totalCount);
    if (!one.pageInfo.hasNextPage) return { ids, totals };
    after = one.pageInfo.endCursor;
  }
  throw new Error('more pages than the graph has sources');
}

describe('the root sources list', () => {
  it('pages in publication order: the article, the readout, then background knowledge', async () => {
    const { ids, totals } = await pageByPage(async (after) =>
      (await gqlData<{ sources: SourcePage }>(`query ($after: String) { sources(first: 1, after: $after) { ${page} } }`, { after })).sources,
    );
    expect(ids).toEqual([article, readout, background]);
    expect(totals).toEqual([3, 3, 3]);
  });

  it('counts only the sources published by the day asked, in the store', async () => {
    const data = await gqlData<{ before: SourcePage; after: SourcePage }>(
      `{ before: sources(asOf: "2022-02-01") { ${page} } after: sources(asOf: "2022-02-11", first: 1) { ${page} } }`,
    );
    expect(data.before.totalCount).toBe(1);
    expect(data.before.nodes).toEqual([{ id: article }]);
    expect(data.after.totalCount).toBe(2);
    expect(data.after.nodes).toEqual([{ id: article }]);
    expect(data.after.pageInfo.hasNextPage).toBe(true);
  });
});

describe("a fact's and an actor's sources", () => {
  it("page a meeting's sources: background knowledge first, then by publication, with their total", async () => {
    const { ids, totals } = await pageByPage(async (after) =>
      (await gqlData<{ meeting: { sources: SourcePage } }>(`query ($after: String) { meeting(id: "${talks}") { sources(first: 1, after: $after) { ${page} } } }`, { after }))
        .meeting.sources,
    );
    expect(ids).toEqual([background, article, readout]);
    expect(totals).toEqual([3, 3, 3]);
  });

  it("page a participation's sources, as the relationship names them", async () => {
    const ask = (after: string | null) =>
      gqlData<{ meeting: { participants: { actor: { id: string }; sources: SourcePage }[] } }>(
        `query ($after: String) { meeting(id: "${talks}") { participants { actor { id } sources(first: 1, after: $after) { ${page} } } } }`,
        { after },
      ).then((data) => data.meeting.participants.find((participation) => participation.actor.id === 'person:sergei-lavrov')!.sources);
    const { ids, totals } = await pageByPage(ask);
    expect(ids).toEqual([article, readout]);
    expect(totals).toEqual([2, 2]);
  });

  it("give every actor and place the total the store counts, whatever the page's size", async () => {
    const ids = ['country:gbr', 'person:liz-truss', 'place:moscow', 'qty:readout-talks-about-two-hours'];
    const counted = new Map(
      (
        await readRows<{ id: string; count: number }>(
          'UNWIND $ids AS id MATCH ({id: id})-[:SUPPORTED_BY]->(s:Source) RETURN id, count(DISTINCT s) AS count',
          { ids },
        )
      ).map((row) => [row.id, Number(row.count)]),
    );
    const data = await gqlData<{ nodes: ({ id: string; sources: { totalCount: number; nodes: { id: string }[] } } | null)[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) {
        ... on Actor { id sources(first: 1) { totalCount nodes { id } } }
        ... on Place { id sources(first: 1) { totalCount nodes { id } } }
        ... on Quantity { id sources(first: 1) { totalCount nodes { id } } } } }`,
      { ids },
    );
    expect(data.nodes.map((node) => node?.id)).toEqual(ids);
    for (const node of data.nodes) {
      expect(node!.sources.totalCount, node!.id).toBe(counted.get(node!.id));
      expect(node!.sources.nodes).toHaveLength(1);
    }
    expect(Math.max(...counted.values())).toBeGreaterThan(1);
  });

  it('load no more than the page asked, in one round trip for the root field, the same as level by level', async () => {
    const query = `{ meeting(id: "${talks}") {
      sources(first: 2) { totalCount nodes { id supports(first: 1) { totalCount } } }
      participants { actor { id } sources(first: 1) { totalCount nodes { id title quotes(first: 1) { totalCount } } } }
      quantities { sources(first: 1) { totalCount nodes { id } } } } }`;
    const planned = await run(query);
    expect(planned.errors).toBeUndefined();
    expect(planned.roundTrips).toEqual({ 'planned:nodesByIds': 1 });
    const levelByLevel = await run(query, {}, { planner: false });
    expect(levelByLevel.data).toEqual(planned.data);
    const meeting = (planned.data as { meeting: { sources: { totalCount: number; nodes: { id: string }[] } } }).meeting;
    expect(meeting.sources.totalCount).toBe(3);
    expect(meeting.sources.nodes.map((node) => node.id)).toEqual([background, article]);
  });
});

describe('bad arguments to sources lists', () => {
  const cases: [string, string, string | RegExp][] = [
    ['a root page size over the limit', '{ sources(first: 101) { totalCount } }', `first must be between 1 and ${limits.maxPageSize}; got 101`],
    ['a zero page size on a fact', `{ meeting(id: "${talks}") { sources(first: 0) { totalCount } } }`, `first must be between 1 and ${limits.maxPageSize}; got 0`],
    ['a participation page size over the limit', `{ meeting(id: "${talks}") { participants { sources(first: 500) { totalCount } } } }`, `first must be between 1 and ${limits.maxPageSize}; got 500`],
    ['a cursor the API did not issue', '{ actor(id: "person:liz-truss") { sources(after: "bogus") { totalCount } } }', /^after must be a cursor returned by this API/],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT saying what is allowed', async (_name, query, message) => {
    const response = await gql(query);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
  });
});
