import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { gql, gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';

const limits = loadConfig({}).limits;

interface Connection {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

// Literal page sizes multiply an operation's cost; clients pass them as variables, and so do these tests.
const connection = 'totalCount edges { cursor node { ... on Node { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

async function claimsPage(first: number, after: string | null): Promise<Connection> {
  const data = await gqlData<{ claims: Connection }>(
    `query ($first: Int, $after: String) { claims(first: $first, after: $after) { ${connection} } }`,
    { first, after },
  );
  return data.claims;
}

describe('paging through happenings', () => {
  it('walks every claim in pages of 7 with cursors, matching the count in the graph', async () => {
    const [row] = await readRows<{ claims: number }>('MATCH (c:Claim) RETURN count(c) AS claims');
    const claims = row?.claims ?? 0;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Connection = await claimsPage(7, after);
      pages += 1;
      expect(page.totalCount).toBe(claims);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(claims / 7));
    expect(new Set(seen).size).toBe(claims);
    const whole = await claimsPage(100, null);
    expect(seen).toEqual(whole.edges.map((edge) => edge.node.id));
  });

  it('pages a nested list per owner, with its own total', async () => {
    const data = await gqlData<{ actor: { timeline: Connection } }>(
      `query ($first: Int) { actor(id: "person:liz-truss") { timeline(first: $first) { ${connection} } } }`,
      { first: 2 },
    );
    const rest = await gqlData<{ actor: { timeline: Connection } }>(
      `query ($first: Int, $after: String) { actor(id: "person:liz-truss") { timeline(first: $first, after: $after) { ${connection} } } }`,
      { first: 100, after: data.actor.timeline.pageInfo.endCursor },
    );
    expect(data.actor.timeline.edges).toHaveLength(2);
    expect(data.actor.timeline.pageInfo.hasNextPage).toBe(true);
    expect(rest.actor.timeline.totalCount).toBe(data.actor.timeline.totalCount);
    expect(rest.actor.timeline.edges).toHaveLength(data.actor.timeline.totalCount - 2);
    expect(rest.actor.timeline.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe('time order', () => {
  it('puts undated happenings last both ways, and DESC exactly reverses the dated ones', async () => {
    const fields = '... on Meeting { id time { start end } } ... on Event { id time { start end } } ... on Claim { id time { start end } }';
    const data = await gqlData<Record<string, { nodes: { id: string; time: { start: string | null; end: string | null } }[] }>>(
      `query ($first: Int) {
         asc: happenings(first: $first) { nodes { ${fields} } }
         desc: happenings(first: $first, order: DESC) { nodes { ${fields} } } }`,
      { first: 100 },
    );
    const asc = data['asc']!.nodes;
    const desc = data['desc']!.nodes;
    // Undated means no known start, even when the end is known (a fact bounded only by its
    // source's publication date): ordering by that end put such facts among dated ones.
    const undated = (node: (typeof asc)[number]) => node.time.start === null;
    const key = (node: (typeof asc)[number]) => node.time.start ?? '';
    const firstUndated = asc.findIndex(undated);
    expect(firstUndated).toBeGreaterThan(0);
    expect(asc.slice(firstUndated).every(undated)).toBe(true);
    expect(desc.slice(firstUndated).every(undated)).toBe(true);
    // Among themselves undated happenings keep id order both ways.
    expect(desc.slice(firstUndated).map((n) => n.id)).toEqual(asc.slice(firstUndated).map((n) => n.id));
    expect(asc.slice(firstUndated).map((n) => n.id)).toEqual(asc.slice(firstUndated).map((n) => n.id).sort());
    expect(desc.slice(0, firstUndated).map((n) => n.id)).toEqual(asc.slice(0, firstUndated).map((n) => n.id).reverse());
    const keys = asc.slice(0, firstUndated).map(key);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('bad arguments to happening lists', () => {
  const cases: [string, string, RegExp | string][] = [
    ['a root page size over the limit', '{ meetings(first: 101) { totalCount } }', `first must be between 1 and ${limits.maxPageSize}; got 101`],
    ['a zero page size', '{ happenings(first: 0) { totalCount } }', `first must be between 1 and ${limits.maxPageSize}; got 0`],
    [
      'a nested page size over the limit',
      '{ actor(id: "person:liz-truss") { claimsMade(first: 500) { totalCount } } }',
      `first must be between 1 and ${limits.maxPageSize}; got 500`,
    ],
    ['a cursor the API did not issue', '{ events(after: "bogus") { totalCount } }', /^after must be a cursor returned by this API/],
    [
      'a time range that ends before it starts',
      '{ claims(filter: { time: { from: "2022-02-01", to: "2022-01-01" } }) { totalCount } }',
      'time.from (2022-02-01) must not be after time.to (2022-01-01)',
    ],
    [
      'a nested time range that ends before it starts',
      '{ place(id: "place:moscow") { meetings(time: { from: "2022-02-01", to: "2022-01-01" }) { totalCount } } }',
      'time.from (2022-02-01) must not be after time.to (2022-01-01)',
    ],
    [
      'a malformed date',
      'query ($from: Date) { timeline(actor: "person:liz-truss", time: { from: $from }) { totalCount } }',
      /Date must be a calendar day written YYYY-MM-DD/,
    ],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT saying what is allowed', async (_name, query, message) => {
    const response = await gql(query, { from: '2022-13-01' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(typeof message === 'string' ? new RegExp(`^${escape(message)}$`) : message);
  });

  it('answers unknown ids with null or an empty page, not an error', async () => {
    const response = await gql(
      `{ meeting(id: "meeting:nope") { id } event(id: "nope") { id } claim(id: "nope") { id } timeline(actor: "nope") { totalCount }
         meetings(filter: { participant: "person:nobody" }) { totalCount }
         claims(filter: { target: "nothing:here" }) { totalCount } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      meeting: null,
      event: null,
      claim: null,
      timeline: null,
      meetings: { totalCount: 0 },
      claims: { totalCount: 0 },
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
