import type { ParticipantRole, ParticipationResolvers } from '../../../graphql/generated/resolvers.js';
import { evidenceOfRelationship, sourceOfRelationship } from '../../common/provenance.js';

export const Participation: ParticipationResolvers = {
  actor: (participation) => participation.actor,
  role: (participation) => (participation.rel.role ?? 'PARTICIPANT') as ParticipantRole,
  source: (participation, _args, context) => sourceOfRelationship(participation.rel, context),
  evidence: (participation, _args, context) => evidenceOfRelationship(participation.rel, context),
};
