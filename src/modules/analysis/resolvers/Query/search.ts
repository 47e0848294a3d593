import type { QueryResolvers, SearchKind } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, toConnection } from '../../../common/paging.js';
import { searchQuery } from '../../lucene.js';
import type { SearchHitRow } from '../../rows.js';

const labelOfKind: Readonly<Record<SearchKind, string>> = {
  ACTOR: 'Actor',
  PLACE: 'Place',
  MEETING: 'Meeting',
  EVENT: 'Event',
  CLAIM: 'Claim',
};

export const search: QueryResolvers['search'] = async (_parent, { text, kinds, first, after }, { db, limits }) => {
  const query = searchQuery(text);
  const window = pageWindow({ first, after }, limits.maxPageSize);
  const labels = (kinds?.length ? kinds : (Object.keys(labelOfKind) as SearchKind[])).map((kind) => labelOfKind[kind]);
  const [page] = await db.read<{ total: number; page: SearchHitRow[] }>('search', {
    query,
    labels,
    skip: window.skip,
    limit: window.limit,
  });
  return toConnection({ total: page?.total ?? 0, rows: page?.page ?? [] }, window);
};
