import { accountsSelection } from '../common/accounts.js';
import { codedEventFields } from '../common/codedEvents.js';
import { evidenceFields } from '../common/evidence.js';
import { timeIntervalFields } from '../common/time.js';

/**
 * The explorer's GraphQL operations: everything it reads, kept here so an analyst can paste any
 * of them into the IDE (the actor search is web/common/actorSearch.ts). Selections are written out rather than shared as fragments because the
 * API counts a fragment spread as a level of its 10-level depth limit.
 */

const actorName = 'id name kind';
const participants = `participants { role actor { ${actorName} } evidence { ${evidenceFields} } }`;
const cameo = 'cameo { code label goldstein }';
const meeting = `id title summary status time { ${timeIntervalFields} } ${cameo} place { id name } ${participants} evidence { ${evidenceFields} }`;
// An imported event's coding and report stand in for the quotes it does not have.
const event = `id title summary eventKind: kind status time { ${timeIntervalFields} } ${cameo} place { id name } ${participants} evidence { ${evidenceFields} } ${codedEventFields}`;
const target = `__typename id
  ... on Actor { name kind } ... on Place { name } ... on Meeting { title status } ... on Event { title status } ... on Claim { text status }`;
const claim = `id text claimKind: kind status time { ${timeIntervalFields} } ${cameo}
  speakers { ${actorName} } about { role node { ${target} } } evidence { ${evidenceFields} }`;

/** How many of each list one expansion draws; the panel says when there are more. */
const page = 20;

/** An actor's neighbourhood: its meetings, events, claims made and about it, counterparts and country. */
export const expandActor = `
query ExplorerActor($id: ID!) {
  actor(id: $id) {
    id name kind aliases description country { ${actorName} } evidence { ${evidenceFields} }
    ... on Person { counterparts { ${actorName} } }
    meetings(first: ${page}) { totalCount nodes { ${meeting} } }
    events(first: ${page}) { totalCount nodes { ${event} } }
    claimsMade(first: ${page}) { totalCount nodes { ${claim} } }
    claimsAbout(first: ${page}) { totalCount nodes { ${claim} } }
  }
}`;

/** A meeting's, event's or claim's neighbourhood: who takes part or speaks, what it is about, claims about it. */
export const expandHappening = `
query ExplorerHappening($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Meeting { ${meeting} claimsOn: claimsAbout { ${claim} } }
    ... on Event { ${event} claimsOn: claimsAbout { ${claim} } }
    ... on Claim { ${claim} }
  }
}`;

/** A place's neighbourhood: what was held or happened there, and claims about it. */
export const expandPlace = `
query ExplorerPlace($id: ID!) {
  place(id: $id) {
    id name evidence { ${evidenceFields} }
    meetings(first: ${page}) { totalCount nodes { ${meeting} } }
    events(first: ${page}) { totalCount nodes { ${event} } }
    claimsAbout(first: ${page}) { totalCount nodes { ${claim} } }
  }
}`;

/** What each source said of a meeting, event or claim, oldest publication first, with its quotes. */
export const factAccounts = `
query ExplorerAccounts($id: ID!) {
  node(id: $id) {
    ${accountsSelection}
  }
}`;
