// Loads a generated corpus in batches: one UNWIND statement per batch of rows (nodes of one label
// set, or relationships of one type), each its own transaction, so a million nodes are a few
// hundred round trips and no transaction holds more than one batch. The next batch is generated
// while the database writes the last one.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../config.js';
import { loadQueries } from '../db/queries.js';
import type { Batch, Corpus } from './generate.js';

export const corpusQueriesDir = path.join(projectRoot, 'cypher', 'corpus');

export interface LoadFigures {
  readonly nodes: number;
  readonly relationships: number;
  readonly batches: number;
  readonly ms: number;
  readonly elementsPerSecond: number;
}

/** The corpus's batches hashed without a database: what the determinism check compares. */
export function corpusHash(corpus: Corpus): { sha256: string; nodes: number; relationships: number } {
  const hash = createHash('sha256');
  let nodes = 0;
  let relationships = 0;
  for (const batch of corpus.batches()) {
    hash.update(JSON.stringify(batch));
    if (batch.kind === 'nodes') nodes += batch.rows.length;
    if (batch.kind === 'rels') relationships += batch.rows.length;
  }
  return { sha256: hash.digest('hex'), nodes, relationships };
}

export async function loadCorpus(
  driver: Driver,
  corpus: Corpus,
  options: { database?: string; onProgress?: (done: { nodes: number; relationships: number; ms: number }) => void } = {},
): Promise<LoadFigures> {
  const queries = loadQueries([corpusQueriesDir]);
  const text = (name: string) => queries.get(name)!.text;
  const statement = (batch: Batch): [string, Record<string, unknown>] =>
    batch.kind === 'nodes'
      ? [text('corpusNodes'), { labels: batch.labels, rows: batch.rows }]
      : batch.kind === 'rels'
        ? [text('corpusRels'), { type: batch.type, rows: batch.rows }]
        : [text('corpusProps'), { rows: batch.rows }];
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  let count = 0;
  let lastReport = started;
  let pending: Promise<unknown> = Promise.resolve();
  const write = async (batch: Batch) => {
    const session = driver.session(options.database ? { database: options.database } : {});
    try {
      const [cypher, params] = statement(batch);
      const at = performance.now();
      await session.executeWrite((tx) => tx.run(cypher, params), { timeout: 600_000, metadata: { app: 'diplomatic-graph', load: 'corpus' } });
      if (process.env['CORPUS_TRACE']) console.log(`${batch.kind} ${batch.kind === 'rels' ? batch.type : batch.kind === 'nodes' ? batch.labels.join(':') : ''} ${batch.rows.length} rows ${Math.round(performance.now() - at)} ms`);
    } finally {
      await session.close();
    }
  };
  for (const batch of corpus.batches(10_000)) {
    await pending;
    pending = write(batch);
    count += 1;
    if (batch.kind === 'nodes') nodes += batch.rows.length;
    if (batch.kind === 'rels') relationships += batch.rows.length;
    if (options.onProgress && performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      options.onProgress({ nodes, relationships, ms: Math.round(lastReport - started) });
    }
  }
  await pending;
  const ms = Math.round(performance.now() - started);
  return { nodes, relationships, batches: count, ms, elementsPerSecond: Math.round(((nodes + relationships) / ms) * 1000) };
}
