import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { planned } from '../../../../planner/index.js';
import { pageWindow, toConnection } from '../../../common/paging.js';
import type { HappeningRow } from '../../../common/rows.js';
import { listParams } from '../../params.js';

/** The same query as Actor.timeline, for one actor; null when the id is not an actor (the query then has no row). */
export const timeline: QueryResolvers['timeline'] = async (_parent, { actor, status, time, sources, minSources, order, first, after }, context, info) => {
  const window = pageWindow({ first, after }, context.limits.maxPageSize, 50);
  const [row] = await planned(context, info).read<{ total: number; page: HappeningRow[] }>('timeline', {
    ...listParams({ status, time, order, sources, minSources }),
    ids: [actor],
    skip: window.skip,
    limit: window.limit,
  });
  return row ? toConnection({ total: row.total, rows: row.page }, window) : null;
};
