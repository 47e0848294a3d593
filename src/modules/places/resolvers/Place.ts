import type { PlaceCountryResolvers, PlaceKind, PlaceResolvers } from '../../../graphql/generated/resolvers.js';
import type { ActorRow, PlaceRow } from '../../common/rows.js';
import { firstOut } from '../../common/neighbours.js';
import { provenanceFields, sourceOfRelationship } from '../../common/provenance.js';

export const Place: PlaceResolvers = {
  aliases: (place) => place.aliases ?? [],
  kind: (place) => (place.placeKind as PlaceKind | null | undefined) ?? null,
  wikidataId: (place) => place.wikidata ?? null,
  countries: (place, _args, { loaders }) => loaders.outgoing({ types: ['LOCATED_IN'], labels: ['Country'] }).load(place.id),
  within: (place, _args, context) => firstOut<PlaceRow>(context, place.id, { types: ['LOCATED_IN', 'PART_OF'], labels: ['Place'] }),
  capitalOf: (place, _args, context) => firstOut<ActorRow>(context, place.id, { types: ['CAPITAL_OF'], labels: ['Country'] }),
  ...provenanceFields,
};

export const PlaceCountry: PlaceCountryResolvers = {
  country: (link) => link.node as unknown as ActorRow,
  contested: (link) => link.rel.contested ?? false,
  source: (link, _args, context) => sourceOfRelationship(link.rel, context),
};
