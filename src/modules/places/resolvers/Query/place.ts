import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { PlaceRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';

export const place: QueryResolvers['place'] = (_parent, { id }, context) => nodeOfType<PlaceRow>(id, context, 'Place');
