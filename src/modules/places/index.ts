import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { Place, PlaceCountry } from './resolvers/Place.js';
import { place } from './resolvers/Query/place.js';
import { placesByName } from './resolvers/Query/placesByName.js';

export const placeResolvers: Resolvers = {
  Query: { place, placesByName },
  Place,
  PlaceCountry,
};
