import { nameKey } from '../../../../db/nameKey.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { PlaceRow } from '../../../common/rows.js';
import { planned } from '../../../../planner/index.js';

export const placesByName: QueryResolvers['placesByName'] = async (_parent, { name }, context, info) => {
  const key = nameKey(name);
  if (!key) return [];
  const rows = await planned(context, info).read<{ place: PlaceRow }>('placesByName', { key });
  return rows.map((row) => row.place);
};
