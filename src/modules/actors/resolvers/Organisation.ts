import type { OrganisationKind, OrganisationResolvers } from '../../../graphql/generated/resolvers.js';
import type { ActorRow, PlaceRow } from '../../common/rows.js';

const nodes = <Row>(rows: readonly { node: unknown }[]) => rows.map((row) => row.node as Row);

export const Organisation: OrganisationResolvers = {
  organisationKind: (organisation) => (organisation.orgKind as OrganisationKind | null | undefined) ?? null,
  partOf: async (organisation, _args, { loaders }) =>
    nodes<ActorRow>(await loaders.outgoing({ types: ['PART_OF'], labels: ['Organisation'] }).load(organisation.id))[0] ?? null,
  units: async (organisation, _args, { loaders }) =>
    nodes<ActorRow>(await loaders.incoming({ types: ['PART_OF'], labels: ['Organisation'] }).load(organisation.id)),
  members: async (organisation, _args, { loaders }) =>
    nodes<ActorRow>(await loaders.incoming({ types: ['MEMBER_OF'], labels: ['Country'] }).load(organisation.id)),
  location: async (organisation, _args, { loaders }) =>
    nodes<PlaceRow>(await loaders.outgoing({ types: ['LOCATED_IN'], labels: ['Place'] }).load(organisation.id))[0] ?? null,
};
