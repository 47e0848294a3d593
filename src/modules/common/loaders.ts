import DataLoader from 'dataloader';
import { singleLoader } from '../../db/batch.js';
import type { QueryRunner } from '../../db/runner.js';
import type { NeighbourRow, NodeRow } from './rows.js';

export interface Hop {
  /** Relationship types to follow. */
  readonly types: readonly string[];
  /** Labels the far node must have one of; empty for any. */
  readonly labels?: readonly string[];
}

interface NeighbourRequest {
  readonly key: string;
  readonly id: string;
  readonly outgoing: boolean;
  readonly types: string[];
  readonly labels: string[];
}

/**
 * Every one-hop question asked while resolving one level of an operation (a meeting's place,
 * participants and evidence, for every meeting) goes to the database as one call.
 */
function neighbourLoader(runner: QueryRunner) {
  return new DataLoader<NeighbourRequest, NeighbourRow[], string>(
    async (requests) => {
      const rows = await runner.read<NeighbourRow & { key: string }>('neighbours', { requests: [...requests] });
      const ownerOf = new Map(requests.map((request) => [request.key, request.id]));
      const byKey = new Map<string, NeighbourRow[]>();
      for (const { key, ...row } of rows) {
        const neighbour = { ...row, ownerId: ownerOf.get(key) ?? '' };
        const group = byKey.get(key);
        if (group) group.push(neighbour);
        else byKey.set(key, [neighbour]);
      }
      return requests.map((request) => byKey.get(request.key) ?? []);
    },
    { cacheKeyFn: (request) => request.key },
  );
}

/** Loaders shared by every module: nodes by id, and one-hop neighbours in either direction. */
export function createCommonLoaders(runner: QueryRunner) {
  const neighbours = neighbourLoader(runner);
  const primed = new Map<string, NeighbourRow[]>();
  const counted = new Map<string, number>();
  const hopLoader = (outgoing: boolean) => (hop: Hop) => {
    const types = [...hop.types];
    const labels = [...(hop.labels ?? [])];
    return {
      load: (id: string) =>
        neighbours.load({ key: JSON.stringify([id, outgoing, types, labels]), id, outgoing, types, labels }),
    };
  };
  return {
    nodeById: singleLoader<{ ownerId: string; node: NodeRow & Record<string, unknown> }>(runner, 'nodesByIds'),
    /** Neighbours reached by following outgoing relationships. */
    outgoing: hopLoader(true),
    /** Neighbours reached by following incoming relationships backwards. */
    incoming: hopLoader(false),
    /**
     * Counts the planner computed ahead (a fact's sources, background apart), by what was counted
     * and the node's id. Never loaded on their own: a resolver finding none counts its loaded rows.
     */
    counts: {
      prime: (identity: string, id: string, count: number) => void counted.set(JSON.stringify([identity, id]), count),
      get: (identity: string, id: string): number | undefined => counted.get(JSON.stringify([identity, id])),
    },
    /** Stores an answer fetched ahead (by the planner), so the hop's next load needs no round trip. */
    primeHop(outgoing: boolean, hop: Hop, id: string, rows: NeighbourRow[]) {
      const types = [...hop.types];
      const labels = [...(hop.labels ?? [])];
      const key = JSON.stringify([id, outgoing, types, labels]);
      // The same hop asked at two places of an operation comes back with the properties each
      // selection reads: the rows kept (perhaps already handed out) gain the others' properties.
      const kept = primed.get(key);
      if (kept) {
        for (const row of rows) {
          const same = kept.find((old) => old.node.id === row.node.id && old.type === row.type);
          if (same) Object.assign(same.node, row.node);
        }
        return;
      }
      primed.set(key, rows);
      neighbours.prime({ key, id, outgoing, types, labels }, rows);
    },
  };
}
