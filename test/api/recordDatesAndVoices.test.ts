import { describe, expect, it } from 'vitest';
import { gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';

// Issue 21, point 5: dates from the public record, publication basis, quantity provenance,
// the tense of taking part in a planned meeting, and whose speech a country's is.

interface Timed {
  __typename: string;
  id: string;
  time: { start: string | null; end: string | null; precision: string; basis: string } | null;
}

const timedFields = 'time { start end precision basis }';

describe('the Salisbury poisoning and the collapse that followed are dated March 2018 from the record', () => {
  it('the UK–Russia timeline lists the poisoning on 4 March 2018 and the collapse on 14 March, in order, not in December 2019', async () => {
    const data = await gqlData<{ relations: { timeline: { nodes: Timed[] } } }>(
      `{ relations(a: "country:gbr", b: "country:rus") { timeline(first: 100) { nodes {
          __typename
          ... on Meeting { id ${timedFields} }
          ... on Event { id ${timedFields} }
          ... on Claim { id ${timedFields} }
        } } } }`,
    );
    const nodes = data.relations.timeline.nodes;
    const events = nodes.filter((node) => node.__typename === 'Event').map((node) => ({ id: node.id, time: node.time }));
    expect(events.slice(0, 2)).toEqual([
      { id: 'event:double-agent-poisoning', time: { start: '2018-03-04', end: '2018-03-04', precision: 'DAY', basis: 'RECORD' } },
      { id: 'event:uk-russia-diplomatic-collapse', time: { start: '2018-03-14', end: '2018-03-14', precision: 'DAY', basis: 'RECORD' } },
    ]);
    const at = (id: string) => nodes.findIndex((node) => node.id === id);
    const order = ['meeting:johnson-moscow-visit-2017', 'event:double-agent-poisoning', 'event:uk-russia-diplomatic-collapse', 'meeting:may-putin-g20-2019'];
    expect(order.map(at).every((index) => index >= 0)).toBe(true);
    expect(order.map(at)).toEqual([...order.map(at)].sort((x, y) => x - y));
    const starts = nodes.map((node) => node.time?.start).filter((start): start is string => Boolean(start));
    expect(starts).toEqual([...starts].sort());
  });
});

describe('publication dates and office holdings known from the record say so', () => {
  it('the article’s publication week, which its text does not state, has basis RECORD; the readout’s stated day has STATED', async () => {
    const data = await gqlData<{ sources: { nodes: { id: string; published: { start: string; end: string; precision: string; basis: string; inferred: boolean } }[] } }>(
      '{ sources { nodes { id published { start end precision basis inferred } } } }',
    );
    expect(data.sources.nodes.map((source) => [source.id, source.published])).toEqual([
      ['src:article', { start: '2022-01-24', end: '2022-01-30', precision: 'WEEK', basis: 'RECORD', inferred: true }],
      ['src:moscow-talks-readout', { start: '2022-02-11', end: '2022-02-11', precision: 'DAY', basis: 'STATED', inferred: false }],
      ['src:background', { start: '2026-11-29', end: '2026-11-29', precision: 'DAY', basis: 'STATED', inferred: false }],
    ]);
  });

  it('background office holdings (HOLDS_OFFICE) have basis RECORD', async () => {
    // The article states some of these holdings too (its own time, STATED); background's own account is in bySource.
    const found = await readRows<{ holder: string; office: string; bySource: string }>(
      `MATCH (p)-[h:HOLDS_OFFICE]->(o:Office) WHERE 'src:background' IN h.sourceIds
       RETURN p.id AS holder, o.id AS office, h.bySource AS bySource ORDER BY holder, office`,
    );
    const rows = found.map(({ holder, office, bySource }) => ({
      holder,
      office,
      basis: (JSON.parse(bySource) as Record<string, { props: Record<string, unknown> }>)['src:background']?.props['timeBasis'],
    }));
    expect(rows).toEqual([
      { holder: 'person:boris-johnson', office: 'office:uk-prime-minister', basis: 'RECORD' },
      { holder: 'person:sergei-lavrov', office: 'office:russia-foreign-minister', basis: 'RECORD' },
      { holder: 'person:theresa-may', office: 'office:uk-prime-minister', basis: 'RECORD' },
      { holder: 'person:vladimir-putin', office: 'office:russia-president', basis: 'RECORD' },
      { holder: 'person:volodymyr-zelenskiy', office: 'office:ukraine-president', basis: 'RECORD' },
    ]);
  });
});

describe('quantities carry evidence and sources like other facts', () => {
  it('the readout’s “about two hours” has its words, offsets and role QUANTITY, and its source', async () => {
    const data = await gqlData<{ node: { evidence: unknown[]; sources: { totalCount: number; nodes: { id: string }[] } } }>(
      '{ node(id: "qty:readout-talks-about-two-hours") { ... on Quantity { evidence { exact start end role source { id } } sources { totalCount nodes { id } } } } }',
    );
    expect(data.node).toEqual({
      evidence: [{ exact: 'lasted about two hours', start: 244, end: 266, role: 'QUANTITY', source: { id: 'src:moscow-talks-readout' } }],
      sources: { totalCount: 1, nodes: [{ id: 'src:moscow-talks-readout' }] },
    });
  });
});

describe('a path step over a planned meeting says what is due, not what happened', () => {
  it('Truss and Zelenskiy “are due to take part in” the planned Kyiv visit, never “took part in” it', async () => {
    const data = await gqlData<{ connections: { steps: { label: string; sentence: string }[] }[] }>(
      '{ connections(from: "person:liz-truss", to: "person:volodymyr-zelenskiy", excludeClaims: true) { steps { label sentence } } }',
    );
    expect(data.connections).toEqual([
      {
        steps: [
          { label: 'is due to take part in', sentence: 'Liz Truss is due to take part in Truss’s visit to Kyiv to meet Zelenskiy' },
          { label: 'is due to take part in', sentence: 'Volodymyr Zelenskiy is due to take part in Truss’s visit to Kyiv to meet Zelenskiy' },
        ],
      },
    ]);
  });

  it('a step over a meeting that occurred still says “took part in”', async () => {
    const data = await gqlData<{ connections: { steps: { relationship: string; sentence: string }[] }[] }>(
      '{ connections(from: "person:boris-johnson", to: "meeting:johnson-moscow-visit-2017", maxHops: 1) { steps { relationship sentence } } }',
    );
    expect(data.connections.flatMap((path) => path.steps)).toEqual([
      { relationship: 'PARTICIPATED_IN', sentence: 'Boris Johnson took part in Boris Johnson’s visit to Moscow' },
    ]);
  });
});

describe('a country’s speech is its government’s, not its publishers’', () => {
  it('The Guardian’s authorial claims are not in the UK’s speech; the UK government’s actors are', async () => {
    const guardian = await gqlData<{ claims: { nodes: { id: string }[] } }>(
      '{ claims(filter: { speaker: "org:the-guardian" }, first: 100) { nodes { id } } }',
    );
    const uk = await gqlData<{ claims: { nodes: { id: string; speakers: { id: string }[] }[] } }>(
      '{ claims(filter: { speaker: "country:gbr" }, first: 100) { nodes { id speakers { id } } } }',
    );
    const guardianIds = guardian.claims.nodes.map((claim) => claim.id);
    expect(guardianIds).toHaveLength(6);
    const ukIds = uk.claims.nodes.map((claim) => claim.id);
    for (const id of guardianIds) expect(ukIds, id).not.toContain(id);
    expect([...new Set(uk.claims.nodes.flatMap((claim) => claim.speakers.map((speaker) => speaker.id)))].sort()).toEqual([
      'country:gbr', 'group:british-diplomats', 'group:uk-officials', 'org:foreign-office', 'org:uk-government', 'person:boris-johnson', 'person:liz-truss',
    ]);
  });
});
