import { hopIn, hopOut, type FieldFetch } from '../../planner/fetches.js';

/** A node's quotes (EVIDENCED_BY); as of a day, each quote's source decides whether it counts. */
export const evidenceFetch = hopOut(['EVIDENCED_BY'], ['Evidence'], { asOfRefs: [{ on: 'node', property: 'sourceId' }] });
/** The sources supporting a node (SUPPORTED_BY). */
export const sourcesFetch = hopOut(['SUPPORTED_BY'], ['Source']);

/** The discrepancies that concern a node (CONCERNS). */
export const discrepanciesFetch = hopIn(['CONCERNS'], ['Discrepancy']);

/** The fields every supported node answers alike (see provenance.ts). */
export const provenanceFetches: Readonly<Record<string, readonly FieldFetch[]>> = {
  evidence: [evidenceFetch],
  sources: [sourcesFetch],
  discrepancies: [discrepanciesFetch],
};
