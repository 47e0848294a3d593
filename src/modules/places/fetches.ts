import { hopOut, type FetchTable } from '../../planner/fetches.js';
import { provenanceFetches } from '../common/fetches.js';

const located = hopOut(['LOCATED_IN'], ['Country']);

export const placeFetches: FetchTable = {
  Place: {
    ...provenanceFetches,
    // Each source's account of a link (`history`) reads the sources it names and, in a second
    // fetch of the same hop, their quotes among its evidenceIds.
    countries: [
      { ...located, onto: { country: 'node', source: { relRef: 'sourceId' }, history: { relRef: 'sourceIds' } } },
      { ...located, onto: { history: { relRef: 'evidenceIds' } } },
    ],
    within: [hopOut(['LOCATED_IN', 'PART_OF'], ['Place'])],
    capitalOf: [hopOut(['CAPITAL_OF'], ['Country'])],
  },
};
