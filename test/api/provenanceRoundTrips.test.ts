import { describe, expect, it } from 'vitest';
import { useInProcessApi } from '../support/inProcess.js';

const run = useInProcessApi();

/** The database round trips an operation makes, by named query; it must answer without errors. */
async function roundTrips(query: string, planner = true): Promise<Readonly<Record<string, number>>> {
  const result = await run(query, {}, { planner });
  expect(result.errors).toBeUndefined();
  return result.roundTrips;
}

describe('database round trips of provenance and analysis fields', () => {
  it("batch every source's supported nodes and every discrepancy's concerns, evidence and sources", async () => {
    const counts = await roundTrips(`{
      sources { nodes { id supports(first: 100) { totalCount nodes { id } } } }
      discrepancies { id concerns { id } evidence { id source { id } } }
    }`);
    // One statement per root field, however many sources, discrepancies and pieces of evidence.
    expect(counts).toEqual({ 'planned:sources': 1, 'planned:discrepancies': 1 });
  });

  it('batch level by level with the planner off: one query per level', async () => {
    const counts = await roundTrips(
      `{
      sources { nodes { id supports(first: 100) { totalCount nodes { id } } } }
      discrepancies { id concerns { id } evidence { id source { id } } }
    }`,
      false,
    );
    expect(counts).toEqual({ sources: 1, sourceSupports: 1, discrepancies: 1, neighbours: 2 });
  });

  it('load a whole relationship in one query', async () => {
    const counts = await roundTrips(`{
      relations(a: "country:gbr", b: "country:rus") { meetings { id } events { id } aid { id } alliances { id } claims { id } summary { total goldsteinSum } }
    }`);
    // Nothing below loads anything more: the named query alone.
    expect(counts).toEqual({ relations: 1 });
  });
});
