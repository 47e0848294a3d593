import { describe, expect, it } from 'vitest';
import { gqlData } from '../support/graphql.js';

describe('statistics: how much the graph holds', () => {
  it('counts every kind of node the three sources state', async () => {
    const data = await gqlData<{ statistics: Record<string, number> }>(
      '{ statistics { people countries organisations groups places offices meetings events claims quantities evidence sources discrepancies } }',
    );
    expect(data.statistics).toEqual({
      people: 10,
      countries: 8,
      organisations: 16,
      groups: 7,
      places: 11,
      offices: 9,
      meetings: 6,
      events: 15,
      claims: 52,
      quantities: 11,
      evidence: 138,
      sources: 3,
      discrepancies: 5,
    });
  });
});
