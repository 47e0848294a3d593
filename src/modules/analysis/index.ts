import type { Resolvers } from '../../graphql/generated/resolvers.js';

export const analysisResolvers: Resolvers = {};
