import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { connections } from './resolvers/Query/connections.js';
import { dyads } from './resolvers/Query/dyads.js';
import { relations } from './resolvers/Query/relations.js';
import { search } from './resolvers/Query/search.js';
import { Dyad } from './resolvers/Dyad.js';
import { Relations } from './resolvers/Relations.js';

export const analysisResolvers: Resolvers = {
  Query: { relations, dyads, connections, search },
  Relations,
  Dyad,
};
