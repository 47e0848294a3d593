import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { EventRow } from '../../../common/rows.js';
import { rootNodeOfType } from '../../../nodes/byId.js';

export const event: QueryResolvers['event'] = (_parent, { id }, context, info) =>
  rootNodeOfType<EventRow>(id, context, info, 'Event');
