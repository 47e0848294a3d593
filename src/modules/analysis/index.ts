import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { connections } from './resolvers/Query/connections.js';
import { relations } from './resolvers/Query/relations.js';
import { search } from './resolvers/Query/search.js';
import { Relations } from './resolvers/Relations.js';

export const analysisResolvers: Resolvers = {
  Query: { relations, connections, search },
  Relations,
};
