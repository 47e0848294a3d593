import { nameKey } from '../../../../db/nameKey.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { PlaceRow } from '../../../common/rows.js';
import { planned } from '../../../../planner/index.js';

/** 0 for the place's own name, 1 for one of its aliases, 2 for whole words of either. */
const rank = (place: PlaceRow, key: string, exact: boolean) => (nameKey(place.name) === key ? 0 : exact ? 1 : 2);

export const placesByName: QueryResolvers['placesByName'] = async (_parent, { name }, context, info) => {
  const key = nameKey(name);
  if (!key) return [];
  // A key holds only letters, digits and single spaces, so it is safe inside a Lucene phrase.
  const phrase = `name:"${key}" OR aliasText:"${key}"`;
  const rows = await planned(context, info).read<{ place: PlaceRow; exact: boolean }>('placesByName', { key, phrase });
  // Stable: within a rank, the query's order (by name) stays.
  return rows
    .map((row) => ({ place: row.place, rank: rank(row.place, key, row.exact) }))
    .sort((x, y) => x.rank - y.rank)
    .map((row) => row.place);
};
