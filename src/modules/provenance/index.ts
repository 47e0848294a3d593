import type { Resolvers } from '../../graphql/generated/resolvers.js';

export const provenanceResolvers: Resolvers = {};
