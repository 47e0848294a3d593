import type {
  ActorClaimsAboutArgs,
  ActorClaimsMadeArgs,
  ActorEventsArgs,
  ActorMeetingsArgs,
  ActorTimelineArgs,
  PlaceClaimsAboutArgs,
  PlaceEventsArgs,
  PlaceMeetingsArgs,
} from '../../graphql/generated/resolvers.js';
import type { OwnerList } from '../common/ownerLists.js';
import { anyOf, listParams } from './params.js';

/**
 * The happening lists of actors and places. Meetings, events and claims about a country include
 * those of its people and organisations (see the Cypher); claims made and the timeline are the
 * actor's own.
 */
export const actorLists = {
  meetings: { family: 'meetingsOfActors', filters: (args: ActorMeetingsArgs) => listParams(args) },
  events: {
    family: 'eventsOfActors',
    filters: (args: ActorEventsArgs) => ({ ...listParams(args), roles: anyOf(args.roles), kinds: anyOf(args.kinds) }),
  },
  claimsMade: { family: 'claimsMadeByActors', filters: (args: ActorClaimsMadeArgs) => ({ ...listParams(args), kinds: anyOf(args.kinds) }) },
  claimsAbout: { family: 'claimsAboutNodes', filters: (args: ActorClaimsAboutArgs) => ({ ...listParams(args), kinds: anyOf(args.kinds) }) },
  timeline: { family: 'timeline', filters: (args: ActorTimelineArgs) => listParams(args), defaultSize: 50 },
} as const satisfies Record<string, OwnerList<never>>;

export const placeLists = {
  meetings: { family: 'meetingsInPlaces', filters: (args: PlaceMeetingsArgs) => listParams(args) },
  events: { family: 'eventsInPlaces', filters: (args: PlaceEventsArgs) => ({ ...listParams(args), kinds: anyOf(args.kinds) }) },
  claimsAbout: { family: 'claimsAboutNodes', filters: (args: PlaceClaimsAboutArgs) => ({ ...listParams(args), kinds: anyOf(args.kinds) }) },
} as const satisfies Record<string, OwnerList<never>>;
