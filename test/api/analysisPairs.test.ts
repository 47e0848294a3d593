/**
 * Pairs of countries: the merged timeline of `relations(a, b)`, status filters that reach the
 * summary (only what occurred is weighed by default), and `dyads`, every pair with its summary.
 */
import { describe, expect, it } from 'vitest';
import { gql, gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';
import { runOperation } from '../support/operations.js';
import type { DyadsQuery, UkUkraineTimelineQuery } from '../../src/graphql/generated/operations.js';

interface Summary {
  statuses: string[];
  excluded: { status: string; count: number }[];
  total: number;
  coded: number;
  goldsteinSum: number;
  cooperation: number;
  conflict: number;
  neutral: number;
}
const summaryFields = 'statuses excluded { status count } total coded goldsteinSum cooperation conflict neutral';
const happeningIds = '... on Meeting { id } ... on Event { id } ... on Claim { id }';

interface TimelinePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}

async function timeline(args: string): Promise<TimelinePage> {
  const data = await gqlData<{ relations: { timeline: TimelinePage } }>(
    `{ relations(a: "country:gbr", b: "country:ukr") { timeline${args ? `(${args})` : ''} { totalCount pageInfo { hasNextPage endCursor } nodes { ${happeningIds} } } } }`,
  );
  return data.relations.timeline;
}

// HMS Defender's passage is not here: done by the UK to Russia, it lies between those two.
const ukUkraineInTimeOrder = [
  'claim:british-diplomats-say-closest-relations-ever',
  'meeting:truss-kyiv-visit',
  // No known start: last, by id.
  'claim:uk-government-crimea-is-ukrainian',
  'event:uk-anti-tank-weapons-to-ukraine',
  'event:uk-navy-loans-to-ukraine',
  'event:uk-ukraine-poland-alliance-proposal',
];

describe('relations(a, b).timeline', () => {
  it('merges the meetings, events and claims into one time order, undated last', async () => {
    const page = await timeline('');
    expect(page.nodes.map((node) => node.id)).toEqual(ukUkraineInTimeOrder);
    expect(page.totalCount).toBe(6);
    const lists = await gqlData<{ relations: Record<'meetings' | 'events' | 'claims', { id: string }[]> }>(
      '{ relations(a: "country:gbr", b: "country:ukr") { meetings { id } events { id } claims { id } } }',
    );
    const listed = [...lists.relations.meetings, ...lists.relations.events, ...lists.relations.claims].map((item) => item.id);
    expect([...page.nodes.map((node) => node.id)].sort()).toEqual(listed.sort());
  });

  it('runs newest first with DESC, undated still last', async () => {
    const page = await timeline('order: DESC');
    expect(page.nodes.map((node) => node.id)).toEqual([...ukUkraineInTimeOrder.slice(0, 2).reverse(), ...ukUkraineInTimeOrder.slice(2)]);
  });

  it('pages with first and after', async () => {
    const first = await timeline('first: 3');
    expect(first.nodes.map((node) => node.id)).toEqual(ukUkraineInTimeOrder.slice(0, 3));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await timeline(`first: 10, after: "${first.pageInfo.endCursor}"`);
    expect(rest.nodes.map((node) => node.id)).toEqual(ukUkraineInTimeOrder.slice(3));
    expect(rest).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: false } });
  });

  it('gives pages asked side by side under aliases, each as if asked alone', async () => {
    const data = await gqlData<{ relations: Record<'first' | 'rest' | 'newest', TimelinePage> & { summary: { total: number } } }>(
      `{ relations(a: "country:gbr", b: "country:ukr") {
          first: timeline(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { ${happeningIds} } }
          rest: timeline(first: 10, after: "${(await timeline('first: 3')).pageInfo.endCursor}") { totalCount pageInfo { hasNextPage endCursor } nodes { ${happeningIds} } }
          newest: timeline(first: 2, order: DESC) { totalCount pageInfo { hasNextPage endCursor } nodes { ${happeningIds} } }
          summary { total }
        } }`,
    );
    const { first, rest, newest, summary } = data.relations;
    expect(first.nodes.map((node) => node.id)).toEqual(ukUkraineInTimeOrder.slice(0, 3));
    expect(rest.nodes.map((node) => node.id)).toEqual(ukUkraineInTimeOrder.slice(3));
    expect(newest.nodes.map((node) => node.id)).toEqual(ukUkraineInTimeOrder.slice(0, 2).reverse());
    expect([first.totalCount, rest.totalCount, newest.totalCount]).toEqual([6, 6, 6]);
    expect([first.pageInfo.hasNextPage, rest.pageInfo.hasNextPage, newest.pageInfo.hasNextPage]).toEqual([true, false, true]);
    // Only what occurred is counted: the planned visit and the proposed alliance are not.
    expect(summary.total).toBe(4);
  });

  it('refuses a page size over the limit', async () => {
    const response = await gql('{ relations(a: "country:gbr", b: "country:ukr") { timeline(first: 101) { totalCount } } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/^first must be between 1 and 100/);
  });
});

describe('relations(a, b, status)', () => {
  async function relations(args: string) {
    const data = await gqlData<{ relations: { meetings: { id: string }[]; events: { id: string }[]; claims: { id: string }[]; summary: Summary } }>(
      `{ relations(a: "country:gbr", b: "country:ukr"${args}) { meetings { id } events { id } claims { id } summary { ${summaryFields} } } }`,
    );
    return data.relations;
  }

  it('weighs only what occurred by default, and counts the planned visit and the proposed alliance apart', async () => {
    const { summary } = await relations('');
    expect(summary).toMatchObject({ statuses: ['OCCURRED'], total: 4, excluded: [{ status: 'PLANNED', count: 1 }, { status: 'PROPOSED', count: 1 }] });
  });

  it('limits the lists and the summary to the statuses asked for', async () => {
    const result = await relations(', status: [PLANNED, PROPOSED]');
    expect(result.meetings.map((m) => m.id)).toEqual(['meeting:truss-kyiv-visit']);
    expect(result.events.map((e) => e.id)).toEqual(['event:uk-ukraine-poland-alliance-proposal']);
    expect(result.claims).toEqual([]);
    const [expected] = await readRows<{ sum: number; coded: number }>(
      `MATCH (n:Node) WHERE n.id IN ['meeting:truss-kyiv-visit', 'event:uk-ukraine-poland-alliance-proposal'] AND n.cameoCode IS NOT NULL
       RETURN sum(n.goldstein) AS sum, count(n) AS coded`,
    );
    expect(result.summary).toMatchObject({ statuses: ['PLANNED', 'PROPOSED'], excluded: [], total: 2, coded: expected!.coded });
    expect(result.summary.goldsteinSum).toBeCloseTo(expected!.sum, 6);
  });

  it('gives the default summary when OCCURRED is asked for, with only what occurred listed', async () => {
    const occurred = await relations(', status: [OCCURRED]');
    const byDefault = await relations('');
    expect({ ...occurred.summary, excluded: [] }).toEqual({ ...byDefault.summary, excluded: [] });
    expect(occurred.summary.excluded).toEqual([]);
    expect(occurred.meetings).toEqual([]);
  });
});

interface Dyad {
  a: { id: string };
  b: { id: string };
  summary: Summary;
}

async function dyads(args: string): Promise<{ totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Dyad[] }> {
  const data = await gqlData<{ dyads: Awaited<ReturnType<typeof dyads>> }>(
    `{ dyads(${args}) { totalCount pageInfo { hasNextPage endCursor } nodes { a { id } b { id } summary { ${summaryFields} } } } }`,
  );
  return data.dyads;
}
const pair = (dyad: Dyad) => `${dyad.a.id}|${dyad.b.id}`;

/** relations(a, b) of every pair of countries, one after another: the pairs with anything between them, and their summaries. */
async function relationsOfEveryPair(args: string): Promise<Map<string, Summary>> {
  const countries = (await readRows<{ id: string }>('MATCH (c:Country) RETURN c.id AS id ORDER BY id')).map((row) => row.id);
  const found = new Map<string, Summary>();
  for (const [a, b] of countries.flatMap((a, i) => countries.slice(i + 1).map((b) => [a, b] as const))) {
    const { relations: r } = await gqlData<{ relations: { meetings: unknown[]; events: unknown[]; claims: unknown[]; summary: Summary } }>(
      `{ relations(a: "${a}", b: "${b}"${args}) { meetings { id } events { id } claims { id } summary { ${summaryFields} } } }`,
    );
    if (r.meetings.length + r.events.length + r.claims.length > 0) found.set(`${a}|${b}`, r.summary);
  }
  return found;
}

describe('dyads', () => {
  it('lists every pair with anything between them, most active first, each with the summary relations gives', async () => {
    const page = await dyads('first: 100');
    expect(page.nodes.map(pair)).toEqual([
      'country:gbr|country:rus',
      'country:gbr|country:ukr',
      // Two happenings each, ties by the countries' ids.
      'country:gbr|country:usa',
      'country:rus|country:ukr',
      'country:aus|country:gbr',
      'country:gbr|country:pol',
      // Only the proposed alliance links them: listed, with nothing counted.
      'country:pol|country:ukr',
    ]);
    expect(page.nodes.find((d) => pair(d) === 'country:pol|country:ukr')?.summary).toMatchObject({ total: 0, excluded: [{ status: 'PROPOSED', count: 1 }] });
    const expected = await relationsOfEveryPair('');
    expect(new Map(page.nodes.map((d) => [pair(d), d.summary]))).toEqual(expected);
  });

  it('sorts by balance either way, ties by the countries’ ids', async () => {
    const cooperative = await dyads('sort: MOST_COOPERATIVE');
    expect(cooperative.nodes.map((d) => d.summary.goldsteinSum)).toEqual([16.1, 1.9, 1.9, 0, -9, -11.2, -25.9]);
    expect(cooperative.nodes.slice(1, 3).map(pair)).toEqual(['country:aus|country:gbr', 'country:gbr|country:pol']);
    const conflictual = await dyads('sort: MOST_CONFLICTUAL');
    expect(conflictual.nodes.map(pair).slice(0, 3)).toEqual(['country:gbr|country:rus', 'country:rus|country:ukr', 'country:gbr|country:usa']);
    expect(conflictual.nodes.map((d) => d.summary.goldsteinSum)).toEqual([-25.9, -11.2, -9, 0, 1.9, 1.9, 16.1]);
  });

  it.each([
    ['a closed window, WITHIN', ', time: { from: "2021-06-01", to: "2021-06-30" }'],
    ['a closed window, OVERLAPS', ', time: { from: "2021-06-01", to: "2021-06-30", match: OVERLAPS }'],
    ['a window open at its end', ', time: { from: "2022-02-10" }'],
    ['statuses', ', status: [ALLEGED, HYPOTHETICAL]'],
  ])('with %s, lists exactly the pairs relations finds something for, with the same summaries', async (_name, args) => {
    const page = await dyads(`first: 100${args}`);
    const expected = await relationsOfEveryPair(args);
    expect(page.totalCount).toBe(expected.size);
    expect(new Map(page.nodes.map((d) => [pair(d), d.summary]))).toEqual(expected);
  });

  it('keeps only the passage of HMS Defender, between the UK and Russia its target, within June 2021', async () => {
    const page = await dyads('time: { from: "2021-06-01", to: "2021-06-30" }');
    expect(page.nodes.map(pair)).toEqual(['country:gbr|country:rus']);
    expect(page.nodes.find((d) => pair(d) === 'country:gbr|country:rus')?.summary).toMatchObject({ total: 1, conflict: 1 });
  });

  it('pages with first and after', async () => {
    const all = await dyads('first: 100');
    const first = await dyads('first: 2');
    expect(first.nodes.map(pair)).toEqual(all.nodes.slice(0, 2).map(pair));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await dyads(`first: 100, after: "${first.pageInfo.endCursor}"`);
    expect(rest.nodes.map(pair)).toEqual(all.nodes.slice(2).map(pair));
  });

  it('refuses a window that ends before it starts', async () => {
    const response = await gql('{ dyads(time: { from: "2022-02-01", to: "2022-01-01" }) { totalCount } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe('time.from (2022-02-01) must not be after time.to (2022-01-01)');
  });
});

describe('the example operations', () => {
  it('UkUkraineTimeline: one time order, and the balance of what occurred with the rest counted apart', async () => {
    const { relations } = await runOperation<UkUkraineTimelineQuery>('UkUkraineTimeline');
    expect(relations?.timeline.nodes.map((node) => node.id)).toEqual(ukUkraineInTimeOrder);
    expect(relations?.summary).toMatchObject({ statuses: ['OCCURRED'], total: 4, excluded: [{ status: 'PLANNED', count: 1 }, { status: 'PROPOSED', count: 1 }] });
  });

  it('Dyads: the UK and Russia are the most active pair, and lean to conflict', async () => {
    const { dyads } = await runOperation<DyadsQuery>('Dyads');
    expect(dyads.totalCount).toBe(7);
    expect(dyads.nodes[0]).toMatchObject({ a: { name: 'United Kingdom' }, b: { name: 'Russia' } });
    expect(dyads.nodes[0]!.summary.conflict).toBeGreaterThan(dyads.nodes[0]!.summary.cooperation);
  });
});

describe('relations and dyads limited to sources', () => {
  interface Sourced {
    id: string;
    sources?: { nodes: { id: string }[] };
    reportedIn?: { id: string }[];
  }
  interface Lists {
    meetings: Sourced[];
    events: Sourced[];
    claims: Sourced[];
    summary: { total: number };
  }
  const lists = (args: string) =>
    gqlData<{ relations: Lists }>(
      `{ relations(a: "country:gbr", b: "country:rus"${args}) { meetings { id sources { nodes { id } } } events { id sources { nodes { id } } } claims { id reportedIn { id } } summary { total } } }`,
    ).then((data) => data.relations);
  const statesIt = (item: Sourced, source: string) =>
    (item.reportedIn ?? item.sources?.nodes ?? []).some((s) => s.id === source);

  it.each(['src:moscow-talks-readout', 'src:article'])('keep exactly what %s states, in every list and the summary', async (source) => {
    const [all, only] = await Promise.all([lists(''), lists(`, sources: ["${source}"]`)]);
    for (const list of ['meetings', 'events', 'claims'] as const) {
      // The filtered list is the full one less what the source does not state, in the same order.
      expect(only[list].map((item) => item.id)).toEqual(all[list].filter((item) => statesIt(item, source)).map((item) => item.id));
    }
    expect(only.meetings.length + only.claims.length).toBeGreaterThan(0);
    expect(only.summary.total).toBeLessThanOrEqual(all.summary.total);
  });

  it('gives dyads the same summary as relations for one source', async () => {
    const data = await gqlData<{ dyads: { nodes: { a: { id: string }; b: { id: string }; summary: { total: number } }[] } }>(
      '{ dyads(sources: ["src:moscow-talks-readout"], status: [OCCURRED, ANNOUNCED_UNCONFIRMED, PLANNED]) { nodes { a { id } b { id } summary { total } } } }',
    );
    expect(data.dyads.nodes.length).toBeGreaterThan(0);
    for (const pair of data.dyads.nodes) {
      const pairRelations = await gqlData<{ relations: { summary: { total: number } } }>(
        `{ relations(a: "${pair.a.id}", b: "${pair.b.id}", sources: ["src:moscow-talks-readout"], status: [OCCURRED, ANNOUNCED_UNCONFIRMED, PLANNED]) { summary { total } } }`,
      );
      expect(pair.summary.total).toBe(pairRelations.relations.summary.total);
    }
  });
});
