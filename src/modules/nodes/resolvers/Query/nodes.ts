import { badInput } from '../../../../errors.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

const maxIds = 100;

export const nodes: QueryResolvers['nodes'] = async (_parent, { ids }, { loaders }) => {
  if (ids.length > maxIds) throw badInput(`ids may list at most ${maxIds} ids; got ${ids.length}`, 'ids');
  const found = await loaders.nodeById.loadMany(ids);
  return found.map((entry) => (entry instanceof Error ? Promise.reject(entry) : entry?.node ?? null));
};
