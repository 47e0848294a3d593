/**
 * Loading is idempotent: reloading every source (twice more, so three loads in all) leaves the
 * graph exactly as it was, property for property, and the constraints refuse duplicates.
 */
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { applySeed } from '../../src/db/seed.js';
import { readRows, seedOptions, testDriver } from '../support/neo4j.js';

async function snapshot() {
  const nodes = await readRows<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:SeedScript RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
  );
  const relationships = await readRows(
    `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to`,
  );
  return {
    nodes: nodes.map((row) => ({ ...row, labels: [...row.labels].sort() })),
    relationships,
  };
}

describe('loading the sources', () => {
  it('gives identical nodes, relationships and properties when run three times', async () => {
    const before = await snapshot();
    expect(new Set(before.nodes.flatMap((n) => n.labels))).toEqual(
      new Set(['Actor', 'Claim', 'Country', 'Discrepancy', 'Event', 'Evidence', 'Group', 'Meeting', 'Node', 'Office', 'Organisation', 'Person', 'Place', 'Quantity', 'Source']),
    );
    const first = await applySeed(seedOptions({ force: true }));
    expect(first.loads.map((load) => load.sourceId).sort()).toEqual(['src:article', 'src:background', 'src:moscow-talks-readout']);
    await applySeed(seedOptions({ force: true }));
    const after = await snapshot();
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
  });

  it('is guarded by constraints that refuse a second node with an existing id', async () => {
    const session = testDriver().session({ defaultAccessMode: neo4j.session.WRITE });
    const tx = session.beginTransaction();
    try {
      await expect(tx.run("CREATE (:Actor:Person {id: 'person:liz-truss', name: 'Liz Truss'})")).rejects.toThrow(/already exists|ConstraintValidationFailed/);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
    const rows = await readRows<{ n: number }>("MATCH (n {id: 'person:liz-truss'}) RETURN count(n) AS n");
    expect(rows[0]!.n).toBe(1);
  });
});
