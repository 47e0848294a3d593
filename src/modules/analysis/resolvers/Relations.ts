import type { RelationsResolvers } from '../../../graphql/generated/resolvers.js';
import { pageWindow, toConnection } from '../../common/paging.js';
import { summarise } from '../summary.js';
import { mergedTimeline } from '../timeline.js';

const aidKinds = new Set(['AID', 'LOAN']);

export const Relations: RelationsResolvers = {
  aid: (relations) => relations.events.filter((event) => aidKinds.has(event.eventKind)),
  alliances: (relations) => relations.events.filter((event) => event.eventKind === 'ALLIANCE_PROPOSAL'),
  timeline: (relations, { order, first, after }, context) => {
    const window = pageWindow({ first, after }, context.limits.maxPageSize, 50);
    const rows = mergedTimeline(relations, order === 'DESC');
    return toConnection({ total: rows.length, rows: rows.slice(window.skip, window.skip + window.limit) }, window);
  },
  summary: (relations) => summarise(relations),
};
