import type { Resolvers } from '../../graphql/generated/resolvers.js';

export const meetingResolvers: Resolvers = {
  Meeting: {
    participants: (meeting, _args, { loaders }) => loaders.participantsOfMeeting.load(meeting.id),
  },
};
