import { describe, expect, it } from 'vitest';
import { applySeed } from '../../src/db/seed.js';
import { readRows, seedOptions, testDriver } from '../support/neo4j.js';

describe('start-up loading of sources/', () => {
  it('loads a graph with the article, the background and the readout as its sources', async () => {
    const rows = await readRows<{ id: string; kind: string }>('MATCH (s:Source) RETURN s.id AS id, s.kind AS kind ORDER BY id');
    expect(rows).toEqual([
      { id: 'src:article', kind: 'ARTICLE' },
      { id: 'src:background', kind: 'BACKGROUND' },
      { id: 'src:moscow-talks-readout', kind: 'READOUT' },
    ]);
  });

  it('skips every source and schema script whose annotation and loader are unchanged', async () => {
    const report = await applySeed(seedOptions());
    expect(report.applied).toEqual([]);
    expect(report.skipped).toEqual(
      expect.arrayContaining(['sources/truss-lavrov.yaml', 'sources/background.yaml', 'sources/moscow-talks-readout.yaml']),
    );
    const recorded = await readRows<{ name: string }>('MATCH (s:SeedScript) RETURN s.name AS name ORDER BY name');
    expect(recorded.map((row) => row.name)).toEqual(['schema/001-constraints.cypher', 'schema/002-indexes.cypher']);
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
