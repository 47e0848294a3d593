import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { SourceRow } from '../../../common/rows.js';
import { planned } from '../../../../planner/index.js';

export const sources: QueryResolvers['sources'] = async (_parent, _args, context, info) =>
  (await planned(context, info).read<{ source: SourceRow }>('sources')).map((row) => row.source);
