import type { RelationsResolvers } from '../../../graphql/generated/resolvers.js';
import { toConnection } from '../../common/paging.js';
import { gathered, timelineWindow, timelinePage } from '../parts.js';
import { summarise } from '../summary.js';

const aidKinds = new Set(['AID', 'LOAN']);

/** The root query gathered each part its selection asks for; see parts.ts for one it did not. */
export const Relations: RelationsResolvers = {
  meetings: async (relations, _args, context) => (await gathered(relations, context, 'meetings')).meetings,
  events: async (relations, _args, context) => (await gathered(relations, context, 'events')).events,
  aid: async (relations, _args, context) => (await gathered(relations, context, 'events')).events.filter((event) => aidKinds.has(event.eventKind)),
  alliances: async (relations, _args, context) =>
    (await gathered(relations, context, 'events')).events.filter((event) => event.eventKind === 'ALLIANCE_PROPOSAL'),
  claims: async (relations, _args, context) => (await gathered(relations, context, 'claims')).claims,
  timeline: async (relations, args, context) => {
    const window = timelineWindow(args, context.limits.maxPageSize);
    const { total, page } = await timelinePage(relations, context, window);
    return toConnection({ total, rows: page }, window);
  },
  summary: async (relations, _args, context) => summarise({ tallies: (await gathered(relations, context, 'summary')).tallies, counted: relations.counted }),
};
