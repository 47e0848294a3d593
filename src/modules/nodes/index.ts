import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { graphqlTypeOf } from './resolveType.js';
import { node } from './resolvers/Query/node.js';
import { nodes } from './resolvers/Query/nodes.js';

// Abstract types resolve from Neo4j labels; the schema guarantees only valid members reach here.
const resolveType = (row: { labels: string[] }) => graphqlTypeOf(row) as never;

export const nodeResolvers: Resolvers = {
  Query: { node, nodes },
  Node: { __resolveType: resolveType },
  Actor: { __resolveType: resolveType },
  Happening: { __resolveType: resolveType },
};
