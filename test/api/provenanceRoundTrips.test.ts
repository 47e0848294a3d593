import { describe, expect, it } from 'vitest';
import { useInProcessApi } from '../support/inProcess.js';

const run = useInProcessApi();

/** The database round trips an operation makes, by named query; it must answer without errors. */
async function roundTrips(query: string): Promise<Readonly<Record<string, number>>> {
  const result = await run(query);
  expect(result.errors).toBeUndefined();
  return result.roundTrips;
}

describe('database round trips of provenance and analysis fields', () => {
  it("batch every source's supported nodes and every discrepancy's concerns, evidence and sources", async () => {
    const counts = await roundTrips(`{
      sources { id supports(first: 100) { totalCount nodes { id } } }
      discrepancies { id concerns { id } evidence { id source { id } } }
    }`);
    // Two sources and several discrepancies, each with several pieces of evidence: one query per level.
    expect(counts).toEqual({ sources: 1, sourceSupports: 1, discrepancies: 1, neighbours: 2 });
  });

  it('load a whole relationship in one query', async () => {
    const counts = await roundTrips(`{
      relations(a: "country:gbr", b: "country:rus") { meetings { id } events { id } aid { id } alliances { id } claims { id } summary { total goldsteinSum } }
    }`);
    expect(counts).toEqual({ relations: 1 });
  });
});
