import { accountsSelection } from '../common/accounts.js';
import { codedEventFields } from '../common/codedEvents.js';
import { evidenceFields } from '../common/evidence.js';
import { timeIntervalFields } from '../common/time.js';

/**
 * The timeline's GraphQL operations, to paste into the IDE as they are. Selections are written
 * out, not shared as fragments: the API counts a fragment spread as a level of its depth limit.
 */

const cameo = 'cameo { code label goldstein quadClass }';
const people = 'participants { role actor { id name } }';
const meeting = `id title status time { ${timeIntervalFields} } ${cameo} ${people} evidence { ${evidenceFields} }`;
// An imported event's coding and report stand in for the quotes it does not have.
const event = `id title eventKind: kind status time { ${timeIntervalFields} } ${cameo} ${people} evidence { ${evidenceFields} } ${codedEventFields}`;
const claim = `id text claimKind: kind status time { ${timeIntervalFields} } ${cameo} speakers { id name } evidence { ${evidenceFields} }`;

/** One page of everything involving an actor, oldest first. */
export const actorTimeline = `
query TimelineOfActor($actor: ID!, $after: String) {
  actor(id: $actor) { id name kind }
  timeline(actor: $actor, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on Meeting { ${meeting} }
      ... on Event { ${event} }
      ... on Claim { ${claim} }
    }
  }
}`;

/** A country by ISO code (GB, GBR, RU...), tried first for a side of two or three letters. */
export const countryByCode = `
query TimelineCountry($code: String!) {
  country(code: $code) { id name }
}`;

const summary = 'summary { statuses total coded goldsteinSum cooperation conflict neutral }';

/**
 * Everything between two sides, with the server's cooperation–conflict summary of the statuses
 * asked for (the page asks for every status, so the summary weighs what the lists hold).
 */
export const pairTimeline = `
query TimelineOfPair($a: ID!, $b: ID!, $status: [Status!]) {
  relations(a: $a, b: $b, status: $status) {
    a { id name }
    b { id name }
    meetings { ${meeting} }
    events { ${event} }
    claims { ${claim} }
    ${summary}
  }
}`;

/** What each source said of a meeting, event or claim, oldest publication first, with its quotes. */
export const factAccounts = `
query TimelineAccounts($id: ID!) {
  node(id: $id) {
    ${accountsSelection}
  }
}`;

/** The server's summary alone, for the statuses the page's filters let through. */
export const pairSummary = `
query TimelinePairSummary($a: ID!, $b: ID!, $status: [Status!]) {
  relations(a: $a, b: $b, status: $status) { ${summary} }
}`;
