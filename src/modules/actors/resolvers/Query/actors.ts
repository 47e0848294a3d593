import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { ActorRow } from '../../../common/rows.js';
import { labelsOfKinds } from '../../kinds.js';

export const actors: QueryResolvers['actors'] = (_parent, { kinds, first, after }, { db, limits }) =>
  readPage<ActorRow>(db, 'actorsPage', { labels: labelsOfKinds(kinds) }, pageWindow({ first, after }, limits.maxPageSize));
