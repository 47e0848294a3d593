import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { gql, gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';

const limits = loadConfig({}).limits;

interface PathData {
  connections: {
    length: number;
    nodes: { __typename: string; id: string }[];
    steps: { from: { id: string }; relationship: string; direction: 'OUTGOING' | 'INCOMING'; role: string | null; to: { id: string } }[];
  }[];
}

const connectionsQuery = `
  query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
    connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      nodes { __typename id }
      steps { from { id } relationship direction role to { id } }
    }
  }`;

const connections = async (from: string, to: string, extra: { maxHops?: number; first?: number } = {}) =>
  (await gqlData<PathData>(connectionsQuery, { from, to, ...extra })).connections;

/** The shortest path length, found by Neo4j directly, through fact nodes only or through anything. */
async function shortestLength(from: string, to: string, factsOnly: boolean): Promise<number | null> {
  const filter = factsOnly ? 'WHERE all(n IN nodes(p) WHERE NOT (n:Source OR n:Evidence OR n:Discrepancy))' : '';
  const rows = await readRows<{ length: number }>(
    `MATCH (a:Node {id: $from}), (b:Node {id: $to})
     MATCH p = shortestPath((a)-[*..10]-(b)) ${filter}
     RETURN length(p) AS length`,
    { from, to },
  );
  return rows[0]?.length ?? null;
}

describe('connections', () => {
  it('connects HMS Defender to Russia by paths of the minimal length', async () => {
    const paths = await connections('org:hms-defender', 'country:rus');
    const minimal = await shortestLength('org:hms-defender', 'country:rus', true);
    expect(minimal).toBe(2);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.length).toBe(minimal);
    expect(paths).toContainEqual({
      length: 2,
      nodes: [
        { __typename: 'Organisation', id: 'org:hms-defender' },
        { __typename: 'Event', id: 'event:hms-defender-crimea-passage' },
        { __typename: 'Country', id: 'country:rus' },
      ],
      steps: [
        { from: { id: 'org:hms-defender' }, relationship: 'PARTICIPATED_IN', direction: 'OUTGOING', role: 'INSTRUMENT', to: { id: 'event:hms-defender-crimea-passage' } },
        { from: { id: 'event:hms-defender-crimea-passage' }, relationship: 'PARTICIPATED_IN', direction: 'INCOMING', role: 'TARGET', to: { id: 'country:rus' } },
      ],
    });
  });

  it('orders each path from one end to the other, every step starting where the last ended', async () => {
    const paths = await connections('person:liz-truss', 'person:volodymyr-zelenskiy', { first: 20 });
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      expect(path.nodes[0]?.id).toBe('person:liz-truss');
      expect(path.nodes.at(-1)?.id).toBe('person:volodymyr-zelenskiy');
      expect(path.nodes).toHaveLength(path.length + 1);
      path.steps.forEach((step, i) => {
        expect(step.from.id).toBe(path.nodes[i]?.id);
        expect(step.to.id).toBe(path.nodes[i + 1]?.id);
      });
    }
    expect(new Set(paths.map((path) => path.nodes.map((n) => n.id).join('>'))).size).toBe(paths.length);
  });

  it('never passes through sources, evidence or discrepancies, even when that way is shorter', async () => {
    const viaAnything = await shortestLength('country:jpn', 'place:salisbury', false);
    const viaFacts = await shortestLength('country:jpn', 'place:salisbury', true);
    expect(viaAnything).toBeLessThan(viaFacts!);
    const paths = await connections('country:jpn', 'place:salisbury');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBe(viaFacts);
      for (const node of path.nodes) expect(['Source', 'Evidence', 'Discrepancy']).not.toContain(node.__typename);
    }
  });

  it('returns at most `first` paths', async () => {
    const all = await connections('person:liz-truss', 'person:volodymyr-zelenskiy', { first: 20 });
    const one = await connections('person:liz-truss', 'person:volodymyr-zelenskiy', { first: 1 });
    expect(one).toEqual(all.slice(0, 1));
  });

  it('is empty when the nodes are further apart than maxHops, unknown, or the same node', async () => {
    expect(await connections('org:hms-defender', 'country:rus', { maxHops: 1 })).toEqual([]);
    expect(await connections('org:nowhere', 'country:rus')).toEqual([]);
    expect(await connections('country:rus', 'country:rus')).toEqual([]);
  });
});

describe('connections: bad input', () => {
  it.each([0, 99])('refuses maxHops %i, naming the allowed range', async (maxHops) => {
    const response = await gql(connectionsQuery, { from: 'org:hms-defender', to: 'country:rus', maxHops });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(`maxHops must be between 1 and ${limits.maxPathHops}; got ${maxHops}`);
  });

  it.each([0, 21])('refuses first %i, naming the allowed range', async (first) => {
    const response = await gql(connectionsQuery, { from: 'org:hms-defender', to: 'country:rus', first });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(`first must be between 1 and 20; got ${first}`);
  });
});
