import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

export const node: QueryResolvers['node'] = async (_parent, { id }, { loaders }) =>
  (await loaders.nodeById.load(id))?.node ?? null;
