/**
 * When a drafted item counts as the gold's. Ids are the drafter's guesses (it may propose
 * `person:sergey-lavrov` where the gold has `person:sergei-lavrov`), so every rule goes by what
 * the text says: names, places in the text, and the values read from it. Each kind has a strict
 * rule (the figure reported) and, where a near miss says something useful, a looser one.
 */
import type { Stage } from './matching.js';
import type { ClaimItem, EntityItem, HappeningItem, QuantityItem, TimeItem } from './items.js';
import { anyOverlap } from './spans.js';

/** Maps a draft's actor ids to the gold ids they were matched to; other ids stay as they are. */
export type ActorIds = (draftId: string) => string;

/**
 * Actors and places, strongest first: the same id (the drafter resolved it to the known node),
 * then a shared name key of name or aliases ("Sergey Lavrov" is an alias of Sergei Lavrov), then
 * overlapping quotes (the same words of the text name both).
 */
export const entityStages: readonly Stage<EntityItem, EntityItem>[] = [
  { name: 'id', accepts: (gold, draft) => gold.id === draft.id },
  { name: 'name', accepts: (gold, draft) => gold.nameKeys.some((key) => draft.nameKeys.includes(key)) },
  { name: 'span', accepts: (gold, draft) => anyOverlap(gold.spans, draft.spans) },
];

/** A time: its words overlap the gold's and it reads them as the same interval and precision. */
export const timeStages: readonly Stage<TimeItem, TimeItem>[] = [
  {
    name: 'span+value',
    accepts: (gold, draft) =>
      anyOverlap(gold.spans, draft.spans) && gold.start === draft.start && gold.end === draft.end && gold.precision === draft.precision,
  },
];
/** Looser: the time's words were found, whatever they were read as. */
export const timeFoundStages: readonly Stage<TimeItem, TimeItem>[] = [{ name: 'span', accepts: (gold, draft) => anyOverlap(gold.spans, draft.spans) }];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const mapped = (ids: readonly string[], actorIds: ActorIds) => [...new Set(ids.map(actorIds))];

/** A meeting: the same participants (after actor matching) and the same status. */
export const meetingStages = (actorIds: ActorIds): Stage<HappeningItem, HappeningItem>[] => [
  {
    name: 'participants+status',
    accepts: (gold, draft) => gold.status === draft.status && sameSet(gold.participants, mapped(draft.participants, actorIds)),
  },
];
/** Looser: at least one participant in common, whatever the status. */
export const meetingOverlapStages = (actorIds: ActorIds): Stage<HappeningItem, HappeningItem>[] => [
  { name: 'participants overlap', accepts: (gold, draft) => mapped(draft.participants, actorIds).some((id) => gold.participants.includes(id)) },
];

/** A claim: the same speakers (after actor matching) and overlapping quotes of what was said. */
export const claimStages = (actorIds: ActorIds): Stage<ClaimItem, ClaimItem>[] => [
  { name: 'speakers+span', accepts: (gold, draft) => sameSet(gold.speakers, mapped(draft.speakers, actorIds)) && anyOverlap(gold.spans, draft.spans) },
];
/** Looser: overlapping quotes, whoever is said to have said it. */
export const claimSpanStages: readonly Stage<ClaimItem, ClaimItem>[] = [{ name: 'span', accepts: (gold, draft) => anyOverlap(gold.spans, draft.spans) }];

/** An event: overlapping quotes of the event itself (its CAMEO root is reported apart). */
export const eventStages: readonly Stage<HappeningItem, HappeningItem>[] = [{ name: 'span', accepts: (gold, draft) => anyOverlap(gold.spans, draft.spans) }];

/** "hours" and "hour", "Years" and "year" are one unit. */
const unitKey = (unit: string) => unit.trim().toLowerCase().replace(/s$/, '');

/**
 * A quantity: the same value and the same kind of unit: the quantity kind, and for money the
 * currency, for durations the unit of time. Counts do not compare their unit, which names what
 * is counted in words of the annotator's choosing ("troop", "soldier").
 */
export const quantityStages: readonly Stage<QuantityItem, QuantityItem>[] = [
  {
    name: 'value+unit',
    accepts: (gold, draft) =>
      gold.value === draft.value &&
      gold.quantityKind === draft.quantityKind &&
      (gold.quantityKind !== 'MONEY' || gold.currency === undefined || draft.currency === undefined || gold.currency === draft.currency) &&
      (gold.quantityKind !== 'DURATION' || unitKey(gold.unit) === unitKey(draft.unit)),
  },
];

/** CAMEO's root: the first two digits ("036" is in root 03, intent to cooperate). */
export const cameoRoot = (code: string | undefined): string | undefined => code?.slice(0, 2);
