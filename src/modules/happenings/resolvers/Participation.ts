import type { ParticipantRole, ParticipationResolvers } from '../../../graphql/generated/resolvers.js';
import { sourcesOfRelationship } from '../../common/asOf.js';
import { corroboratingCount, evidenceOfRelationship } from '../../common/provenance.js';
import type { ParticipationRow, SourceRow } from '../../common/rows.js';
import { relationshipSourcesPage } from '../../common/sourcePages.js';
import type { Context } from '../../../context.js';
import { codedActorOf } from '../coded.js';

export const Participation: ParticipationResolvers = {
  actor: (participation) => participation.actor,
  coded: (participation) => codedActorOf(participation.rel),
  role: (participation) => (participation.rel.role ?? 'PARTICIPANT') as ParticipantRole,
  source: async (participation, _args, context) => (await sourcesOfRelationship(participation.rel, context)).at(-1) ?? null,
  sources: (participation, args, context) => relationshipSourcesPage(participation.rel, args, context),
  sourceCount: async (participation, _args, context) => corroboratingCount(await sourcesOfRelationship(participation.rel, context)),
  evidence: (participation, _args, context) => evidenceOfRelationship(participation.rel, 'PARTICIPATED_IN', context),
};
