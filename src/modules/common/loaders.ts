import { groupedLoader, LoaderFamily, singleLoader } from '../../db/batch.js';
import type { QueryRunner } from '../../db/runner.js';
import type { NeighbourRow, NodeRow } from './rows.js';

export interface Hop {
  /** Relationship types to follow. */
  readonly types: readonly string[];
  /** Labels the far node must have one of; empty for any. */
  readonly labels?: readonly string[];
}

/**
 * Loaders shared by every module: nodes by id, and one-hop neighbours over given relationship
 * types in either direction, each batched into one round trip per distinct question.
 */
export function createCommonLoaders(runner: QueryRunner) {
  const out = new LoaderFamily((params) => groupedLoader<NeighbourRow>(runner, 'neighboursOut', params));
  const into = new LoaderFamily((params) => groupedLoader<NeighbourRow>(runner, 'neighboursIn', params));
  const hopParams = (hop: Hop) => ({ types: [...hop.types], labels: [...(hop.labels ?? [])] });
  return {
    nodeById: singleLoader<{ ownerId: string; node: NodeRow & Record<string, unknown> }>(runner, 'nodesByIds'),
    /** Neighbours reached by following outgoing relationships. */
    outgoing: (hop: Hop) => out.get(hopParams(hop)),
    /** Neighbours reached by following incoming relationships backwards. */
    incoming: (hop: Hop) => into.get(hopParams(hop)),
  };
}
