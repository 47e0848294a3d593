import { hopIn, hopOut, type FetchTable, type FieldFetch, type HopFetch } from '../../planner/fetches.js';
import { eventPlaceHops, meetingPlaceHops, type PlaceHop } from '../common/accounts.js';
import { discrepanciesFetch, provenanceFetches, reportCountFetch, reportedInFetch, sourceCountFetch, sourcesFetch } from '../common/fetches.js';
import { listFetch } from '../common/ownerLists.js';
import { actorLists, placeLists } from './lists.js';
import { actorLabels, claimFilterReads } from './neighbours.js';

/** A meeting's or event's participants, with the sources and quotes each participation names. */
export const participantsFetch = {
  ...hopIn(['PARTICIPATED_IN'], actorLabels),
  onto: { actor: 'node', source: { relRef: 'sourceIds' }, sources: { relRef: 'sourceIds', paged: true }, sourceCount: { relRef: 'sourceIds' }, evidence: { relRef: 'evidenceIds' } },
} as const satisfies FieldFetch;

const place = hopOut(['TAKES_PLACE_IN'], ['Place']);
/** Named directly, or the country the place lies in. */
const country = [hopOut(['TAKES_PLACE_IN'], ['Country']), { ...place, then: [hopOut(['LOCATED_IN'], ['Country'])] }];
const quantities = [hopOut(['HAS_QUANTITY'], ['Quantity'])];
const claimsAbout = [hopIn(['ABOUT'], ['Claim'], { reads: claimFilterReads })];

const actorListFetches = {
  meetings: [listFetch(actorLists.meetings)],
  events: [listFetch(actorLists.events)],
  claimsMade: [listFetch(actorLists.claimsMade)],
  claimsAbout: [listFetch(actorLists.claimsAbout)],
  timeline: [listFetch(actorLists.timeline)],
};

/**
 * Each source's account of a fact node (`history`): its SUPPORTED_BY, which holds the source's
 * assertion, and the source; the account's quotes (and an event's participants) are the node's
 * own, kept to that source, so they are fetched as if asked of the node.
 */
const accounts = (throughNode: readonly string[]): HopFetch => ({
  ...sourcesFetch,
  onto: { source: 'node', ...Object.fromEntries(throughNode.map((field) => [field, { parentField: field }])) },
});

/**
 * Each source's account of where (`placeHistory`): every place link, with the sources and quotes
 * it names; as of a day its sources decide which accounts count.
 */
const placeAccounts = (hops: readonly PlaceHop[]): HopFetch[] =>
  hops.map(({ role, types, labels }) => ({
    ...hopOut(types, labels),
    onto: { [role]: 'node', source: { relRef: 'sourceIds' }, published: { relRef: 'sourceIds' }, evidence: { relRef: 'evidenceIds' } },
  }));

const aid = (roles: readonly string[]): FieldFetch => ({ kind: 'group', family: 'aidOfCountries', column: 'event', params: () => ({ roles: [...roles] }) });

/** What meetings, events, claims and the happening lists of actors and places load. */
export const happeningFetches: FetchTable = {
  Meeting: {
    ...provenanceFetches,
    participants: [participantsFetch],
    place: [place],
    country,
    forum: [hopOut(['HELD_AT'], ['Organisation'])],
    announcedBy: [hopIn(['ANNOUNCED'], actorLabels)],
    requestedBy: [{ ...hopIn(['REQUESTED'], actorLabels), onto: { actor: 'node', claim: { relRef: 'claimId' }, evidence: { relRef: 'evidenceIds' } } }],
    notConfirmedBy: [hopIn(['DID_NOT_CONFIRM'], actorLabels)],
    claimsAbout,
    quantities,
    sourceCount: [sourceCountFetch],
    history: [{ ...sourcesFetch, onto: { source: 'node', participants: { parentField: 'participants' } } }],
    placeHistory: placeAccounts(meetingPlaceHops),
  },
  Event: {
    ...provenanceFetches,
    participants: [participantsFetch],
    place: [place],
    country,
    quantities,
    causes: [hopIn(['CAUSED'], ['Event'])],
    consequences: [hopOut(['CAUSED'], ['Event'])],
    conditionalOn: [hopOut(['CONDITIONAL_ON'], ['Event'])],
    conditionFor: [hopIn(['CONDITIONAL_ON'], ['Event'])],
    claimsAbout,
    sourceCount: [sourceCountFetch],
    history: [accounts(['evidence', 'participants'])],
    placeHistory: placeAccounts(eventPlaceHops),
  },
  Claim: {
    evidence: provenanceFetches['evidence']!,
    speakers: [hopIn(['ASSERTED'], actorLabels)],
    reportedIn: [reportedInFetch],
    sourceCount: [reportCountFetch],
    about: [{ ...hopOut(['ABOUT']), onto: { node: 'node' } }],
    quantities,
    echoes: [hopOut(['ECHOES'], ['Claim'], { reads: claimFilterReads })],
    echoedBy: [hopIn(['ECHOES'], ['Claim'], { reads: claimFilterReads })],
    respondsTo: [hopOut(['RESPONDS_TO'], ['Claim'], { reads: claimFilterReads })],
    responses: [hopIn(['RESPONDS_TO'], ['Claim'], { reads: claimFilterReads })],
    discrepancies: [discrepanciesFetch],
    history: [accounts(['evidence'])],
  },
  Quantity: { ...provenanceFetches, history: [accounts(['evidence'])] },
  Person: actorListFetches,
  Organisation: actorListFetches,
  Group: actorListFetches,
  Country: { ...actorListFetches, aidGiven: [aid(['SOURCE'])], aidReceived: [aid(['BENEFICIARY', 'TARGET'])] },
  Place: {
    meetings: [listFetch(placeLists.meetings)],
    events: [listFetch(placeLists.events)],
    claimsAbout: [listFetch(placeLists.claimsAbout)],
  },
};
