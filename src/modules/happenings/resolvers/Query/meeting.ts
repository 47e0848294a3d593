import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { meetingAsOf } from '../../../common/asOf.js';
import { sourcesFetch } from '../../../common/fetches.js';
import type { MeetingRow } from '../../../common/rows.js';
import { loadNodes, nodeOfType } from '../../../nodes/byId.js';

export const meeting: QueryResolvers['meeting'] = async (_parent, { id, asOf }, context, info) => {
  // As of a day, the meeting's own reports (its sources) decide its status and time.
  await loadNodes(context, info, [id], asOf ? { asOf: true, rootHops: [sourcesFetch] } : {});
  const found = await nodeOfType<MeetingRow>(id, context, 'Meeting');
  return found && asOf ? meetingAsOf(found, asOf, context) : found;
};
