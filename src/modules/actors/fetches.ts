import { hopIn, hopOut, type FetchTable, type FieldFetch, type HopFetch } from '../../planner/fetches.js';
import { discrepanciesFetch, provenanceFetches } from '../common/fetches.js';

/**
 * How an office holding continues: the office or holder reached, and the ids the relationship
 * names. Each source's account (`history`) reads the sources it names (sourceIds) and their
 * quotes among its evidenceIds: two sets of ids for one field, so the quotes come in a second
 * fetch of the same hop (see `holdings`).
 */
const holding = (reached: 'office' | 'person') =>
  ({
    [reached]: 'node',
    source: { relRef: 'sourceId' },
    evidence: { relRef: 'evidenceIds' },
    discrepancies: { relRef: 'discrepancyId' },
    history: { relRef: 'sourceIds' },
  }) as const;

/** The holdings reached over one hop: the holding itself, and its accounts' quotes. */
const holdings = (hop: HopFetch, reached: 'office' | 'person'): HopFetch[] => [
  { ...hop, onto: holding(reached) },
  { ...hop, onto: { history: { relRef: 'evidenceIds' } } },
];

const actor = (country: readonly FieldFetch[]) => ({ ...provenanceFetches, country });

/** What the actor fields load (see resolvers/): hops by type and label, as the resolvers ask them. */
export const actorFetches: FetchTable = {
  Person: {
    ...actor([hopOut(['NATIONAL_OF'], ['Country'])]),
    offices: holdings(hopOut(['HOLDS_OFFICE'], ['Office']), 'office'),
    counterparts: [hopOut(['COUNTERPART_OF'], ['Person']), hopIn(['COUNTERPART_OF'], ['Person'])],
  },
  Organisation: {
    ...actor([hopOut(['BELONGS_TO', 'REPRESENTS'], ['Country'])]),
    partOf: [hopOut(['PART_OF'], ['Organisation'])],
    units: [hopIn(['PART_OF'], ['Organisation'])],
    members: [hopIn(['MEMBER_OF'], ['Country'])],
    location: [hopOut(['LOCATED_IN'], ['Place'])],
  },
  Group: actor([hopOut(['BELONGS_TO'], ['Country'])]),
  Country: {
    ...provenanceFetches,
    people: [hopIn(['NATIONAL_OF'], ['Person'])],
    organisations: [hopIn(['BELONGS_TO', 'REPRESENTS'], ['Organisation', 'Group'])],
    memberships: [hopOut(['MEMBER_OF'], ['Organisation'])],
    places: [hopIn(['LOCATED_IN'], ['Place'])],
    capital: [hopIn(['CAPITAL_OF'], ['Place'])],
  },
  Office: {
    of: [hopOut(['OFFICE_OF'], ['Actor'])],
    holders: holdings(hopIn(['HOLDS_OFFICE'], ['Person']), 'person'),
    discrepancies: [discrepanciesFetch],
  },
};
