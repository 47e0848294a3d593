import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { Discrepancy } from './resolvers/Discrepancy.js';
import { Evidence } from './resolvers/Evidence.js';
import { discrepancies } from './resolvers/Query/discrepancies.js';
import { source } from './resolvers/Query/source.js';
import { sources } from './resolvers/Query/sources.js';
import { statistics } from './resolvers/Query/statistics.js';
import { Source } from './resolvers/Source.js';

export const provenanceResolvers: Resolvers = {
  Query: { sources, source, discrepancies, statistics },
  Source,
  Evidence,
  Discrepancy,
};
