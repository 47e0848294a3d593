/**
 * Source.quotes: every quote of a source in the order of its text, paged, each with what it
 * supports, as the reader page (/reader/) asks them. Expectations come from the graph itself.
 */
import { describe, expect, it } from 'vitest';
import { gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';

interface QuoteEdge {
  cursor: string;
  node: { id: string; exact: string; prefix: string | null; suffix: string | null; start: number; end: number; role: string | null };
  supports: { kind: string; role: string; nodeId: string; toId: string | null; relationship: string | null; label: string }[];
}
interface QuotesData {
  source: { quotes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: QuoteEdge[] } } | null;
}

const quotesQuery = `
  query ($id: ID!, $first: Int, $after: String, $asOf: Date) {
    source(id: $id, asOf: $asOf) {
      quotes(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id exact prefix suffix start end role } supports { kind role nodeId toId relationship label } }
      }
    }
  }`;

async function allQuotes(id: string, first: number): Promise<{ total: number; edges: QuoteEdge[] }> {
  const edges: QuoteEdge[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const data: QuotesData = await gqlData<QuotesData>(quotesQuery, { id, first, after });
    const page = data.source!.quotes;
    total = page.totalCount;
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) return { total, edges };
    after = page.pageInfo.endCursor;
  }
}

describe('a source’s quotes', () => {
  it('are every Evidence QUOTED_FROM it, in the order of the text, over pages', async () => {
    const stored = await readRows<{ id: string }>(
      "MATCH (e:Evidence)-[:QUOTED_FROM]->(:Source {id: 'src:moscow-talks-readout'}) RETURN e.id AS id ORDER BY e.start, e.end, e.id",
    );
    const { total, edges } = await allQuotes('src:moscow-talks-readout', 25);
    expect(stored.length).toBeGreaterThan(50);
    expect(total).toBe(stored.length);
    expect(edges.map((edge) => edge.node.id)).toEqual(stored.map((row) => row.id));
    expect(edges.every((edge) => edge.node.role === null)).toBe(true);
  });

  it('each say what they support: the nodes EVIDENCED_BY them and the relationships naming them', async () => {
    const { edges } = await allQuotes('src:moscow-talks-readout', 100);
    const nodeLinks = await readRows<{ id: string; nodeId: string; role: string }>(
      "MATCH (n:Node)-[l:EVIDENCED_BY]->(e:Evidence)-[:QUOTED_FROM]->(:Source {id: 'src:moscow-talks-readout'}) RETURN e.id AS id, n.id AS nodeId, l.role AS role",
    );
    const relLinks = await readRows<{ id: string; from: string; type: string; to: string }>(
      "MATCH (e:Evidence)-[:QUOTED_FROM]->(:Source {id: 'src:moscow-talks-readout'}) MATCH (a:Node)-[r]->(b:Node) WHERE e.id IN r.evidenceIds RETURN e.id AS id, a.id AS from, type(r) AS type, b.id AS to",
    );
    const given = edges.flatMap((edge) =>
      edge.supports.map((s) => (s.relationship ? `${edge.node.id} ${s.nodeId} ${s.relationship} ${s.toId}` : `${edge.node.id} ${s.nodeId} ${s.role}`)),
    );
    const expected = [...nodeLinks.map((l) => `${l.id} ${l.nodeId} ${l.role}`), ...relLinks.map((l) => `${l.id} ${l.from} ${l.type} ${l.to}`)];
    expect(given.sort()).toEqual(expected.sort());
    expect(edges.every((edge) => edge.supports.length > 0)).toBe(true);
    const meeting = edges.find((edge) => edge.supports.some((s) => s.kind === 'MEETING' && s.nodeId === 'meeting:truss-lavrov-moscow-talks'));
    expect(meeting, 'a quote of the readout supports the Moscow talks').toBeDefined();
    // The most telling kind comes first: a meeting before the names of those who met.
    expect(meeting!.supports[0]!.kind).toBe('MEETING');
    const kinds = new Set(edges.flatMap((edge) => edge.supports.map((s) => s.kind)));
    for (const kind of ['MEETING', 'EVENT', 'CLAIM', 'RELATIONSHIP', 'ACTOR']) expect(kinds, kind).toContain(kind);
  });

  it('are none before the source was published, and none for background knowledge', async () => {
    const before = await gqlData<QuotesData>(quotesQuery, { id: 'src:moscow-talks-readout', first: 10, asOf: '2022-02-01' });
    expect(before.source).toBeNull();
    const background = await gqlData<QuotesData>(quotesQuery, { id: 'src:background', first: 10 });
    expect(background.source!.quotes.totalCount).toBe(0);
  });
});
