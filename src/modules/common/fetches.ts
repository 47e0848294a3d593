import { hopIn, hopOut, type CountFetch, type FieldFetch } from '../../planner/fetches.js';
import { listFetch } from './ownerLists.js';
import { sourcesList } from './sourcePages.js';

/** A node's quotes (EVIDENCED_BY). */
export const evidenceFetch = hopOut(['EVIDENCED_BY'], ['Evidence']);
/** Every source supporting a node (SUPPORTED_BY), each with its link: a fact's accounts. */
export const sourcesFetch = hopOut(['SUPPORTED_BY'], ['Source']);

/** A background source is the graph's own reference, not one that corroborates a fact. */
const notBackground = { property: 'kind', value: 'BACKGROUND' } as const;
/** How many sources state a meeting or event (SUPPORTED_BY), background apart; as of a day, those published by then. */
export const sourceCountFetch: CountFetch = { kind: 'count', outgoing: true, types: ['SUPPORTED_BY'], label: 'Source', except: notBackground };
/** A claim's sources are those reporting it (REPORTED_IN), as its `sources` filter reads them. */
export const reportedInFetch = hopOut(['REPORTED_IN'], ['Source']);
/** How many sources report a claim, background apart. */
export const reportCountFetch: CountFetch = { kind: 'count', outgoing: true, types: ['REPORTED_IN'], label: 'Source', except: notBackground };

/** The discrepancies that concern a node (CONCERNS). */
export const discrepanciesFetch = hopIn(['CONCERNS'], ['Discrepancy']);

/** The fields every supported node answers alike (see provenance.ts). */
export const provenanceFetches: Readonly<Record<string, readonly FieldFetch[]>> = {
  evidence: [evidenceFetch],
  sources: [listFetch(sourcesList)],
  discrepancies: [discrepanciesFetch],
};
