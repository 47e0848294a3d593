/**
 * The seed is idempotent and the constraints refuse duplicates: re-applying every seed script
 * (twice more, so three runs in all) leaves the graph exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { loadScripts } from '../../src/db/scripts.js';
import { readRows, testDriver } from '../support/neo4j.js';

interface Snapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  nodes: string;
  relationships: string;
}

async function snapshot(): Promise<Snapshot> {
  const labels = await readRows<{ label: string; n: number }>('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
  const types = await readRows<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  const nodes = await readRows('MATCH (n) WHERE NOT n:SeedScript RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id');
  const relationships = await readRows(
    `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
     ORDER BY from, type, to, r.sourceId`,
  );
  const sortLabels = (rows: unknown[]) =>
    JSON.stringify(rows.map((row) => ({ ...(row as Record<string, unknown>), labels: [...((row as { labels: string[] }).labels ?? [])].sort() })));
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.n])),
    types: Object.fromEntries(types.map((r) => [r.type, r.n])),
    nodes: sortLabels(nodes),
    relationships: JSON.stringify(relationships),
  };
}

/** Applies every seed script once more, each file in one write transaction, as the loader does. */
async function applySeedScripts(): Promise<void> {
  for (const script of loadScripts().filter((s) => s.kind === 'seed')) {
    const session = testDriver().session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of script.statements) await tx.run(statement);
      });
    } finally {
      await session.close();
    }
  }
}

describe('the seed scripts', () => {
  it('are one concern per file, applied in file-name order', () => {
    const names = loadScripts().filter((s) => s.kind === 'seed').map((s) => s.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining([
      'seed/010-sources.cypher', 'seed/015-evidence.cypher', 'seed/050-meetings.cypher', 'seed/070-claims.cypher', 'seed/090-discrepancies.cypher',
    ]));
  });

  it('never CREATE and never take parameters: every write is a MERGE on literal ids', () => {
    for (const script of loadScripts().filter((s) => s.kind === 'seed')) {
      for (const statement of script.statements) {
        const code = statement.replace(/'(?:[^'\\]|\\.)*'/g, "''");
        expect(code, script.name).not.toMatch(/\bCREATE\b/i);
        expect(code, script.name).not.toMatch(/\$[A-Za-z_]/);
      }
    }
  });

  it('give identical node and relationship counts and properties when run three times', async () => {
    const before = await snapshot();
    expect(Object.keys(before.labels)).toEqual(expect.arrayContaining(['Claim', 'Evidence', 'Meeting', 'Event', 'Person']));
    await applySeedScripts();
    await applySeedScripts();
    const after = await snapshot();
    expect(after.labels).toEqual(before.labels);
    expect(after.types).toEqual(before.types);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
  });

  it('are guarded by constraints that refuse a second node with an existing id', async () => {
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
