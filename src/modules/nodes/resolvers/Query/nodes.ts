import { badInput } from '../../../../errors.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { loadNodes } from '../../byId.js';

const maxIds = 100;

export const nodes: QueryResolvers['nodes'] = async (_parent, { ids }, context, info) => {
  if (ids.length > maxIds) throw badInput(`ids may list at most ${maxIds} ids; got ${ids.length}`, 'ids');
  await loadNodes(context, info, ids);
  const found = await context.loaders.nodeById.loadMany(ids);
  return found.map((entry) => (entry instanceof Error ? Promise.reject(entry) : entry?.node ?? null));
};
