import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { planned } from '../../planner/index.js';
import type { NodeRow } from '../common/rows.js';
import { isOfType } from './resolveType.js';

type NodeById = { ownerId: string; node: NodeRow & Record<string, unknown> };

/** The node with this id when it is one of the given types; null otherwise (never an error). */
export async function nodeOfType<Row extends NodeRow>(id: string, { loaders }: Context, ...types: string[]): Promise<Row | null> {
  const found = await loaders.nodeById.load(id);
  return found && isOfType(found.node, ...types) ? (found.node as unknown as Row) : null;
}

/**
 * Loads root nodes by id together with everything the field's selection asks below them (one
 * round trip), leaving them in the by-id loader for the resolver to read as usual.
 */
export async function loadNodes(context: Context, info: GraphQLResolveInfo, ids: readonly string[]): Promise<void> {
  const rows = await planned(context, info).read<NodeById>('nodesByIds', { ids: [...ids] });
  for (const row of rows) context.loaders.nodeById.prime(row.ownerId, row);
  for (const id of ids) if (!rows.some((row) => row.ownerId === id)) context.loaders.nodeById.prime(id, null);
}

/** A root field's node of one of the given types, loaded with its selection. */
export async function rootNodeOfType<Row extends NodeRow>(id: string, context: Context, info: GraphQLResolveInfo, ...types: string[]): Promise<Row | null> {
  await loadNodes(context, info, [id]);
  return nodeOfType<Row>(id, context, ...types);
}
