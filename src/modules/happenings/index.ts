import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { ClaimAccount, EventAccount, LinkAccount, PlaceAccount, PlaceCountryHistory, QuantityAccount, meetingPlaceHistory } from './resolvers/accounts.js';
import { actorHappeningFields } from './resolvers/actorHappenings.js';
import { CameoCode } from './resolvers/CameoCode.js';
import { Claim } from './resolvers/Claim.js';
import { ClaimTarget } from './resolvers/ClaimTarget.js';
import { Country } from './resolvers/Country.js';
import { Event } from './resolvers/Event.js';
import { Meeting } from './resolvers/Meeting.js';
import { MeetingReport } from './resolvers/MeetingReport.js';
import { MeetingRequest } from './resolvers/MeetingRequest.js';
import { Participation } from './resolvers/Participation.js';
import { Place } from './resolvers/Place.js';
import { Quantity } from './resolvers/Quantity.js';
import { claim } from './resolvers/Query/claim.js';
import { claims } from './resolvers/Query/claims.js';
import { event } from './resolvers/Query/event.js';
import { events } from './resolvers/Query/events.js';
import { happenings } from './resolvers/Query/happenings.js';
import { meeting } from './resolvers/Query/meeting.js';
import { meetings } from './resolvers/Query/meetings.js';
import { meetingsBetween } from './resolvers/Query/meetingsBetween.js';
import { timeline } from './resolvers/Query/timeline.js';

/** Meetings, events and claims, and the happening fields of actors and places (merged field by field). */
export const happeningsResolvers: Resolvers = {
  Query: { meeting, meetings, meetingsBetween, event, events, claim, claims, happenings, timeline },
  // A meeting's place links, each source's account (resolvers/accounts.ts).
  Meeting: { ...Meeting, ...meetingPlaceHistory },
  Event,
  Claim,
  Participation,
  MeetingRequest,
  MeetingReport,
  ClaimTarget,
  Quantity,
  CameoCode,
  Person: actorHappeningFields,
  Country: { ...actorHappeningFields, ...Country },
  Organisation: actorHappeningFields,
  Group: actorHappeningFields,
  Place,
  EventAccount,
  ClaimAccount,
  QuantityAccount,
  LinkAccount,
  PlaceAccount,
  PlaceCountry: PlaceCountryHistory,
};
