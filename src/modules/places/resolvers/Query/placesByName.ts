import { nameKey } from '../../../../db/nameKey.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { PlaceRow } from '../../../common/rows.js';

export const placesByName: QueryResolvers['placesByName'] = async (_parent, { name }, { db }) => {
  const key = nameKey(name);
  if (!key) return [];
  const rows = await db.read<{ place: PlaceRow }>('placesByName', { key });
  return rows.map((row) => row.place);
};
