import { mergeFetchTables, type FetchTable } from '../planner/fetches.js';
import type { RootShape } from '../planner/index.js';
import { actorFetches } from './actors/fetches.js';
import { happeningFetches } from './happenings/fetches.js';
import { placeFetches } from './places/fetches.js';
import { provenanceFetchTable } from './provenance/fetches.js';

/** Every module's table of what its fields load, for the planner. */
export const fetchTable: FetchTable = mergeFetchTables([actorFetches, happeningFetches, placeFetches, provenanceFetchTable]);

const connection = (nodes: string): RootShape => ({ groups: [{ nodes, paths: [['nodes'], ['edges', 'node']] }] });
const each = (column: string): RootShape => ({ groups: [{ nodes: `[${column}]`, paths: [[]] }] });

/**
 * Where each root named query's rows hold nodes, and the GraphQL paths below the root field
 * that those nodes answer: the planner fetches what the selection at those paths will load.
 */
export const rootShapes: Readonly<Record<string, RootShape>> = {
  actorsByName: each('actor'),
  countryByCode: each('country'),
  placesByName: each('place'),
  nodesByIds: each('node'),
  sources: connection('page'),
  discrepancies: each('discrepancy'),
  // Counts only: no nodes for the planner to load below.
  statistics: { groups: [] },
  actorsPage: connection('page'),
  meetings: connection('page'),
  meetingsBetween: connection('page'),
  events: connection('page'),
  claims: connection('page'),
  happenings: connection('page'),
  timeline: connection('page'),
  search: { groups: [{ nodes: '[hit IN page | hit.node]', paths: [['nodes', 'node'], ['edges', 'node', 'node']] }] },
  relations: {
    groups: [
      { nodes: '[a]', paths: [['a']] },
      { nodes: '[b]', paths: [['b']] },
      { nodes: 'meetings', paths: [['meetings']] },
      // Aid and alliances are events the resolver picks by kind.
      { nodes: 'events', paths: [['events'], ['aid'], ['alliances']] },
      { nodes: 'claims', paths: [['claims']] },
      // Each timeline page asked is gathered apart; its resolver picks the page for its arguments.
      { nodes: 'reduce(rows = [], t IN timelines | rows + t.page)', paths: [['timeline', 'nodes'], ['timeline', 'edges', 'node']] },
    ],
  },
  dyads: {
    groups: [
      { nodes: '[a]', paths: [['nodes', 'a'], ['edges', 'node', 'a']] },
      { nodes: '[b]', paths: [['nodes', 'b'], ['edges', 'node', 'b']] },
    ],
  },
  connections: { groups: [{ nodes: 'nodes', paths: [['nodes'], ['steps', 'from'], ['steps', 'to']] }] },
};
