import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { PlaceRow } from '../../../common/rows.js';
import { rootNodeOfType } from '../../../nodes/byId.js';

export const place: QueryResolvers['place'] = (_parent, { id }, context, info) =>
  rootNodeOfType<PlaceRow>(id, context, info, 'Place');
