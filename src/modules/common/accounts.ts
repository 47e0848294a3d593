import type { Context } from '../../context.js';
import { byPublication } from './asOf.js';
import { evidenceOf, evidenceOfRelationship } from './provenance.js';
import type { EvidenceRow, NeighbourRow, NodeRow, RelationshipRow, SourceRow, TimedRow } from './rows.js';
import { timeInterval } from './time.js';

/**
 * Each source's own account of a fact. The loader keeps, beside a fact's merged (latest) view,
 * what every source asserted of it: on a node's SUPPORTED_BY to the source, the source's status
 * and time and its whole assertion as JSON (`assertion`: `{ props, evidenceIds }`); on a fact
 * relationship, `bySource`, a JSON map `{ sourceId: { props, evidenceIds } }`. The `history`
 * fields read these, and keep, as of a day, only the sources published by then.
 */

/** What one source states: its own properties of the fact (the loader's property names). */
export type Stated = Readonly<Record<string, unknown>>;

/** One source's account of an event, claim or quantity (its SUPPORTED_BY to that source). */
export interface FactAccountRow {
  /** The fact the account is of (its evidence and participants are read through it). */
  readonly fact: NodeRow;
  readonly source: SourceRow;
  readonly stated: Stated;
}

/** One source's account of a fact relationship (its entry in the relationship's `bySource`). */
export interface LinkAccountRow {
  /** The relationship's type (which part of the fact its quotes support). */
  readonly type: string;
  readonly sourceId: string;
  readonly stated: Stated;
  readonly evidenceIds: readonly string[];
}

/** Which end of a meeting's or event's place link an account names. */
export type PlaceRole = 'place' | 'country' | 'forum';

/** One source's account of where a meeting or event is held: one link, one source. */
export interface PlaceAccountRow extends LinkAccountRow {
  readonly role: PlaceRole;
  readonly target: NeighbourRow['node'];
}

interface Assertion {
  readonly props?: Stated;
  readonly evidenceIds?: readonly string[];
}

function parsed<T>(json: unknown): T | null {
  if (typeof json !== 'string') return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

const statedOnSupport = ['status', 'timeText', 'timeStart', 'timeEnd', 'timePrecision', 'timeBasis'] as const;

/**
 * A source's properties of a node: its assertion, over the status and time its SUPPORTED_BY
 * carries (the same values, kept apart for the lists' Cypher; alone when a load kept no assertion).
 */
function statedBy(rel: Readonly<Record<string, unknown>>): Stated {
  const own: Record<string, unknown> = {};
  for (const key of statedOnSupport) if (rel[key] !== undefined && rel[key] !== null) own[key] = rel[key];
  return { ...own, ...(parsed<Assertion>(rel['assertion'])?.props ?? {}) };
}

/**
 * Each source's account of a fact node, oldest publication first (background first). As of a
 * day, only the sources published by then (the as-of runner already leaves later ones out).
 */
export async function factAccounts(fact: NodeRow, context: Context): Promise<FactAccountRow[]> {
  const rows = await context.loaders.outgoing({ types: ['SUPPORTED_BY'], labels: ['Source'] }).load(fact.id);
  return rows
    .map((row) => ({ fact, source: row.node as unknown as SourceRow, stated: statedBy(row.rel as unknown as Record<string, unknown>) }))
    .sort((a, b) => byPublication(a.source, b.source));
}

/** The source's words for a fact node: the node's quotes from that source, in text order. */
export async function factAccountEvidence(account: FactAccountRow, context: Context): Promise<EvidenceRow[]> {
  return (await evidenceOf(account.fact, context)).filter((row) => row.sourceId === account.source.id);
}

/**
 * Each source's account of a fact relationship, in the order of its `sourceIds` (oldest
 * publication first, background first). As of a day the relationship's `sourceIds` are those of
 * that day (its view); the sources are looked up too, since `bySource` keeps every source's entry.
 * A source with no entry of its own (an imported link) gives the relationship's properties when
 * it is the only source, and nothing but itself otherwise.
 */
export async function linkAccounts(rel: RelationshipRow, type: string, context: Context): Promise<LinkAccountRow[]> {
  const ids = rel.sourceIds ?? (rel.sourceId ? [rel.sourceId] : []);
  const bySource = parsed<Record<string, Assertion>>((rel as unknown as Record<string, unknown>)['bySource']) ?? {};
  const alone = ids.length === 1;
  const accounts = ids.map((sourceId): LinkAccountRow => {
    const entry = bySource[sourceId];
    return {
      type,
      sourceId,
      stated: entry?.props ?? (alone ? (rel as unknown as Stated) : {}),
      evidenceIds: entry?.evidenceIds ?? (alone ? (rel.evidenceIds ?? []) : []),
    };
  });
  if (!context.asOf) return accounts;
  // As of a day the by-id loader finds no source published later.
  const sources = await Promise.all(accounts.map((account) => sourceById(account.sourceId, context)));
  return accounts.filter((_account, i) => sources[i] !== null);
}

/** A hop from a meeting or event to where it is held, and which end of the link it reaches. */
export interface PlaceHop {
  readonly role: PlaceRole;
  readonly types: readonly string[];
  readonly labels: readonly string[];
}

/** The hops from an event to where it happens, in the order `placeHistory` lists them (as Event.place and Event.country ask them). */
export const eventPlaceHops: readonly PlaceHop[] = [
  { role: 'place', types: ['TAKES_PLACE_IN'], labels: ['Place'] },
  { role: 'country', types: ['TAKES_PLACE_IN'], labels: ['Country'] },
];

/** A meeting's also reach the forum it is held at (as Meeting.forum asks it). */
export const meetingPlaceHops: readonly PlaceHop[] = [...eventPlaceHops, { role: 'forum', types: ['HELD_AT'], labels: ['Organisation'] }];

/** Each source's account of where a meeting or event is held: per link (place, country, forum), per source. */
export async function placeAccounts(node: NodeRow, hops: readonly PlaceHop[], context: Context): Promise<PlaceAccountRow[]> {
  const perHop = await Promise.all(
    hops.map(async ({ role, types, labels }) => {
      const rows = await context.loaders.outgoing({ types, labels }).load(node.id);
      const perLink = await Promise.all(
        rows.map(async (row) => (await linkAccounts(row.rel, row.type, context)).map((account) => ({ ...account, role, target: row.node }))),
      );
      return perLink.flat();
    }),
  );
  return perHop.flat();
}

/** A source by id (the planner fetches those a relationship names), or null. */
export async function sourceById(id: string, { loaders }: Context): Promise<SourceRow | null> {
  return ((await loaders.nodeById.load(id))?.node as unknown as SourceRow | undefined) ?? null;
}

/** The source's words for a relationship, in text order, each with the part of the fact it supports. */
export function linkAccountEvidence(account: LinkAccountRow, context: Context): Promise<EvidenceRow[]> {
  return evidenceOfRelationship({ evidenceIds: [...account.evidenceIds] }, account.type, context);
}

/** When a source was published (its knowledge time), as an interval. */
export function publishedOf(source: SourceRow) {
  return timeInterval({
    timeText: source.publishedText,
    timeStart: source.publishedStart,
    timeEnd: source.publishedEnd,
    timePrecision: source.publishedPrecision,
    timeBasis: source.publishedBasis,
  });
}

/** A stated text property, or null. */
export function text(stated: Stated, key: string): string | null {
  const value = stated[key];
  return typeof value === 'string' ? value : null;
}

/** A stated number, or null. */
export function number(stated: Stated, key: string): number | null {
  const value = stated[key];
  return typeof value === 'number' ? value : null;
}

/** A stated flag, or null. */
export function flag(stated: Stated, key: string): boolean | null {
  const value = stated[key];
  return typeof value === 'boolean' ? value : null;
}

/** The time a source states, or null when it states none (no precision given). */
export function statedTime(stated: Stated) {
  if (!text(stated, 'timePrecision')) return null;
  return timeInterval(stated as TimedRow);
}
