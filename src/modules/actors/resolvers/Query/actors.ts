import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, toConnection, type Page } from '../../../common/paging.js';
import type { ActorRow } from '../../../common/rows.js';
import { labelsOfKinds } from '../../kinds.js';

export const actors: QueryResolvers['actors'] = async (_parent, { kinds, first, after }, { db, limits }) => {
  const window = pageWindow({ first, after }, limits.maxPageSize);
  const [page] = await db.read<Page<ActorRow> & { page: ActorRow[] }>('actorsPage', {
    labels: labelsOfKinds(kinds),
    skip: window.skip,
    limit: window.limit,
  });
  return toConnection({ total: page?.total ?? 0, rows: page?.page ?? [] }, window);
};
