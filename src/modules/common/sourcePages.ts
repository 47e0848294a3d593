import type { Context } from '../../context.js';
import { ownerList, type OwnerList } from './ownerLists.js';
import { pageWindow, toConnection, type PageArgs } from './paging.js';
import type { NodeRow, ProvenanceRow, SourceRow } from './rows.js';

/**
 * The sources that state or mention a node (SUPPORTED_BY), a page at a time: background first,
 * then by publication. Paged in the store, so a country many dataset files mention never comes
 * whole into the API's memory.
 */
export const sourcesList = {
  family: 'nodeSources',
  filters: () => ({}),
} as const satisfies OwnerList<PageArgs>;

/** One page of a node's sources. */
export const sourcesPage = (node: NodeRow, args: PageArgs, context: Context) => ownerList<SourceRow>(context, sourcesList, node.id, args);

/**
 * One page of the sources a fact relationship names (its sourceIds, which the loader keeps
 * oldest publication first, background first): only the page's sources are loaded.
 */
export async function relationshipSourcesPage(rel: ProvenanceRow, args: PageArgs, { loaders, limits }: Context) {
  const window = pageWindow(args, limits.maxPageSize);
  const ids = rel.sourceIds ?? (rel.sourceId ? [rel.sourceId] : []);
  const found = await loaders.nodeById.loadMany(ids.slice(window.skip, window.skip + window.limit));
  const rows = found.flatMap((entry) => (entry && !(entry instanceof Error) ? [entry.node as unknown as SourceRow] : []));
  return toConnection({ total: ids.length, rows }, window);
}
