import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { SourceRow } from '../../../common/rows.js';

export const sources: QueryResolvers['sources'] = async (_parent, _args, { db }) =>
  (await db.read<{ source: SourceRow }>('sources')).map((row) => row.source);
