/**
 * The parts of an annotation the scorer compares, each with its places in the text. The same
 * extraction serves the gold and the draft, so neither side is read more kindly.
 *
 * An item counts only when this text carries it: at least one of its quotes (its own, its time's,
 * its participants', speakers', report's, targets' or links') is placed in the text. So the ids a
 * file lists under `supports` (background it restates without quoting) never count, nor does a
 * node stated with no quote at all (one that is there only as the end of a link); both sides are
 * filtered alike, and the report gives how many items each side lost to the rule. A drafted item
 * with the id of such a gold node is set aside too (score.ts): the gold does not say it is wrong.
 */
import { nameKeys } from '../../db/nameKey.js';
import type { Annotation, Quote, TimeSpec } from '../../ingest/format.js';
import { QuotePlacer, type Span } from './spans.js';

export interface EntityItem {
  readonly id: string;
  /** The name keys (src/db/nameKey.ts) of its name and aliases. */
  readonly nameKeys: readonly string[];
  /** Its own quotes: the words that name it. */
  readonly spans: readonly Span[];
}

export interface TimeItem {
  /** The meetings, events and claims that carry this time (several may share one phrase). */
  readonly owners: readonly string[];
  /** Its evidence quotes, or where its own words (`time.text`) occur when it quotes none. */
  readonly spans: readonly Span[];
  readonly start: string | undefined;
  readonly end: string | undefined;
  readonly precision: string;
}

export interface HappeningItem {
  readonly id: string;
  readonly status: string;
  readonly participants: readonly string[];
  readonly cameoCode: string | undefined;
  readonly spans: readonly Span[];
}

export interface ClaimItem {
  readonly id: string;
  readonly speakers: readonly string[];
  /** What it says and where it is reported: `evidence` and `reported.evidence`. */
  readonly spans: readonly Span[];
}

export interface QuantityItem {
  readonly id: string;
  readonly value: number;
  readonly quantityKind: string;
  readonly unit: string;
  readonly currency: string | undefined;
  readonly spans: readonly Span[];
}

export const scoredKinds = ['actors', 'places', 'times', 'meetings', 'claims', 'events', 'quantities'] as const;
export type ScoredKind = (typeof scoredKinds)[number];

export interface ScoredItems {
  readonly actors: readonly EntityItem[];
  readonly places: readonly EntityItem[];
  readonly times: readonly TimeItem[];
  readonly meetings: readonly HappeningItem[];
  readonly claims: readonly ClaimItem[];
  readonly events: readonly HappeningItem[];
  readonly quantities: readonly QuantityItem[];
  /** Ids left out because none of their quotes is in this text, by kind. */
  readonly excluded: Readonly<Record<ScoredKind, readonly string[]>>;
  /** Quotes that could not be placed in the text, with why. */
  readonly unplacedQuotes: readonly string[];
}

interface Quoted {
  readonly evidence?: readonly Quote[];
  readonly links?: readonly { readonly evidence?: readonly Quote[] }[];
}

export function scoredItems(doc: Annotation, text: string): ScoredItems {
  const placer = new QuotePlacer(text);
  const excluded: Record<ScoredKind, string[]> = { actors: [], places: [], times: [], meetings: [], claims: [], events: [], quantities: [] };
  // Every quote of an item, to decide whether the text carries it at all.
  const carried = (kind: ScoredKind, id: string, ...lists: (readonly Quote[] | undefined)[]): boolean => {
    // Every list is placed (no short cut), so each unplaceable quote is reported.
    const found = lists.map((list) => placer.place(list).length > 0).includes(true);
    if (!found) excluded[kind].push(id);
    return found;
  };
  const linkQuotes = (item: Quoted) => (item.links ?? []).map((link) => link.evidence);
  // The placer records what it cannot place; place each quote list once for the report, then
  // again quietly where an item needs its spans.
  const quiet = new QuotePlacer(text);

  const entities = (items: readonly (Quoted & { id: string; name: string; aliases: string[] })[], kind: 'actors' | 'places') =>
    items
      .filter((item) => carried(kind, item.id, item.evidence, ...linkQuotes(item)))
      .map((item) => ({ id: item.id, nameKeys: nameKeys([item.name, ...item.aliases]), spans: quiet.place(item.evidence) }));

  const happenings = (items: Annotation['meetings'] | Annotation['events'], kind: 'meetings' | 'events') =>
    items
      .filter((item) => carried(kind, item.id, item.evidence, item.time.evidence, ...item.participants.map((p) => p.evidence), ...linkQuotes(item)))
      .map((item) => ({
        id: item.id,
        status: item.status,
        participants: [...new Set(item.participants.map((p) => p.actor))].sort(),
        cameoCode: item.cameoCode,
        spans: quiet.place(item.evidence),
      }));

  const claims = doc.claims
    .filter((claim) =>
      carried(
        'claims',
        claim.id,
        claim.evidence,
        claim.time.evidence,
        claim.reported.evidence,
        ...claim.speakers.map((s) => s.evidence),
        ...claim.about.map((a) => a.evidence),
        ...linkQuotes(claim),
      ),
    )
    .map((claim) => ({
      id: claim.id,
      speakers: [...new Set(claim.speakers.map((s) => s.actor))].sort(),
      spans: [...quiet.place(claim.evidence), ...quiet.place(claim.reported.evidence)],
    }));

  const quantities = doc.quantities
    .filter((q) => carried('quantities', q.id, q.evidence, ...linkQuotes(q)))
    .map((q) => ({ id: q.id, value: q.value, quantityKind: q.quantityKind, unit: q.unit, currency: q.currency, spans: quiet.place(q.evidence) }));

  const meetings = happenings(doc.meetings, 'meetings');
  const events = happenings(doc.events, 'events');
  const kept = new Set([...meetings, ...events, ...claims].map((item) => item.id));
  return {
    actors: entities(doc.actors, 'actors'),
    places: entities(doc.places, 'places'),
    times: times(doc, kept, quiet, excluded.times),
    meetings,
    claims,
    events,
    quantities,
    excluded,
    unplacedQuotes: [...new Set(placer.unplaced)],
  };
}

/**
 * The times of meetings, events and claims, one item per distinct phrase and value: three claims
 * made "during the talks" are one time found (or missed) once, so the figure measures reading
 * times, not how many items carry each.
 */
function times(doc: Annotation, kept: ReadonlySet<string>, placer: QuotePlacer, excluded: string[]): TimeItem[] {
  const owners: { id: string; time: TimeSpec }[] = [...doc.meetings, ...doc.events, ...doc.claims].filter((item) => kept.has(item.id));
  const byKey = new Map<string, { owners: string[]; spans: Span[]; time: TimeSpec }>();
  for (const { id, time } of owners) {
    const quoted = placer.place(time.evidence);
    const spans = quoted.length > 0 ? quoted : placer.occurrences(time.text);
    if (spans.length === 0) {
      excluded.push(`${id}#time`);
      continue;
    }
    const key = JSON.stringify([spans.map((s) => [s.start, s.end]).sort(), time.start, time.end, time.precision]);
    const found = byKey.get(key);
    if (found) found.owners.push(id);
    else byKey.set(key, { owners: [id], spans, time });
  }
  return [...byKey.values()].map(({ owners: ids, spans, time }) => ({
    owners: ids,
    spans,
    start: time.start,
    end: time.end,
    precision: time.precision,
  }));
}
