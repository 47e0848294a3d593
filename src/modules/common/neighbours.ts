import type { Context } from '../../context.js';
import type { Hop } from './loaders.js';
import type { NeighbourRow } from './rows.js';

const nodesOf = <Row>(rows: readonly NeighbourRow[]) => rows.map((row) => row.node as unknown as Row);

/** The nodes a node points to over one hop, batched per request. */
export async function nodesOut<Row>({ loaders }: Context, id: string, hop: Hop): Promise<Row[]> {
  return nodesOf<Row>(await loaders.outgoing(hop).load(id));
}

/** The nodes pointing to a node over one hop, batched per request. */
export async function nodesIn<Row>({ loaders }: Context, id: string, hop: Hop): Promise<Row[]> {
  return nodesOf<Row>(await loaders.incoming(hop).load(id));
}

/** The first node a node points to over one hop, or null. */
export async function firstOut<Row>(context: Context, id: string, hop: Hop): Promise<Row | null> {
  return (await nodesOut<Row>(context, id, hop))[0] ?? null;
}
