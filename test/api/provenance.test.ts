import { describe, expect, it } from 'vitest';
import { gql, gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';
import { sourceTexts } from '../seed/texts.js';
import { skipWithoutTexts } from '../support/article.js';

interface EvidenceData {
  id: string;
  exact: string;
  start: number;
  end: number;
  source: { id: string; kind: string };
}

interface DiscrepancyData {
  id: string;
  kind: string;
  description: string;
  concerns: { __typename: string; id: string }[];
  evidence: EvidenceData[];
}

const discrepanciesQuery = `
  query ($kind: DiscrepancyKind) {
    discrepancies(kind: $kind) {
      id kind description
      concerns { __typename id }
      evidence { id exact start end source { id kind } }
    }
  }`;

const supportsQuery = `
  query ($id: ID!, $kinds: [SupportedKind!], $first: Int, $after: String) {
    source(id: $id) {
      id
      supports(kinds: $kinds, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { __typename id }
      }
    }
  }`;

interface SupportsData {
  source: {
    id: string;
    supports: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { __typename: string; id: string }[];
    };
  } | null;
}

const supportedCount = async (sourceId: string, labels: string[] = []) => {
  const [row] = await readRows<{ count: number }>(
    `MATCH (n:Node)-[:SUPPORTED_BY]->(:Source {id: $sourceId})
     WHERE size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels)
     RETURN count(DISTINCT n) AS count`,
    { sourceId, labels },
  );
  return row!.count;
};

describe('sources', () => {
  it('lists the sources in order of publication, background knowledge (compiled last) last, with dates and precision', async () => {
    const { sources } = await gqlData<{ sources: { totalCount: number; nodes: { id: string; kind: string; title: string; publisher: string | null; published: unknown }[] } }>(
      '{ sources { totalCount nodes { id kind title publisher published { text start end precision } } } }',
    );
    expect(sources.totalCount).toBe(3);
    const data = { sources: sources.nodes };
    expect(data.sources.map((s) => [s.id, s.kind])).toEqual([
      ['src:article', 'ARTICLE'],
      ['src:moscow-talks-readout', 'READOUT'],
      ['src:background', 'BACKGROUND'],
    ]);
    expect(data.sources[0]).toMatchObject({
      title: 'Truss will meet Lavrov in Moscow within next two weeks, says Russia',
      publisher: 'The Guardian',
      published: { start: '2022-01-24', end: '2022-01-30', precision: 'WEEK' },
    });
    // Background knowledge has a compilation date of its own, so as-of questions can tell what
    // the graph knew before it was added.
    expect(data.sources[2]?.published).toMatchObject({ start: '2026-11-29', end: '2026-11-29', precision: 'DAY' });
  });

  it('finds a source by id, and nothing for an unknown id or a node of another kind', async () => {
    const data = await gqlData<{ article: { id: string } | null; unknown: unknown; actor: unknown }>(
      '{ article: source(id: "src:article") { id } unknown: source(id: "src:nowhere") { id } actor: source(id: "country:gbr") { id } }',
    );
    expect(data).toEqual({ article: { id: 'src:article' }, unknown: null, actor: null });
  });
});

describe('what a source supports', () => {
  it('counts everything the article supports, as the graph links it', async () => {
    const data = await gqlData<SupportsData>(supportsQuery, { id: 'src:article', first: 1 });
    expect(data.source?.supports.totalCount).toBe(await supportedCount('src:article'));
    const background = await gqlData<SupportsData>(supportsQuery, { id: 'src:background', first: 1 });
    expect(background.source?.supports.totalCount).toBe(await supportedCount('src:background'));
  });

  it('filters by kind', async () => {
    const data = await gqlData<SupportsData>(supportsQuery, { id: 'src:article', kinds: ['MEETING', 'DISCREPANCY'], first: 100 });
    expect(data.source?.supports.totalCount).toBe(await supportedCount('src:article', ['Meeting', 'Discrepancy']));
    expect(new Set(data.source?.supports.nodes.map((n) => n.__typename))).toEqual(new Set(['Meeting', 'Discrepancy']));
    expect(data.source?.supports.nodes.map((n) => n.id)).toContain('meeting:truss-lavrov-moscow-talks');
  });

  it('pages through every supported node once, ordered by kind', async () => {
    const seen: { __typename: string; id: string }[] = [];
    let after: string | null = null;
    do {
      const data: SupportsData = await gqlData<SupportsData>(supportsQuery, { id: 'src:article', first: 40, after });
      seen.push(...data.source!.supports.nodes);
      after = data.source!.supports.pageInfo.hasNextPage ? data.source!.supports.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(await supportedCount('src:article'));
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
    const rank = ['Person|Country|Organisation|Group', 'Place', 'Office', 'Meeting', 'Event', 'Claim', 'Discrepancy'];
    const ranks = seen.map((n) => {
      const index = rank.findIndex((kinds) => kinds.split('|').includes(n.__typename));
      return index < 0 ? rank.length : index;
    });
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await gql(supportsQuery, { id: 'src:article', after: 'bogus' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/^after must be a cursor returned by this API/);
  });
});

describe.skipIf(skipWithoutTexts)('discrepancies', () => {
  /** The words at a quote's offsets in the text of its own source. */
  const quoted = async (evidence: EvidenceData) => {
    const text = (await sourceTexts()).get(evidence.source.id)?.text ?? '';
    return Array.from(text).slice(evidence.start, evidence.end).join('');
  };

  it('lists the prime minister/president discrepancy with its quotes from the article', async () => {
    const { discrepancies } = await gqlData<{ discrepancies: DiscrepancyData[] }>(discrepanciesQuery);
    const zelenskiy = discrepancies.find((d) => d.id === 'disc:zelenskiy-prime-minister-or-president');
    expect(zelenskiy?.kind).toBe('INTERNAL');
    expect(zelenskiy?.evidence.map((e) => e.exact)).toEqual([
      'Ukrainian prime minister, Volodymyr Zelenskiy',
      'plot to topple the Ukrainian president',
    ]);
    expect(zelenskiy?.concerns.map((n) => n.id)).toEqual(
      expect.arrayContaining(['person:volodymyr-zelenskiy', 'office:ukraine-prime-minister', 'office:ukraine-president']),
    );
  });

  it('lists the "five years" discrepancy with the record, with its quotes', async () => {
    const { discrepancies } = await gqlData<{ discrepancies: DiscrepancyData[] }>(discrepanciesQuery, { kind: 'WITH_RECORD' });
    expect(discrepancies.map((d) => d.id)).toEqual(['disc:first-visit-in-five-years']);
    const [fiveYears] = discrepancies;
    expect(fiveYears?.description).toMatch(/five years/);
    expect(fiveYears?.evidence.map((e) => e.exact)).toEqual(expect.arrayContaining(['first of its kind for five years']));
    expect(fiveYears?.evidence.map((e) => e.exact).join(' ')).toMatch(/December 2017/);
    expect(fiveYears?.concerns.map((n) => n.id)).toEqual(
      expect.arrayContaining(['meeting:johnson-moscow-visit-2017', 'meeting:truss-lavrov-moscow-talks']),
    );
  });

  it('quotes its source exactly where each piece of evidence says, in text order', async () => {
    const { discrepancies } = await gqlData<{ discrepancies: DiscrepancyData[] }>(discrepanciesQuery);
    // The article's two, the readout's own (its two troop figures), and the two the loader finds
    // between the article and the readout (quoting both).
    expect(discrepancies.map((d) => [d.id, d.kind]).sort()).toEqual([
      ['disc:between-sources-figure-meeting-truss-lavrov-moscow-talks-gap', 'BETWEEN_SOURCES'],
      ['disc:between-sources-status-meeting-truss-lavrov-moscow-talks', 'BETWEEN_SOURCES'],
      ['disc:first-visit-in-five-years', 'WITH_RECORD'],
      ['disc:readout-troop-figures', 'INTERNAL'],
      ['disc:zelenskiy-prime-minister-or-president', 'INTERNAL'],
    ]);
    const expectedSource = {
      'disc:first-visit-in-five-years': { id: 'src:article', kind: 'ARTICLE' },
      'disc:readout-troop-figures': { id: 'src:moscow-talks-readout', kind: 'READOUT' },
      'disc:zelenskiy-prime-minister-or-president': { id: 'src:article', kind: 'ARTICLE' },
    } as Record<string, unknown>;
    for (const discrepancy of discrepancies) {
      const starts = discrepancy.evidence.map((e) => e.start);
      expect([...starts].sort((x, y) => x - y)).toEqual(starts);
      for (const evidence of discrepancy.evidence) {
        if (discrepancy.kind === 'BETWEEN_SOURCES') expect(['src:article', 'src:moscow-talks-readout'], discrepancy.id).toContain(evidence.source.id);
        else expect(evidence.source, discrepancy.id).toEqual(expectedSource[discrepancy.id]);
        expect(await quoted(evidence)).toBe(evidence.exact);
      }
    }
  });

  it('lists only the internal contradictions when asked for INTERNAL', async () => {
    const { discrepancies } = await gqlData<{ discrepancies: DiscrepancyData[] }>(discrepanciesQuery, { kind: 'INTERNAL' });
    // The readout's troop figures (more than 100,000 against about 130,000) contradict each other.
    expect(discrepancies.map((d) => d.id)).toEqual(['disc:readout-troop-figures', 'disc:zelenskiy-prime-minister-or-president']);
  });
});
