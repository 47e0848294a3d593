import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { MeetingRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';

export const meeting: QueryResolvers['meeting'] = (_parent, { id }, context) => nodeOfType<MeetingRow>(id, context, 'Meeting');
