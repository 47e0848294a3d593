import { hopIn, hopOut, type FetchTable, type FieldFetch } from '../../planner/fetches.js';
import { discrepanciesFetch, provenanceFetches } from '../common/fetches.js';

/** How an office holding continues: the office or holder reached, and the ids the relationship names. */
const holding = (reached: 'office' | 'person') =>
  ({ [reached]: 'node', source: { relRef: 'sourceId' }, evidence: { relRef: 'evidenceIds' }, discrepancies: { relRef: 'discrepancyId' } }) as const;

const actor = (country: readonly FieldFetch[]) => ({ ...provenanceFetches, country });

/** What the actor fields load (see resolvers/): hops by type and label, as the resolvers ask them. */
export const actorFetches: FetchTable = {
  Person: {
    ...actor([hopOut(['NATIONAL_OF'], ['Country'])]),
    offices: [{ ...hopOut(['HOLDS_OFFICE'], ['Office']), onto: holding('office') }],
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
    holders: [{ ...hopIn(['HOLDS_OFFICE'], ['Person']), onto: holding('person') }],
    discrepancies: [discrepanciesFetch],
  },
};
