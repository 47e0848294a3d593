import type { Context } from '../../../context.js';
import type {
  ActorClaimsAboutArgs,
  ActorClaimsMadeArgs,
  ActorEventsArgs,
  ActorMeetingsArgs,
  ActorTimelineArgs,
} from '../../../graphql/generated/resolvers.js';
import { ownerPage, pageWindow } from '../../common/paging.js';
import type { ActorRow } from '../../common/rows.js';
import { anyOf, listParams } from '../params.js';

/**
 * The happening fields every kind of actor answers alike, each batched across all the actors
 * of a level. Meetings, events and claims about a country include those of its people and
 * organisations (see the Cypher); claims made and the timeline are the actor's own.
 */
export const actorHappeningFields = {
  meetings: (actor: ActorRow, args: ActorMeetingsArgs, { loaders, limits }: Context) =>
    ownerPage(loaders.happenings.meetingsOfActors, actor.id, listParams(args), pageWindow(args, limits.maxPageSize)),
  events: (actor: ActorRow, args: ActorEventsArgs, { loaders, limits }: Context) =>
    ownerPage(
      loaders.happenings.eventsOfActors,
      actor.id,
      { ...listParams(args), roles: anyOf(args.roles), kinds: anyOf(args.kinds) },
      pageWindow(args, limits.maxPageSize),
    ),
  claimsMade: (actor: ActorRow, args: ActorClaimsMadeArgs, { loaders, limits }: Context) =>
    ownerPage(
      loaders.happenings.claimsMadeByActors,
      actor.id,
      { ...listParams(args), kinds: anyOf(args.kinds) },
      pageWindow(args, limits.maxPageSize),
    ),
  claimsAbout: (actor: ActorRow, args: ActorClaimsAboutArgs, { loaders, limits }: Context) =>
    ownerPage(
      loaders.happenings.claimsAboutNodes,
      actor.id,
      { ...listParams(args), kinds: anyOf(args.kinds) },
      pageWindow(args, limits.maxPageSize),
    ),
  timeline: (actor: ActorRow, args: ActorTimelineArgs, { loaders, limits }: Context) =>
    ownerPage(loaders.happenings.timeline, actor.id, listParams(args), pageWindow(args, limits.maxPageSize, 50)),
};
