import type { QueryResolvers, SearchKind } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import { searchQuery } from '../../lucene.js';
import type { SearchHitRow } from '../../rows.js';

const labelOfKind: Readonly<Record<SearchKind, string>> = {
  ACTOR: 'Actor',
  PLACE: 'Place',
  MEETING: 'Meeting',
  EVENT: 'Event',
  CLAIM: 'Claim',
};

export const search: QueryResolvers['search'] = (_parent, { text, kinds, first, after }, { db, limits }) => {
  const query = searchQuery(text);
  const window = pageWindow({ first, after }, limits.maxPageSize);
  const labels = (kinds?.length ? kinds : (Object.keys(labelOfKind) as SearchKind[])).map((kind) => labelOfKind[kind]);
  return readPage<SearchHitRow>(db, 'search', { query, labels }, window);
};
