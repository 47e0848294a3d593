import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { HappeningRow } from '../../../common/rows.js';
import { anyOf, listParams } from '../../params.js';
import { planned } from '../../../../planner/index.js';

export const happenings: QueryResolvers['happenings'] = (_parent, { filter, order, first, after }, context, info) => {
  const window = pageWindow({ first, after }, context.limits.maxPageSize, 50);
  return readPage<HappeningRow>(
    planned(context, info),
    'happenings',
    {
      ...listParams({ status: filter?.status, time: filter?.time, order, sources: filter?.sources, minSources: filter?.minSources }, 'filter'),
      kinds: anyOf(filter?.kinds),
      actor: filter?.actor ?? null,
    },
    window,
  );
};
