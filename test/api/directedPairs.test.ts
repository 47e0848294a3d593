/**
 * Directed dyads: what the UK did to Russia is not what Russia did to the UK. `summary.byDirection`
 * splits a pair's happenings by who acts on or for whom (A_TO_B, B_TO_A, MUTUAL), adding up to the
 * undirected summary, read from a to b as asked in `relations` and from the country whose id sorts
 * first in `dyads`.
 */
import { describe, expect, it } from 'vitest';
import { gqlData } from '../support/graphql.js';

type Direction = 'A_TO_B' | 'B_TO_A' | 'MUTUAL';

interface DirectionTally {
  direction: Direction;
  count: number;
  goldsteinSum: number;
  goldsteinMean: number | null;
}

interface Summary {
  total: number;
  coded: number;
  goldsteinSum: number;
  goldsteinMean: number | null;
  byKind: { kind: string; count: number }[];
  byDirection: DirectionTally[];
}

const summaryFields = 'total coded goldsteinSum goldsteinMean byKind { kind count } byDirection { direction count goldsteinSum goldsteinMean }';
const gbr = 'country:gbr';
const rus = 'country:rus';
/** HMS Defender's passage (UK SOURCE, Russia TARGET, Ukraine BENEFICIARY), the one UK–Russia happening of the month. */
const june2021 = ', time: { from: "2021-06-01", to: "2021-06-30" }';

async function summaryOf(a: string, b: string, args = ''): Promise<Summary> {
  const data = await gqlData<{ relations: { summary: Summary } }>(`{ relations(a: "${a}", b: "${b}"${args}) { summary { ${summaryFields} } } }`);
  return data.relations.summary;
}

async function dyads(args = ''): Promise<Map<string, Summary>> {
  const data = await gqlData<{ dyads: { nodes: { a: { id: string }; b: { id: string }; summary: Summary }[] } }>(
    `{ dyads(first: 100${args}) { nodes { a { id } b { id } summary { ${summaryFields} } } } }`,
  );
  return new Map(data.dyads.nodes.map((d) => [`${d.a.id}|${d.b.id}`, d.summary]));
}

const countOf = (summary: Summary, direction: Direction): number => summary.byDirection.find((tally) => tally.direction === direction)?.count ?? NaN;

const mirrored: Record<Direction, Direction> = { A_TO_B: 'B_TO_A', B_TO_A: 'A_TO_B', MUTUAL: 'MUTUAL' };

describe('the pair summary split by who acts on or for whom', () => {
  it('lists every direction once, its counts adding up to the total and its Goldstein sums to the summary’s, for UK–Russia', async () => {
    for (const args of ['', ', status: [OCCURRED, PLANNED, ANNOUNCED_UNCONFIRMED, PROPOSED, HYPOTHETICAL, ALLEGED]']) {
      const summary = await summaryOf(gbr, rus, args);
      expect(summary.total).toBeGreaterThan(0);
      expect(summary.byDirection.map((tally) => tally.direction)).toEqual(['A_TO_B', 'B_TO_A', 'MUTUAL']);
      expect(summary.byDirection.reduce((sum, tally) => sum + tally.count, 0)).toBe(summary.total);
      expect(summary.byDirection.reduce((sum, tally) => sum + tally.goldsteinSum, 0)).toBeCloseTo(summary.goldsteinSum, 5);
    }
  });

  it('counts HMS Defender’s passage, the UK acting on Russia, as A_TO_B from the UK to Russia and B_TO_A the other way round', async () => {
    const [ukRussia, russiaUk] = await Promise.all([summaryOf(gbr, rus, june2021), summaryOf(rus, gbr, june2021)]);
    expect(ukRussia.total).toBe(1);
    expect(ukRussia.byDirection).toEqual([
      { direction: 'A_TO_B', count: 1, goldsteinSum: ukRussia.goldsteinSum, goldsteinMean: ukRussia.goldsteinSum },
      { direction: 'B_TO_A', count: 0, goldsteinSum: 0, goldsteinMean: null },
      { direction: 'MUTUAL', count: 0, goldsteinSum: 0, goldsteinMean: null },
    ]);
    expect(ukRussia.goldsteinSum).toBeLessThan(0);
    expect(countOf(russiaUk, 'B_TO_A')).toBe(1);
    expect(countOf(russiaUk, 'A_TO_B')).toBe(0);
  });

  it('mirrors the directions when a and b are swapped, and leaves the mutual ones (meetings among them) alone', async () => {
    const [ukRussia, russiaUk] = await Promise.all([summaryOf(gbr, rus), summaryOf(rus, gbr)]);
    const swapped = russiaUk.byDirection.map((tally) => ({ ...tally, direction: mirrored[tally.direction] }));
    expect(ukRussia.byDirection).toEqual(expect.arrayContaining(swapped));
    const meetings = ukRussia.byKind.find((kind) => kind.kind === 'MEETING')?.count ?? 0;
    expect(meetings).toBeGreaterThan(0);
    expect(countOf(ukRussia, 'MUTUAL')).toBeGreaterThanOrEqual(meetings);
  });

  it('gives the dyads entry, a being the country whose id sorts first, the directions relations gives for the same ordered pair', async () => {
    const [pairs, ukRussia, june, ukRussiaJune] = await Promise.all([dyads(), summaryOf(gbr, rus), dyads(june2021), summaryOf(gbr, rus, june2021)]);
    expect(pairs.get(`${gbr}|${rus}`)).toEqual(ukRussia);
    expect(pairs.has(`${rus}|${gbr}`)).toBe(false);
    expect(june.get(`${gbr}|${rus}`)).toEqual(ukRussiaJune);
    expect(countOf(ukRussiaJune, 'A_TO_B')).toBe(1);
  });

  it('adds up in every dyad as it does in relations', async () => {
    for (const summary of (await dyads()).values()) {
      expect(summary.byDirection.reduce((sum, tally) => sum + tally.count, 0)).toBe(summary.total);
      expect(summary.byDirection.reduce((sum, tally) => sum + tally.goldsteinSum, 0)).toBeCloseTo(summary.goldsteinSum, 5);
    }
  });

  it('describes the direction rule in the schema, meetings mutual, a visit included', async () => {
    const data = await gqlData<{ direction: { description: string; enumValues: { name: string; description: string }[] }; dyad: { fields: { name: string; description: string }[] } }>(
      '{ direction: __type(name: "PairDirection") { description enumValues { name description } } dyad: __type(name: "Dyad") { fields { name description } } }',
    );
    expect(data.direction.description).toMatch(/Meetings are always MUTUAL: a VISITOR of one side and the other's HOST/);
    expect(data.direction.enumValues.map((value) => value.name)).toEqual(['A_TO_B', 'B_TO_A', 'MUTUAL']);
    expect(data.dyad.fields.find((field) => field.name === 'a')?.description).toMatch(/id sorts first/);
  });
});
