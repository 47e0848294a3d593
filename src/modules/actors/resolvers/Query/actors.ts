import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { ActorRow } from '../../../common/rows.js';
import { labelsOfKinds } from '../../kinds.js';
import { planned } from '../../../../planner/index.js';

export const actors: QueryResolvers['actors'] = (_parent, { kinds, named, first, after }, context, info) =>
  readPage<ActorRow>(
    planned(context, info),
    'actorsPage',
    { labels: labelsOfKinds(kinds), named: named ?? null },
    pageWindow({ first, after }, context.limits.maxPageSize),
  );
