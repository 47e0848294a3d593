import { hopIn, hopOut, type FetchTable, type FieldFetch } from '../../planner/fetches.js';
import { discrepanciesFetch, provenanceFetches, reportCountFetch, reportedInFetch, sourceCountFetch, sourcesFetch } from '../common/fetches.js';
import { listFetch } from '../common/ownerLists.js';
import { actorLists, placeLists } from './lists.js';
import { actorLabels, claimFilterReads } from './neighbours.js';

/** A meeting's or event's participants, with the sources and quotes each participation names. */
export const participantsFetch = {
  ...hopIn(['PARTICIPATED_IN'], actorLabels),
  onto: { actor: 'node', source: { relRef: 'sourceIds' }, sources: { relRef: 'sourceIds' }, sourceCount: { relRef: 'sourceIds' }, evidence: { relRef: 'evidenceIds' } },
  asOfRefs: [{ on: 'rel', property: 'sourceIds' }],
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
  },
  Quantity: { discrepancies: [discrepanciesFetch] },
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
