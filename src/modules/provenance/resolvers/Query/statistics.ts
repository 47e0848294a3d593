import type { GraphStatistics, QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { planned } from '../../../../planner/index.js';

export const statistics: QueryResolvers['statistics'] = async (_parent, _args, context, info) => {
  const [row] = await planned(context, info).read<{ statistics: GraphStatistics }>('statistics');
  if (!row) throw new Error('the statistics query returned no row');
  return row.statistics;
};
