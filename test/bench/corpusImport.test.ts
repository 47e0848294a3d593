// The bulk importer's store and the transactional loader's store hold the same graph at S: the
// same labels and relationship types with the same counts, and every node and relationship with
// the same properties of the same types. The one deliberate difference: an empty array (Place and
// Organisation aliases, every relationship's evidenceIds) is stored by the Cypher path as an
// empty list, while the importer stores no property (it reads an empty array field as absent);
// the API reads both as empty (`?? []`, coalesce).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCorpusSchema, writeCorpus } from '../../bench/scale/store.js';
import { loadConfig, type EmbeddedNeo4j } from '../../src/config.js';
import { corpus } from '../../src/corpus/generate.js';
import { importCorpus, type ImportFigures } from '../../src/corpus/import.js';
import { corpusMemory, importMemory } from '../../src/corpus/memory.js';
import { startEmbedded, type RunningNeo4j } from '../../src/db/embedded.js';
import { silentLogger } from '../../src/logger.js';
import { freePort } from '../support/ports.js';
import { startScratchNeo4j, type ScratchNeo4j } from '../support/scratchNeo4j.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'corpus-import-test-'));
let imported: ImportFigures;
let importedDb: RunningNeo4j | undefined;
let importedDriver: Driver | undefined;
let cypherDb: ScratchNeo4j | undefined;

beforeAll(async () => {
  const config = loadConfig({ NEO4J_URI: '', NEO4J_DATA_DIR: home, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP: corpusMemory.S.heap }).neo4j as EmbeddedNeo4j;
  // The Cypher path loads into its own Neo4j while the importer runs.
  const loaded = (async () => {
    cypherDb = await startScratchNeo4j();
    await writeCorpus(cypherDb.driver, 'S', 1, () => {});
  })();
  imported = await importCorpus(corpus('S', 1), { home, libDir: config.libDir, ...importMemory.S });
  importedDb = await startEmbedded(config, 600, silentLogger);
  importedDriver = neo4j.driver(importedDb.uri);
  await applyCorpusSchema(importedDriver);
  await loaded;
}, 420_000);

afterAll(async () => {
  await importedDriver?.close();
  await importedDb?.stop();
  await cypherDb?.stop();
  rmSync(home, { recursive: true, force: true });
});

async function read(driver: Driver, cypher: string): Promise<Record<string, unknown>[]> {
  const session = driver.session();
  try {
    return (await session.run(cypher)).records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

type Typed = [key: string, type: string, value: unknown];

/** A property map with each value's Cypher type, in key order; dates as their ISO text. */
function typed(props: Record<string, unknown>, types: [string, string][]): Typed[] {
  return types
    .map(([key, type]): Typed => [key, type, type.startsWith('DATE') ? String(props[key]) : props[key]])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

const nodesOf = (driver: Driver) =>
  read(driver, 'MATCH (n) WHERE NOT n:SeedScript RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types');
const relationshipsOf = (driver: Driver) =>
  read(
    driver,
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types',
  );

/** Each element as one line of text, so the two stores compare as sorted multisets. */
function lines(rows: Record<string, unknown>[], key: (row: Record<string, unknown>) => unknown[], dropped?: Map<string, number>): string[] {
  return rows
    .map((row) => {
      let props = typed(row['props'] as Record<string, unknown>, row['types'] as [string, string][]);
      if (dropped) {
        const empty = props.filter(([, type]) => type.startsWith('LIST<NOTHING>'));
        for (const [k] of empty) dropped.set(k, (dropped.get(k) ?? 0) + 1);
        props = props.filter(([, type]) => !type.startsWith('LIST<NOTHING>'));
      }
      return JSON.stringify([...key(row), props]);
    })
    .sort();
}

/** What one sorted list holds that the other does not, a few of each, for a readable failure. */
function difference(a: string[], b: string[]): { onlyImported: string[]; onlyCypher: string[] } {
  const count = new Map<string, number>();
  for (const line of a) count.set(line, (count.get(line) ?? 0) + 1);
  for (const line of b) count.set(line, (count.get(line) ?? 0) - 1);
  const over = [...count].filter(([, n]) => n > 0).map(([line]) => line);
  const under = [...count].filter(([, n]) => n < 0).map(([line]) => line);
  return { onlyImported: over.slice(0, 5), onlyCypher: under.slice(0, 5) };
}

describe('the bulk-imported corpus at S', () => {
  it('has as many nodes per label and relationships per type as the transactional load', async () => {
    const labels = 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label';
    const types = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type';
    const viaCypher = { labels: await read(cypherDb!.driver, labels), types: await read(cypherDb!.driver, types) };
    expect({ labels: await read(importedDriver!, labels), types: await read(importedDriver!, types) }).toEqual(viaCypher);
    expect(viaCypher.labels.length).toBeGreaterThan(10);
    expect({ nodes: imported.nodes, relationships: imported.relationships }).toEqual({ nodes: 11_319, relationships: 36_831 });
  });

  it('has every node with the same labels and properties, of the same types', async () => {
    const key = (row: Record<string, unknown>) => [row['id'], [...(row['labels'] as string[])].sort()];
    const dropped = new Map<string, number>();
    const viaCypher = lines(await nodesOf(cypherDb!.driver), key, dropped);
    const viaImport = lines(await nodesOf(importedDriver!), key);
    expect(viaImport.length).toBe(viaCypher.length);
    expect(difference(viaImport, viaCypher)).toEqual({ onlyImported: [], onlyCypher: [] });
    // The deliberate difference, and nothing else: only aliases are empty lists on nodes.
    expect([...dropped.keys()]).toEqual(['aliases']);
  });

  it('has every relationship between the same nodes with the same properties, of the same types', async () => {
    const key = (row: Record<string, unknown>) => [row['from'], row['type'], row['to']];
    const dropped = new Map<string, number>();
    const viaCypher = lines(await relationshipsOf(cypherDb!.driver), key, dropped);
    const viaImport = lines(await relationshipsOf(importedDriver!), key);
    expect(viaImport.length).toBe(viaCypher.length);
    expect(difference(viaImport, viaCypher)).toEqual({ onlyImported: [], onlyCypher: [] });
    expect([...dropped.keys()]).toEqual(['evidenceIds']);
  });

  it('keeps empty strings as empty strings, numbers as floats and dates as dates', async () => {
    const [row] = await read(
      importedDriver!,
      `MATCH (e:Evidence) WITH count(e) AS evidence, count(CASE WHEN e.prefix = '' AND e.suffix = '' THEN 1 END) AS empty,
         count(CASE WHEN valueType(e.start) = 'FLOAT NOT NULL' THEN 1 END) AS floats
       MATCH (m:Meeting) RETURN evidence, empty, floats, count(CASE WHEN valueType(m.timeStart) = 'DATE NOT NULL' THEN 1 END) AS dates, count(m) AS meetings`,
    );
    expect(row!['evidence']).toEqual(neo4j.int(1_446));
    expect(row!['empty']).toEqual(row!['evidence']);
    expect(row!['floats']).toEqual(row!['evidence']);
    expect(row!['dates']).toEqual(row!['meetings']);
  });

  it('has the constraints and indexes the schema asks for, online', async () => {
    const indexes = 'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name';
    const viaImport = await read(importedDriver!, indexes);
    expect(viaImport).toEqual(await read(cypherDb!.driver, indexes));
    expect(viaImport.every((row) => row['state'] === 'ONLINE')).toBe(true);
  });
});
