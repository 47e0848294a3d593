import { hopOut, type FetchTable } from '../../planner/fetches.js';
import { evidenceFetch } from '../common/fetches.js';
import { listFetch } from '../common/ownerLists.js';
import { supportsList } from './kinds.js';
import { quotesList } from './quotes.js';

export const provenanceFetchTable: FetchTable = {
  Discrepancy: {
    concerns: [hopOut(['CONCERNS'])],
    evidence: [evidenceFetch],
  },
  Evidence: {
    source: [hopOut(['QUOTED_FROM'], ['Source'])],
  },
  Source: {
    supports: [listFetch(supportsList)],
    quotes: [listFetch(quotesList)],
  },
};
