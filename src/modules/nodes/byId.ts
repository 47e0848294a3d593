import type { Context } from '../../context.js';
import type { NodeRow } from '../common/rows.js';
import { isOfType } from './resolveType.js';

/** The node with this id when it is one of the given types; null otherwise (never an error). */
export async function nodeOfType<Row extends NodeRow>(id: string, { loaders }: Context, ...types: string[]): Promise<Row | null> {
  const found = await loaders.nodeById.load(id);
  return found && isOfType(found.node, ...types) ? (found.node as unknown as Row) : null;
}
