import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { MeetingRow } from '../../../common/rows.js';
import { rootNodeOfType } from '../../../nodes/byId.js';

// As of a day, the request's context sees the meeting as the sources published by then had it.
export const meeting: QueryResolvers['meeting'] = (_parent, { id }, context, info) => rootNodeOfType<MeetingRow>(id, context, info, 'Meeting');
