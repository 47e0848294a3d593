import type { MeetingRequestResolvers } from '../../../graphql/generated/resolvers.js';
import { evidenceOfRelationship } from '../../common/provenance.js';
import type { ActorRow, ClaimRow } from '../../common/rows.js';
import { nodeOfType } from '../../nodes/byId.js';

/** A REQUESTED relationship: the requester, and the claim behind it when the request is only claimed. */
export const MeetingRequest: MeetingRequestResolvers = {
  actor: (request) => request.node as unknown as ActorRow,
  claim: (request, _args, context) => (request.rel.claimId ? nodeOfType<ClaimRow>(request.rel.claimId, context, 'Claim') : null),
  evidence: (request, _args, context) => evidenceOfRelationship(request.rel, 'REQUESTED', context),
};
