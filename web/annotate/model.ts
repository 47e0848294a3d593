/**
 * The draft under review and the edits a reviewer makes to it. Plain data in, plain data out:
 * the annotation is kept as the JSON the server sent (the format of src/ingest/format.ts), so
 * whatever the drafter writes survives the round trip to YAML even where this page shows no field.
 */

export type DraftItemKind = 'actor' | 'place' | 'office' | 'time' | 'meeting' | 'event' | 'claim' | 'quantity';

export interface Span {
  start: number;
  end: number;
  kind: DraftItemKind;
  /** An item id, or `<item id>#time` for the time of a meeting, event or claim. */
  item: string;
}

export interface Review {
  status: 'UNREVIEWED' | 'ACCEPTED';
  confidence: number;
  reason?: string;
}

/** One item of a section (an actor, a meeting, a claim...): only what the page reads is typed. */
export interface Item {
  id: string;
  review?: Review;
  [field: string]: unknown;
}

export interface Annotation {
  source: { id: string; text?: { file: string }; [field: string]: unknown };
  [section: string]: unknown;
}

export interface Draft {
  annotation: Annotation;
  spans: Span[];
  /** The text the spans' offsets (JavaScript string indices) count in. */
  text: string;
}

/** The sections that hold items, in the order the page lists them, with the kind their spans carry. */
export const sections = [
  { key: 'actors', kind: 'actor', heading: 'Actors' },
  { key: 'places', kind: 'place', heading: 'Places' },
  { key: 'offices', kind: 'office', heading: 'Offices' },
  { key: 'meetings', kind: 'meeting', heading: 'Meetings' },
  { key: 'events', kind: 'event', heading: 'Events' },
  { key: 'claims', kind: 'claim', heading: 'Claims' },
  { key: 'quantities', kind: 'quantity', heading: 'Quantities' },
  { key: 'discrepancies', kind: 'discrepancy', heading: 'Discrepancies' },
] as const;
export type Section = (typeof sections)[number];

export const itemsOf = (annotation: Annotation, section: string): Item[] => {
  const items = annotation[section];
  return Array.isArray(items) ? (items as Item[]) : [];
};

export interface Located {
  readonly section: Section;
  readonly item: Item;
}

export function findItem(annotation: Annotation, id: string): Located | undefined {
  for (const section of sections) {
    const item = itemsOf(annotation, section.key).find((candidate) => candidate.id === id);
    if (item) return { section, item };
  }
  return undefined;
}

/** What a reviewer recognises an item by: its name, title, paraphrase or amount. */
export function labelOf(item: Item): string {
  for (const field of ['name', 'title', 'text', 'description']) if (typeof item[field] === 'string' && item[field]) return item[field] as string;
  if (typeof item['value'] === 'number') return `${item['value']} ${String(item['unit'] ?? '')}`.trim();
  return item.id;
}

/** The item a span belongs to: a time span belongs to the meeting, event or claim it dates. */
export const ownerOf = (spanItem: string): string => spanItem.split('#')[0]!;

/** Fields whose string values are node ids (references to an item, in this file or the graph). */
const referenceKeys = new Set(['id', 'actor', 'node', 'to', 'from', 'claimId', 'discrepancyId', 'publisherActor']);
/** Objects whose whole point is a reference: a participant, speaker, about target, link or relation. */
const pointerKeys = ['actor', 'node', 'to', 'from'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Removes every mention of `id`: list entries pointing at it, and optional fields naming it. */
function dropReferences(value: unknown, id: string): unknown {
  if (Array.isArray(value)) {
    return value
      .filter((entry) => entry !== id && !(isRecord(entry) && pointerKeys.some((key) => entry[key] === id)))
      .map((entry) => dropReferences(entry, id));
  }
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'claimId' || key === 'discrepancyId' || key === 'publisherActor') && inner === id) continue;
    out[key] = dropReferences(inner, id);
  }
  return out;
}

/** Rejects an item: it goes, with every participant, speaker, about, link and relation naming it. */
export function reject(draft: Draft, id: string): Draft {
  const located = findItem(draft.annotation, id);
  const annotation = { ...draft.annotation };
  if (located) annotation[located.section.key] = itemsOf(annotation, located.section.key).filter((item) => item.id !== id);
  return {
    ...draft,
    annotation: dropReferences(annotation, id) as Annotation,
    spans: draft.spans.filter((span) => ownerOf(span.item) !== id),
  };
}

function renameIn(value: unknown, from: string, to: string, key?: string): unknown {
  if (Array.isArray(value)) {
    // A plain list of ids (supports) holds references too.
    const renamed = value.map((entry) => (entry === from ? to : renameIn(entry, from, to)));
    // Two participants (or speakers...) may now be the same one: kept once.
    const seen = new Set<string>();
    return renamed.filter((entry) => {
      const signature = JSON.stringify(entry);
      if (seen.has(signature)) return false;
      seen.add(signature);
      return true;
    });
  }
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([inner, v]) => [inner, renameIn(v, from, to, inner)]));
  return key !== undefined && referenceKeys.has(key) && value === from ? to : value;
}

export const idPattern = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

/**
 * Gives an item another id (the graph's node it really is, or a better slug), everywhere the
 * draft refers to it. When another item of the draft already has that id, the two are one: the
 * renamed item's evidence joins the other's and the renamed item goes.
 */
export function rename(draft: Draft, from: string, to: string, changes: Partial<Item> = {}): Draft {
  if (!idPattern.test(to)) throw new Error(`${to} is not an id such as person:liz-truss (lower case, digits, hyphens)`);
  if (from === to && Object.keys(changes).length === 0) return draft;
  const located = findItem(draft.annotation, from);
  const existing = from === to ? undefined : findItem(draft.annotation, to);
  let annotation = draft.annotation;
  if (located) {
    const items = itemsOf(annotation, located.section.key);
    if (existing && existing.section.key === located.section.key) {
      const evidence = [...((existing.item['evidence'] as unknown[]) ?? []), ...((located.item['evidence'] as unknown[]) ?? [])];
      annotation = { ...annotation, [located.section.key]: items.filter((item) => item.id !== from).map((item) => (item.id === to ? { ...item, evidence } : item)) };
    } else {
      annotation = { ...annotation, [located.section.key]: items.map((item) => (item.id === from ? { ...item, ...changes } : item)) };
    }
  }
  const renameSpan = (item: string) => (ownerOf(item) === from ? to + item.slice(from.length) : item);
  return {
    ...draft,
    annotation: renameIn(annotation, from, to) as Annotation,
    spans: draft.spans.map((span) => ({ ...span, item: renameSpan(span.item) })),
  };
}

/** Replaces one item by an edited copy (status, time, roles...). */
export function update(draft: Draft, id: string, edit: (item: Item) => Item): Draft {
  const located = findItem(draft.annotation, id);
  if (!located) return draft;
  const items = itemsOf(draft.annotation, located.section.key).map((item) => (item.id === id ? edit(structuredClone(item)) : item));
  return { ...draft, annotation: { ...draft.annotation, [located.section.key]: items } };
}

export const accepted = (item: Item): Item => ({
  ...item,
  review: { status: 'ACCEPTED', confidence: item.review?.confidence ?? 1, ...(item.review?.reason ? { reason: item.review.reason } : {}) },
});

export function acceptAll(draft: Draft): Draft {
  let next = draft;
  for (const section of sections) for (const item of itemsOf(draft.annotation, section.key)) next = update(next, item.id, accepted);
  return next;
}

/** The items still waiting for a reviewer: the loader refuses a file with any. */
export function unreviewed(annotation: Annotation): Item[] {
  return sections.flatMap((section) => itemsOf(annotation, section.key)).filter((item) => item.review?.status === 'UNREVIEWED');
}

export const slugOf = (words: string): string =>
  words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'untitled';
