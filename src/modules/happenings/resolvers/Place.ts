import type { PlaceResolvers } from '../../../graphql/generated/resolvers.js';
import { ownerPage, pageWindow } from '../../common/paging.js';
import { anyOf, listParams } from '../params.js';

/** A place's meetings, events and the claims about it, batched across all the places of a level. */
export const Place: PlaceResolvers = {
  meetings: (place, args, { loaders, limits }) =>
    ownerPage(loaders.happenings.meetingsInPlaces, place.id, listParams(args), pageWindow(args, limits.maxPageSize)),
  events: (place, args, { loaders, limits }) =>
    ownerPage(
      loaders.happenings.eventsInPlaces,
      place.id,
      { ...listParams(args), kinds: anyOf(args.kinds) },
      pageWindow(args, limits.maxPageSize),
    ),
  claimsAbout: (place, args, { loaders, limits }) =>
    ownerPage(
      loaders.happenings.claimsAboutNodes,
      place.id,
      { ...listParams(args), kinds: anyOf(args.kinds) },
      pageWindow(args, limits.maxPageSize),
    ),
};
