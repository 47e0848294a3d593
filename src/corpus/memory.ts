// Neo4j memory for each corpus scale (embedded: NEO4J_HEAP and NEO4J_PAGECACHE). The page cache
// is sized to hold the whole store so reads never wait on disk; the heap holds the planner's
// caches and the largest transaction (one batch of the load, or one question's intermediate
// rows). The embedded defaults (512m heap, 128m page cache) stay for the article graph.
import type { Scale } from './generate.js';

export const corpusMemory: Record<Scale, { readonly heap: string; readonly pagecache: string }> = {
  S: { heap: '512m', pagecache: '128m' },
  M: { heap: '1g', pagecache: '512m' },
  L: { heap: '3g', pagecache: '3g' },
};
