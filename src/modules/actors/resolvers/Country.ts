import type { CountryResolvers } from '../../../graphql/generated/resolvers.js';
import type { ActorRow, PlaceRow } from '../../common/rows.js';

const nodes = <Row>(rows: readonly { node: unknown }[]) => rows.map((row) => row.node as Row);

export const Country: CountryResolvers = {
  country: () => null,
  iso3: (country) => country.iso3 ?? '',
  iso2: (country) => country.iso2 ?? '',
  people: async (country, _args, { loaders }) =>
    nodes<ActorRow>(await loaders.incoming({ types: ['NATIONAL_OF'], labels: ['Person'] }).load(country.id)),
  organisations: async (country, _args, { loaders }) =>
    nodes<ActorRow>(
      await loaders.incoming({ types: ['BELONGS_TO', 'REPRESENTS'], labels: ['Organisation', 'Group'] }).load(country.id),
    ),
  memberships: async (country, _args, { loaders }) =>
    nodes<ActorRow>(await loaders.outgoing({ types: ['MEMBER_OF'], labels: ['Organisation'] }).load(country.id)),
  places: async (country, _args, { loaders }) =>
    nodes<PlaceRow>(await loaders.incoming({ types: ['LOCATED_IN'], labels: ['Place'] }).load(country.id)),
  capital: async (country, _args, { loaders }) =>
    nodes<PlaceRow>(await loaders.incoming({ types: ['CAPITAL_OF'], labels: ['Place'] }).load(country.id))[0] ?? null,
};
