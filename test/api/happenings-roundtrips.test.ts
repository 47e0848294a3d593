import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useInProcessApi } from '../support/inProcess.js';
import { readRows } from '../support/neo4j.js';

const limits = loadConfig({}).limits;
const run = useInProcessApi();

// Six levels, each a batched read: countries, their people, the people's meetings, each meeting's
// participants, each participant's claims, each claim's speakers.
const nested = `
  query ($ids: [ID!]!, $first: Int!) {
    nodes(ids: $ids) {
      ... on Country {
        people {
          meetings(first: $first) {
            nodes {
              participants {
                actor {
                  claimsMade(first: $first) { nodes { id speakers { id } } }
                }
              }
            }
          }
        }
      }
    }
  }`;

const levels = 6;

/** How many claims the answer lists in all: the rows the database had to produce. */
const claimRows = (data: unknown): number => (JSON.stringify(data).match(/"claim:/g) ?? []).length;

describe('database round trips of a nested query', () => {
  it('are one for the root field, however deep the selection and however many rows each level returns', async () => {
    const countries = (await readRows<{ id: string }>('MATCH (c:Country) RETURN c.id AS id ORDER BY id')).map((row) => row.id);
    const small = await run(nested, { ids: ['country:gbr'], first: 1 });
    expect(small.errors).toBeUndefined();
    const large = await run(nested, { ids: countries, first: limits.maxPageSize });

    expect(claimRows(large.data)).toBeGreaterThan(3 * claimRows(small.data));
    expect(claimRows(small.data)).toBeGreaterThan(0);
    expect(small.roundTrips).toEqual({ 'planned:nodesByIds': 1 });
    expect(large.roundTrips).toEqual({ 'planned:nodesByIds': 1 });
  });

  it('stay one per level, batched, with the planner off (PLANNER=off), with the same answers', async () => {
    const countries = (await readRows<{ id: string }>('MATCH (c:Country) RETURN c.id AS id ORDER BY id')).map((row) => row.id);
    const variables = { ids: countries, first: limits.maxPageSize };
    const levelByLevel = await run(nested, variables, { planner: false });
    expect(levelByLevel.errors).toBeUndefined();
    expect(levelByLevel.totalRoundTrips).toBe(levels);
    expect(levelByLevel.data).toEqual((await run(nested, variables)).data);
  });
});
