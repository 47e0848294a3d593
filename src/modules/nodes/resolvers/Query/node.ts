import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { loadNodes } from '../../byId.js';

export const node: QueryResolvers['node'] = async (_parent, { id }, context, info) => {
  await loadNodes(context, info, [id]);
  return (await context.loaders.nodeById.load(id))?.node ?? null;
};
