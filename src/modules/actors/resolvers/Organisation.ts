import type { OrganisationKind, OrganisationResolvers } from '../../../graphql/generated/resolvers.js';
import { firstOut, nodesIn } from '../../common/neighbours.js';
import type { ActorRow, PlaceRow } from '../../common/rows.js';

export const Organisation: OrganisationResolvers = {
  organisationKind: (organisation) => (organisation.orgKind as OrganisationKind | null | undefined) ?? null,
  partOf: (organisation, _args, context) =>
    firstOut<ActorRow>(context, organisation.id, { types: ['PART_OF'], labels: ['Organisation'] }),
  units: (organisation, _args, context) =>
    nodesIn<ActorRow>(context, organisation.id, { types: ['PART_OF'], labels: ['Organisation'] }),
  members: (organisation, _args, context) =>
    nodesIn<ActorRow>(context, organisation.id, { types: ['MEMBER_OF'], labels: ['Country'] }),
  // The graph holds only the member countries its sources mention, never a whole membership.
  membersComplete: () => false,
  location: (organisation, _args, context) =>
    firstOut<PlaceRow>(context, organisation.id, { types: ['LOCATED_IN'], labels: ['Place'] }),
};
