import { hopOut, type FetchTable } from '../../planner/fetches.js';
import { provenanceFetches } from '../common/fetches.js';

export const placeFetches: FetchTable = {
  Place: {
    ...provenanceFetches,
    countries: [{ ...hopOut(['LOCATED_IN'], ['Country']), onto: { country: 'node', source: { relRef: 'sourceId' } } }],
    within: [hopOut(['LOCATED_IN', 'PART_OF'], ['Place'])],
    capitalOf: [hopOut(['CAPITAL_OF'], ['Country'])],
  },
};
