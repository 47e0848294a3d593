import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { ClaimRow } from '../../../common/rows.js';
import { anyOf, listParams } from '../../params.js';
import { planned } from '../../../../planner/index.js';

export const claims: QueryResolvers['claims'] = (_parent, { filter, order, first, after }, context, info) => {
  const window = pageWindow({ first, after }, context.limits.maxPageSize);
  return readPage<ClaimRow>(
    planned(context, info),
    'claims',
    {
      ...listParams({ status: filter?.status, time: filter?.time, order, sources: filter?.sources, minSources: filter?.minSources }, 'filter'),
      speaker: filter?.speaker ?? null,
      target: filter?.target ?? null,
      kinds: anyOf(filter?.kinds),
      modes: anyOf(filter?.modes),
    },
    window,
  );
};
