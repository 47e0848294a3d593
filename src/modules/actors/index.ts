import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { graphqlTypeOf } from '../nodes/resolveType.js';
import { actorFields } from './resolvers/actorFields.js';
import { actorsByName } from './resolvers/Query/actorsByName.js';

export const actorResolvers: Resolvers = {
  Query: { actorsByName },
  Actor: { __resolveType: (row) => graphqlTypeOf(row) as never },
  Person: { ...actorFields },
};
