import type { CountryResolvers } from '../../../graphql/generated/resolvers.js';
import { nodesIn, nodesOut } from '../../common/neighbours.js';
import type { ActorRow, PlaceRow } from '../../common/rows.js';

export const Country: CountryResolvers = {
  country: () => null,
  iso3: (country) => country.iso3 ?? '',
  iso2: (country) => country.iso2 ?? '',
  people: (country, _args, context) => nodesIn<ActorRow>(context, country.id, { types: ['NATIONAL_OF'], labels: ['Person'] }),
  organisations: (country, _args, context) =>
    nodesIn<ActorRow>(context, country.id, { types: ['BELONGS_TO', 'REPRESENTS'], labels: ['Organisation', 'Group'] }),
  memberships: (country, _args, context) =>
    nodesOut<ActorRow>(context, country.id, { types: ['MEMBER_OF'], labels: ['Organisation'] }),
  places: (country, _args, context) => nodesIn<PlaceRow>(context, country.id, { types: ['LOCATED_IN'], labels: ['Place'] }),
  capital: async (country, _args, context) =>
    (await nodesIn<PlaceRow>(context, country.id, { types: ['CAPITAL_OF'], labels: ['Place'] }))[0] ?? null,
};
