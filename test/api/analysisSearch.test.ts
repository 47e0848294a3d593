import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { gql, gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';

const limits = loadConfig({}).limits;

interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { score: number; node: { id: string } } }[];
    nodes: { score: number; node: { __typename: string; id: string } }[];
  };
}

const searchQuery = `
  query ($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
    search(text: $text, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { score node { id } } }
      nodes { score node { __typename id } }
    }
  }`;

const search = async (text: string, extra: { kinds?: string[]; first?: number; after?: string } = {}) =>
  (await gqlData<SearchData>(searchQuery, { text, ...extra })).search;

const hitIds = (result: SearchData['search']) => result.nodes.map((hit) => hit.node.id);

describe('search', () => {
  it('ranks the sanctions event first, then the claims that mention sanctions', async () => {
    const result = await search('sanctions');
    const ids = hitIds(result);
    expect(ids[0]).toBe('event:sanctions-on-russia-if-invasion');
    expect(ids).toEqual(
      expect.arrayContaining(['claim:truss-to-warn-sanctions-will-hit-putins-allies', 'claim:chatham-house-city-of-london-gives-uk-leverage']),
    );
    const scores = result.nodes.map((hit) => hit.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('finds exactly the searchable nodes whose indexed text mentions sanctions', async () => {
    const expected = await readRows<{ id: string }>(
      `MATCH (n) WHERE (n:Actor OR n:Place OR n:Meeting OR n:Event OR n:Claim)
         AND any(text IN [n.name, n.aliasText, n.title, n.summary, n.text] WHERE toLower(text) CONTAINS 'sanction')
       RETURN n.id AS id ORDER BY id`,
    );
    const result = await search('sanctions', { first: 100 });
    expect(result.totalCount).toBe(expected.length);
    expect([...hitIds(result)].sort()).toEqual(expected.map((row) => row.id));
  });

  it.each(['Zelensky', 'Zelenskyy', 'ZELENSKIY', 'Zelénskiy'])('finds Volodymyr Zelenskiy first for "%s"', async (spelling) => {
    const result = await search(spelling);
    expect(hitIds(result)[0]).toBe('person:volodymyr-zelenskiy');
  });

  it('ranks the hits with every word first, then those with only some of the words', async () => {
    const truss = await search('Truss', { first: 100 });
    const sanctions = await search('sanctions', { first: 100 });
    const both = await search('Truss sanctions', { first: 100 });
    expect(hitIds(both)[0]).toBe('claim:truss-to-warn-sanctions-will-hit-putins-allies');
    expect(both.totalCount).toBeGreaterThan(Math.max(truss.totalCount, sanctions.totalCount));
  });

  it('search(text: "Rostov Voronezh") finds both regions, after the hits that name both', async () => {
    const expected = await readRows<{ id: string; words: number }>(
      `MATCH (n) WHERE (n:Actor OR n:Place OR n:Meeting OR n:Event OR n:Claim)
       WITH n, toLower(reduce(all = '', text IN [n.name, n.aliasText, n.title, n.summary, n.text] | all + ' ' + coalesce(text, ''))) AS text
       WITH n, size([word IN ['rostov', 'voronezh'] WHERE text CONTAINS word]) AS words
       WHERE words > 0
       RETURN n.id AS id, words ORDER BY id`,
    );
    const result = await search('Rostov Voronezh', { first: 100 });
    const ids = hitIds(result);
    expect(result.totalCount).toBe(expected.length);
    const withBoth = expected.filter((row) => row.words === 2).map((row) => row.id);
    expect(withBoth.length).toBeGreaterThan(0);
    expect([...ids.slice(0, withBoth.length)].sort()).toEqual(withBoth);
    expect([...ids.slice(withBoth.length)].sort()).toEqual(expected.filter((row) => row.words === 1).map((row) => row.id));
    expect(ids).toEqual(expect.arrayContaining(['place:rostov-region', 'place:voronezh-region']));
    expect(hitIds(await search('Rostov Voronezh', { kinds: ['PLACE'] }))).toEqual(expect.arrayContaining(['place:rostov-region', 'place:voronezh-region']));
    expect((await search('Rostov Voronezh', { kinds: ['PLACE'] })).totalCount).toBe(2);
  });

  it('as of a day matches the text a node had then, not the text a later source gave it', async () => {
    const held = (asOf: string | null) =>
      gqlData<{ search: { totalCount: number; nodes: { node: { id: string; summary?: string } }[] } }>(
        `query ($asOf: Date) { search(text: "held", asOf: $asOf) { totalCount nodes { node { ... on Meeting { id summary } } } } }`,
        { asOf },
      );
    // Only the readout (11 February 2022) says the talks were held; the article announced them.
    const today = await held(null);
    expect(today.search.nodes.map((hit) => hit.node.id)).toContain('meeting:truss-lavrov-moscow-talks');
    const before = await held('2022-02-01');
    expect(before.search.nodes.map((hit) => hit.node.id)).not.toContain('meeting:truss-lavrov-moscow-talks');
    expect(before.search.totalCount).toBe(today.search.totalCount - 1);
    // Words both accounts use still find the talks that day, with the article's summary.
    const announced = await gqlData<{ search: { nodes: { node: { id: string; summary?: string } }[] } }>(
      `{ search(text: "Truss Lavrov Moscow", asOf: "2022-02-01") { nodes { node { ... on Meeting { id summary } } } } }`,
    );
    const talks = announced.search.nodes.find((hit) => hit.node.id === 'meeting:truss-lavrov-moscow-talks');
    expect(talks?.node.summary).toMatch(/likely to go ahead/);
  });

  it('keeps only the kinds asked for', async () => {
    const result = await search('sanctions', { kinds: ['CLAIM'] });
    expect(result.nodes.length).toBeGreaterThan(0);
    for (const hit of result.nodes) expect(hit.node.__typename).toBe('Claim');
    expect(hitIds(result)).not.toContain('event:sanctions-on-russia-if-invasion');
  });

  it('pages through the hits, best first, with cursors', async () => {
    const all = await search('Truss', { first: 100 });
    const first = await search('Truss', { first: 2 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(all.totalCount);
    const second = await search('Truss', { first: 2, after: first.pageInfo.endCursor! });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect([...hitIds(first), ...hitIds(second)]).toEqual(hitIds(all).slice(0, 4));
  });

  it('reads Lucene syntax as plain words, never as operators', async () => {
    const plain = hitIds(await search('sanctions'));
    expect(hitIds(await search('sanctions) OR *:*'))).toEqual(plain);
    expect(hitIds(await search('"sanctions -'))).toEqual(plain);
    expect((await search('NOT sanctions')).nodes.map((hit) => hit.node.id)).toEqual(plain);
  });
});

describe('search: bad input', () => {
  const refusal = async (variables: Record<string, unknown>) => {
    const response = await gql(searchQuery, variables);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    return response.errors?.[0]?.message;
  };

  it.each(['', '   ', '?!*'])('refuses text with no word in it (%j), saying what is needed', async (text) => {
    expect(await refusal({ text })).toBe(`text must contain at least one word of letters or digits; got "${text}"`);
  });

  it('refuses text longer than the limit', async () => {
    expect(await refusal({ text: 'a'.repeat(201) })).toBe('text must be at most 200 characters; got 201');
  });

  it('refuses a page size out of range and a cursor it did not issue', async () => {
    expect(await refusal({ text: 'sanctions', first: 0 })).toBe(`first must be between 1 and ${limits.maxPageSize}; got 0`);
    expect(await refusal({ text: 'sanctions', after: 'not-a-cursor' })).toMatch(/^after must be a cursor returned by this API/);
  });
});
