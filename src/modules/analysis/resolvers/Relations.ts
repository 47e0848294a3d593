import type { RelationsResolvers } from '../../../graphql/generated/resolvers.js';
import { summarise } from '../summary.js';

const aidKinds = new Set(['AID', 'LOAN']);

export const Relations: RelationsResolvers = {
  aid: (relations) => relations.events.filter((event) => aidKinds.has(event.eventKind)),
  alliances: (relations) => relations.events.filter((event) => event.eventKind === 'ALLIANCE_PROPOSAL'),
  summary: (relations) => summarise(relations),
};
