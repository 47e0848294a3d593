import type { DyadSort, QueryResolvers, RelationSummary } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, toConnection } from '../../../common/paging.js';
import { timeParams } from '../../../common/time.js';
import type { DyadQueryRow, DyadRow } from '../../rows.js';
import { countedStatuses, summarise } from '../../summary.js';
import { planned } from '../../../../planner/index.js';

const byMeasure: Record<DyadSort, (summary: RelationSummary) => number> = {
  MOST_ACTIVE: (summary) => -summary.total,
  MOST_COOPERATIVE: (summary) => -summary.goldsteinSum,
  MOST_CONFLICTUAL: (summary) => summary.goldsteinSum,
};

const byIds = (x: DyadRow, y: DyadRow): number =>
  x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : x.b.id < y.b.id ? -1 : x.b.id > y.b.id ? 1 : 0;

/**
 * Every pair of countries with something between them (cypher/queries/dyads.cypher), ordered by
 * their summaries: the query tallies each pair's happenings as relations does, the summary
 * weighs the tallies in code, so the pairs are ranked here, ties by the countries' ids.
 */
export const dyads: QueryResolvers['dyads'] = async (_parent, { time, status, sources, sort, first, after }, context, info) => {
  const window = pageWindow({ first, after }, context.limits.maxPageSize, 20);
  const rows = await planned(context, info).read<DyadQueryRow>('dyads', { status: status ? [...status] : null, sources: sources ? [...sources] : null, ...timeParams(time) });
  const counted = countedStatuses(status);
  const measure = byMeasure[sort ?? 'MOST_ACTIVE'];
  const ranked = rows
    .map((row) => ({ row: { ...row, counted }, key: measure(summarise({ ...row, counted })) }))
    .sort((x, y) => x.key - y.key || byIds(x.row, y.row))
    .map(({ row }) => row);
  return toConnection({ total: ranked.length, rows: ranked.slice(window.skip, window.skip + window.limit) }, window);
};
