// Neo4j memory for each corpus scale (embedded: NEO4J_HEAP and NEO4J_PAGECACHE). The page cache
// is sized to hold the whole store so reads never wait on disk; the heap holds the planner's
// caches and the largest transaction (one batch of the load, or one question's intermediate
// rows). The embedded defaults (512m heap, 128m page cache) stay for the article graph.
//
// The bulk importer (neo4j-admin database import, src/corpus/import.ts) has its own two budgets:
// its JVM heap (-Xmx), which holds the CSV parsing buffers and per-thread batches, and
// --max-off-heap-memory, which holds the node-id map (string id -> node), the relationship
// grouping caches and its page cache. Left alone, the off-heap budget is 90% of the machine's
// memory, which on a shared 2-core, 24 GiB box would starve the lead's and other helpers' JVMs.
// The importer estimates and uses about 1 GiB at every scale here (peak 1.04 GiB at L: its fixed
// buffers dominate and 1M string ids are small), so 1g is enough at S and M; L gets 3g, room for
// the id map to grow with another seed or generator, still an eighth of the RAM.
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
