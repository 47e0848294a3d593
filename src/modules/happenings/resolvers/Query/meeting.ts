import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { meetingAsOf } from '../../../common/asOf.js';
import type { MeetingRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';

export const meeting: QueryResolvers['meeting'] = async (_parent, { id, asOf }, context) => {
  const found = await nodeOfType<MeetingRow>(id, context, 'Meeting');
  return found && asOf ? meetingAsOf(found, asOf, context) : found;
};
