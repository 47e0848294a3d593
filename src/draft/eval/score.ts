/**
 * Scores a drafted annotation against the gold annotation of the same text: precision, recall
 * and F1 per kind, with what was matched, missed and wrongly added, so a low figure can be read
 * item by item. The rules are in rules.ts, what counts as an item in items.ts.
 */
import type { Annotation } from '../../ingest/format.js';
import { figures, sumFigures, type Figures } from './figures.js';
import { scoredItems, scoredKinds, type ScoredKind, type TimeItem } from './items.js';
import { matchInStages, type Matching, type Stage } from './matching.js';
import {
  cameoRoot,
  claimSpanStages,
  claimStages,
  entityStages,
  eventStages,
  meetingOverlapStages,
  meetingStages,
  quantityStages,
  timeFoundStages,
  timeStages,
  type ActorIds,
} from './rules.js';

export interface LooseFigures extends Figures {
  /** What the looser rule asks. */
  readonly rule: string;
}

export interface KindScore extends Figures {
  /** What the strict rule asks. */
  readonly rule: string;
  readonly loose?: LooseFigures;
  /** Gold and draft items paired, with the rule stage that paired them. */
  readonly matched: readonly { readonly gold: string; readonly draft: string; readonly by: string }[];
  /** Gold items the draft did not find (false negatives). */
  readonly missed: readonly string[];
  /** Draft items with no gold counterpart (false positives). */
  readonly spurious: readonly string[];
  /**
   * Items left out: on each side those none of whose quotes is in the text; and `setAside`, draft
   * items with the id of a node the gold names without quoting (in `supports`, or listed with no
   * quote here), which the gold neither claims nor denies, so they count neither way.
   */
  readonly excluded: { readonly gold: number; readonly draft: number; readonly setAside: number };
  /** Events: of the matched pairs where both give a CAMEO code, how many share its root. */
  readonly cameoRoot?: { readonly agreed: number; readonly compared: number };
}

export interface TextScore {
  readonly kinds: Readonly<Record<ScoredKind, KindScore>>;
  /** Every kind's strict counts summed (micro-average). */
  readonly all: Figures;
  readonly unplacedQuotes: { readonly gold: readonly string[]; readonly draft: readonly string[] };
}

const timeLabel = (time: TimeItem) => `${time.owners.join(',')}#time(${time.start ?? '?'}..${time.end ?? '?'} ${time.precision})`;

function kindScore<T>(
  rule: string,
  matching: Matching<T, T>,
  label: (item: T) => string,
  excluded: KindScore['excluded'],
  extra: Partial<Pick<KindScore, 'loose' | 'cameoRoot'>> = {},
): KindScore {
  return {
    rule,
    ...figures(matching.pairs.length, matching.spurious.length, matching.missed.length),
    ...extra,
    matched: matching.pairs.map((pair) => ({ gold: label(pair.gold), draft: label(pair.draft), by: pair.by })),
    missed: matching.missed.map(label),
    spurious: matching.spurious.map(label),
    excluded,
  };
}

function loose<T>(rule: string, gold: readonly T[], draft: readonly T[], stages: readonly Stage<T, T>[]): LooseFigures {
  const matching = matchInStages(gold, draft, stages);
  return { rule, ...figures(matching.pairs.length, matching.spurious.length, matching.missed.length) };
}

export function scoreDraft(gold: Annotation, draft: Annotation, text: string): TextScore {
  const g = scoredItems(gold, text);
  const all = scoredItems(draft, text);
  const unquoted = new Set([...gold.supports, ...scoredKinds.flatMap((kind) => g.excluded[kind])]);
  const setAside: Record<ScoredKind, number> = { actors: 0, places: 0, times: 0, meetings: 0, claims: 0, events: 0, quantities: 0 };
  const kept = <T extends { id: string }>(kind: ScoredKind, items: readonly T[]) => {
    const left = items.filter((item) => !unquoted.has(item.id));
    setAside[kind] = items.length - left.length;
    return left;
  };
  const d = {
    ...all,
    actors: kept('actors', all.actors),
    places: kept('places', all.places),
    meetings: kept('meetings', all.meetings),
    claims: kept('claims', all.claims),
    events: kept('events', all.events),
    quantities: kept('quantities', all.quantities),
  };
  const excluded = (kind: ScoredKind) => ({ gold: g.excluded[kind].length, draft: d.excluded[kind].length, setAside: setAside[kind] });
  const byId = (item: { id: string }) => item.id;

  const actors = matchInStages(g.actors, d.actors, entityStages);
  // Participants and speakers are compared as gold ids: a drafted actor stands for the gold actor
  // it was matched to; an id it did not list (a node of the known graph) stands for itself.
  const goldIdOf = new Map(actors.pairs.map((pair) => [pair.draft.id, pair.gold.id]));
  const actorIds: ActorIds = (id) => goldIdOf.get(id) ?? id;

  const events = matchInStages(g.events, d.events, eventStages);
  const coded = events.pairs.filter((pair) => pair.gold.cameoCode !== undefined && pair.draft.cameoCode !== undefined);

  const kinds: Record<ScoredKind, KindScore> = {
    actors: kindScore('same id, a shared name key of name or aliases, or overlapping quotes', actors, byId, excluded('actors')),
    places: kindScore('same id, a shared name key of name or aliases, or overlapping quotes', matchInStages(g.places, d.places, entityStages), byId, excluded('places')),
    times: kindScore('overlapping words and the same start, end and precision', matchInStages(g.times, d.times, timeStages), timeLabel, excluded('times'), {
      loose: loose('span found: overlapping words, any value', g.times, d.times, timeFoundStages),
    }),
    meetings: kindScore('the same participants (after actor matching) and status', matchInStages(g.meetings, d.meetings, meetingStages(actorIds)), byId, excluded('meetings'), {
      loose: loose('participants overlap, any status', g.meetings, d.meetings, meetingOverlapStages(actorIds)),
    }),
    claims: kindScore('the same speakers (after actor matching) and overlapping quotes', matchInStages(g.claims, d.claims, claimStages(actorIds)), byId, excluded('claims'), {
      loose: loose('overlapping quotes, any speakers', g.claims, d.claims, claimSpanStages),
    }),
    events: kindScore('overlapping quotes of the event', events, byId, excluded('events'), {
      cameoRoot: { agreed: coded.filter((pair) => cameoRoot(pair.gold.cameoCode) === cameoRoot(pair.draft.cameoCode)).length, compared: coded.length },
    }),
    quantities: kindScore('the same value and unit kind', matchInStages(g.quantities, d.quantities, quantityStages), byId, excluded('quantities')),
  };
  return {
    kinds,
    all: sumFigures(scoredKinds.map((kind) => kinds[kind])),
    unplacedQuotes: { gold: g.unplacedQuotes, draft: d.unplacedQuotes },
  };
}
