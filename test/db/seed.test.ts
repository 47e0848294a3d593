import { describe, expect, it } from 'vitest';
import { loadQueries } from '../../src/db/queries.js';
import { createRunner } from '../../src/db/runner.js';
import { applySeed } from '../../src/db/seed.js';
import { silentLogger } from '../../src/logger.js';
import { readRows, testDriver } from '../support/neo4j.js';

async function graphCounts() {
  const labels = await readRows<{ label: string; count: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
  );
  const types = await readRows<{ type: string; count: number }>(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  );
  const [props] = await readRows<{ nodeProps: number; relProps: number }>(
    `CALL { MATCH (n) RETURN sum(size(keys(n))) AS nodeProps }
     CALL { MATCH ()-[r]->() RETURN sum(size(keys(r))) AS relProps }
     RETURN nodeProps, relProps`,
  );
  return { labels, types, props };
}

async function reseed() {
  const queries = loadQueries();
  const driver = testDriver();
  const runner = createRunner({ driver, queries, database: undefined, timeoutMs: 30_000 });
  return applySeed({ driver, runner, queries, database: undefined, logger: silentLogger, force: true });
}

describe('the Cypher seed', () => {
  it('loads a graph with the article as its Source', async () => {
    const rows = await readRows<{ id: string; kind: string }>('MATCH (s:Source {id: $id}) RETURN s.id AS id, s.kind AS kind', {
      id: 'src:article',
    });
    expect(rows).toEqual([{ id: 'src:article', kind: 'ARTICLE' }]);
  });

  it('leaves identical node, relationship and property counts when applied twice more', async () => {
    const before = await graphCounts();
    expect(before.labels.length).toBeGreaterThan(5);
    const first = await reseed();
    expect(first.skipped).toEqual([]);
    expect(await graphCounts()).toEqual(before);
    await reseed();
    expect(await graphCounts()).toEqual(before);
  });

  it('records one checksum per applied script, so an unchanged start skips them all', async () => {
    const queries = loadQueries();
    const driver = testDriver();
    const runner = createRunner({ driver, queries, database: undefined, timeoutMs: 30_000 });
    const report = await applySeed({ driver, runner, queries, database: undefined, logger: silentLogger });
    expect(report.applied).toEqual([]);
    const recorded = await readRows<{ name: string }>('MATCH (s:SeedScript) RETURN s.name AS name ORDER BY name');
    expect(recorded.map((row) => row.name)).toEqual(report.skipped);
  });

  it('refuses a second node with an id that already exists', async () => {
    const session = testDriver().session();
    try {
      await expect(session.run("CREATE (:Actor:Person {id: 'person:liz-truss', name: 'Duplicate'})")).rejects.toThrow(
        /already exists/,
      );
    } finally {
      await session.close();
    }
  });
});
