import type { Limits } from '../config.js';
import type { Params } from '../db/runner.js';

/**
 * The declarative side of the planner: for each GraphQL field that reads the graph, what its
 * resolver asks the request's loaders for. The planner fetches exactly that ahead, inside the
 * root field's one Cypher query, and primes the loaders, so the resolvers (unchanged, and still
 * the fallback for anything undeclared) find every answer waiting.
 */

/** A property of a relationship (or node) naming other nodes by id, which resolvers load by id. */
export type RefProperty = 'evidenceIds' | 'sourceIds' | 'sourceId' | 'claimId' | 'discrepancyId';

/** How a field's own selection continues on what a hop reaches. */
export type WrapperField =
  /** The far node (Participation.actor, ClaimTarget.node). */
  | 'node'
  /**
   * Nodes the relationship names by id (Participation.evidence, MeetingRequest.claim); `paged`
   * when the field is a connection of them (Participation.sources), whose nodes the selection
   * reaches through `nodes` and `edges.node`.
   */
  | { readonly relRef: RefProperty; readonly paged?: boolean }
  /** A field of the node the hop starts from, asked through the wrapper (MeetingReport.participants). */
  | { readonly parentField: string };

export interface HopFetch {
  readonly kind: 'hop';
  readonly outgoing: boolean;
  /** Relationship types, exactly as the resolver names them (the loader's cache key). */
  readonly types: readonly string[];
  /** Labels the far node must have one of, exactly as the resolver names them; [] for any. */
  readonly labels: readonly string[];
  /** 'node' when the field's type is the far node's; a map for a type wrapping relationship and node. */
  readonly onto: 'node' | Readonly<Record<string, WrapperField>>;
  /** Hops the resolver always takes from the far nodes (a meeting's place, then its country). */
  readonly then?: readonly HopFetch[];
  /** Properties of the far nodes the resolver reads itself, whatever the selection (a filter's claimKind). */
  readonly reads?: readonly string[];
}

/** The batched, paged lists (one `{ total, page }` per owner), by loader family. */
export type PageFamily =
  | 'meetingsOfActors'
  | 'eventsOfActors'
  | 'claimsMadeByActors'
  | 'claimsAboutNodes'
  | 'timeline'
  | 'meetingsInPlaces'
  | 'eventsInPlaces'
  | 'sourceSupports'
  | 'sourceQuotes'
  | 'nodeSources';

export interface PageFetch {
  readonly kind: 'page';
  readonly family: PageFamily;
  /** The loader parameters the resolver passes (filters and the page window), from the field's arguments. */
  readonly params: (args: Readonly<Record<string, unknown>>, limits: Limits) => Params;
}

/** Batched lists of rows per owner (`{ ownerId, <column> }`), by loader family. */
export interface GroupFetch {
  readonly kind: 'group';
  readonly family: 'aidOfCountries';
  readonly column: 'event';
  readonly params: (args: Readonly<Record<string, unknown>>) => Params;
}

/**
 * How many far nodes one typed hop reaches, leaving out those with one value of a property (a
 * fact's sources, background knowledge apart). A count is one pattern expression in its node's
 * map, not a subquery, so a number asked of every item of a list costs the statement no `CALL`.
 */
export interface CountFetch {
  readonly kind: 'count';
  readonly outgoing: boolean;
  readonly types: readonly string[];
  /** The far node's label. */
  readonly label: string;
  /** Far nodes with this value of this property are not counted (a missing property is). */
  readonly except?: { readonly property: string; readonly value: string };
}

export type FieldFetch = HopFetch | PageFetch | GroupFetch | CountFetch;

/** The key a count is planned and primed under, and a resolver asks for it by. */
export function countIdentity(fetch: CountFetch): string {
  return `count:${JSON.stringify([fetch.outgoing, fetch.types, fetch.label, fetch.except ?? null])}`;
}

/** Per GraphQL object type, per field, the fetches its resolver makes. */
export type FetchTable = Readonly<Record<string, Readonly<Record<string, readonly FieldFetch[]>>>>;

/** One hop to the far nodes, whose type is the field's. */
export function hopOut(types: readonly string[], labels: readonly string[] = [], extra: Partial<HopFetch> = {}): HopFetch {
  return { kind: 'hop', outgoing: true, types, labels, onto: 'node', ...extra };
}

export function hopIn(types: readonly string[], labels: readonly string[] = [], extra: Partial<HopFetch> = {}): HopFetch {
  return { kind: 'hop', outgoing: false, types, labels, onto: 'node', ...extra };
}

/** Merges the domain modules' tables; a type named by two modules is merged field by field. */
export function mergeFetchTables(parts: readonly FetchTable[]): FetchTable {
  const merged: Record<string, Record<string, readonly FieldFetch[]>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}
