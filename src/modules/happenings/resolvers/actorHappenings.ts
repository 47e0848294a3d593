import type { Context } from '../../../context.js';
import type {
  ActorClaimsAboutArgs,
  ActorClaimsMadeArgs,
  ActorEventsArgs,
  ActorMeetingsArgs,
  ActorTimelineArgs,
} from '../../../graphql/generated/resolvers.js';
import { ownerList } from '../../common/ownerLists.js';
import type { ActorRow, ClaimRow, EventRow, HappeningRow, MeetingRow } from '../../common/rows.js';
import { actorLists } from '../lists.js';

/** The happening fields every kind of actor answers alike, each batched across all the actors of a level. */
export const actorHappeningFields = {
  meetings: (actor: ActorRow, args: ActorMeetingsArgs, context: Context) => ownerList<MeetingRow, ActorMeetingsArgs>(context, actorLists.meetings, actor.id, args),
  events: (actor: ActorRow, args: ActorEventsArgs, context: Context) => ownerList<EventRow, ActorEventsArgs>(context, actorLists.events, actor.id, args),
  claimsMade: (actor: ActorRow, args: ActorClaimsMadeArgs, context: Context) => ownerList<ClaimRow, ActorClaimsMadeArgs>(context, actorLists.claimsMade, actor.id, args),
  claimsAbout: (actor: ActorRow, args: ActorClaimsAboutArgs, context: Context) => ownerList<ClaimRow, ActorClaimsAboutArgs>(context, actorLists.claimsAbout, actor.id, args),
  timeline: (actor: ActorRow, args: ActorTimelineArgs, context: Context) => ownerList<HappeningRow, ActorTimelineArgs>(context, actorLists.timeline, actor.id, args),
};
