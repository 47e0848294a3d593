import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { EventRow } from '../../../common/rows.js';
import { anyOf, cameoRootParams, listParams } from '../../params.js';
import { planned } from '../../../../planner/index.js';

export const events: QueryResolvers['events'] = (_parent, { filter, order, first, after }, context, info) => {
  const window = pageWindow({ first, after }, context.limits.maxPageSize);
  return readPage<EventRow>(
    planned(context, info),
    'events',
    {
      ...listParams({ status: filter?.status, time: filter?.time, order, sources: filter?.sources, minSources: filter?.minSources }, 'filter'),
      kinds: anyOf(filter?.kinds),
      participant: filter?.participant ?? null,
      roles: anyOf(filter?.roles),
      cameoRoots: cameoRootParams(filter?.cameoRoots),
      quadClasses: anyOf(filter?.quadClasses),
    },
    window,
  );
};
