import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { EventRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';

export const event: QueryResolvers['event'] = (_parent, { id }, context) => nodeOfType<EventRow>(id, context, 'Event');
