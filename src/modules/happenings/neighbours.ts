import type { Context } from '../../context.js';
import { relationshipCounts } from '../common/asOf.js';
import { firstOut } from '../common/neighbours.js';
import type { ActorRow, ParticipationRow, PlaceRow, QuantityRow } from '../common/rows.js';

/** Every actor carries :Actor besides its own label (docs/model.md). */
export const actorLabels = ['Actor'] as const;

/**
 * Who takes part in a meeting or event, each with the PARTICIPATED_IN relationship (role,
 * provenance). Seen as of a day, only participations a source published by then states.
 */
export async function participantsOf(id: string, context: Context, asOf?: string | null): Promise<ParticipationRow[]> {
  const rows = await context.loaders.incoming({ types: ['PARTICIPATED_IN'], labels: actorLabels }).load(id);
  const all = rows.map((row) => ({ rel: row.rel, actor: row.node as unknown as ActorRow, asOf: asOf ?? null }));
  const kept = await Promise.all(all.map((row) => relationshipCounts(row.rel, asOf, context)));
  return all.filter((_row, i) => kept[i]);
}

/** A happening's quantities, each with the role its HAS_QUANTITY relationship gives it. */
export async function quantitiesOf(id: string, { loaders }: Context): Promise<QuantityRow[]> {
  const rows = await loaders.outgoing({ types: ['HAS_QUANTITY'], labels: ['Quantity'] }).load(id);
  return rows.map((row) => ({ ...(row.node as unknown as QuantityRow), role: row.rel.role ?? null }));
}

/** Where a meeting or event takes place, when that is a Place (not a whole country). */
export async function placeOf(id: string, context: Context): Promise<PlaceRow | null> {
  return firstOut<PlaceRow>(context, id, { types: ['TAKES_PLACE_IN'], labels: ['Place'] });
}

/**
 * The country a meeting or event takes place in: named directly (an invasion "of Ukraine"), or
 * the one country its place undisputedly lies in.
 */
export async function countryOf(id: string, context: Context): Promise<ActorRow | null> {
  const direct = await firstOut<ActorRow>(context, id, { types: ['TAKES_PLACE_IN'], labels: ['Country'] });
  if (direct) return direct;
  const place = await placeOf(id, context);
  if (!place) return null;
  // A contested place (Crimea) has no single country: Place.countries lists each claim.
  const links = await context.loaders.outgoing({ types: ['LOCATED_IN'], labels: ['Country'] }).load(place.id);
  const undisputed = links.filter((link) => link.rel.contested !== true);
  return undisputed.length === 1 ? (undisputed[0]!.node as unknown as ActorRow) : null;
}
