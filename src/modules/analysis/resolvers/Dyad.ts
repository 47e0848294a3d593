import type { DyadResolvers } from '../../../graphql/generated/resolvers.js';
import { summarise } from '../summary.js';

export const Dyad: DyadResolvers = {
  summary: (dyad) => summarise(dyad),
};
