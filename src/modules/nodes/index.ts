import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { graphqlTypeOf } from './resolveType.js';
import { node } from './resolvers/Query/node.js';

export const nodeResolvers: Resolvers = {
  Query: { node },
  Node: { __resolveType: (row) => graphqlTypeOf(row) as never },
};
