// Neo4j memory for each corpus scale (embedded: NEO4J_HEAP and NEO4J_PAGECACHE). The page cache
// is sized to hold the whole store so reads never wait on disk; the heap holds the planner's
// caches and the largest transaction (one batch of the load, or one question's intermediate
// rows). The embedded defaults (512m heap, 128m page cache) stay for the article graph.
//
// The bulk importer (neo4j-admin database import, src/corpus/import.ts) has its own two budgets:
// its JVM heap (-Xmx), which holds the CSV parsing buffers and per-thread batches, and
// --max-off-heap-memory, which holds the node-id map (string id -> node), the relationship
// grouping caches and its page cache. Left alone, the off-heap budget is 90% of the machine's
// memory, which on a shared 2-core, 24 GiB box would starve the lead's and other helpers' JVMs;
// these budgets are a few times what the importer reports as its estimate at each scale
// (about 1 GiB at S and M, where its fixed buffers dominate), and stay under a quarter of the RAM at L.
import type { Scale } from './generate.js';

export const corpusMemory: Record<Scale, { readonly heap: string; readonly pagecache: string }> = {
  S: { heap: '512m', pagecache: '128m' },
  M: { heap: '1g', pagecache: '512m' },
  L: { heap: '3g', pagecache: '3g' },
};

export const importMemory: Record<Scale, { readonly heap: string; readonly offHeap: string }> = {
  S: { heap: '512m', offHeap: '1g' },
  M: { heap: '1g', offHeap: '1g' },
  L: { heap: '2g', offHeap: '3g' },
};
