import type { QueryResolvers, SearchKind } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import { searchQuery, searchTerms, someWordsQuery } from '../../lucene.js';
import type { SearchHitRow } from '../../rows.js';
import { planned } from '../../../../planner/index.js';

const labelOfKind: Readonly<Record<SearchKind, string>> = {
  ACTOR: 'Actor',
  PLACE: 'Place',
  MEETING: 'Meeting',
  EVENT: 'Event',
  CLAIM: 'Claim',
};

export const search: QueryResolvers['search'] = (_parent, { text, kinds, first, after }, context, info) => {
  const query = searchQuery(text);
  const someWords = someWordsQuery(text);
  const window = pageWindow({ first, after }, context.limits.maxPageSize);
  // No kinds means every kind the index holds, so no hit needs its labels checked.
  const labels = kinds?.length ? kinds.map((kind) => labelOfKind[kind]) : null;
  return readPage<SearchHitRow>(planned(context, info), 'search', { query, someWords, words: searchTerms(text), labels }, window);
};
