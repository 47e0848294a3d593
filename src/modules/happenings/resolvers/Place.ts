import type { PlaceResolvers } from '../../../graphql/generated/resolvers.js';
import { ownerList } from '../../common/ownerLists.js';
import type { ClaimRow, EventRow, MeetingRow } from '../../common/rows.js';
import { placeLists } from '../lists.js';

/** A place's meetings, events and the claims about it, batched across all the places of a level. */
export const Place: PlaceResolvers = {
  meetings: (place, args, context) => ownerList<MeetingRow>(context, placeLists.meetings, place.id, args),
  events: (place, args, context) => ownerList<EventRow>(context, placeLists.events, place.id, args),
  claimsAbout: (place, args, context) => ownerList<ClaimRow>(context, placeLists.claimsAbout, place.id, args),
};
