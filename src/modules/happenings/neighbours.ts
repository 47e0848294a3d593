import type { Context } from '../../context.js';
import { firstOut } from '../common/neighbours.js';
import type { ClaimKind, Status } from '../../graphql/generated/resolvers.js';
import type { ActorRow, ClaimRow, NeighbourRow, ParticipationRow, PlaceRow, QuantityRow } from '../common/rows.js';

/** Every actor carries :Actor besides its own label (docs/model.md). */
export const actorLabels = ['Actor'] as const;

/**
 * Who takes part in a meeting or event, each with the PARTICIPATED_IN relationship (role,
 * provenance). Seen as of a day, the context's loaders keep only participations known by then.
 */
export async function participantsOf(id: string, context: Context): Promise<ParticipationRow[]> {
  const rows = await context.loaders.incoming({ types: ['PARTICIPATED_IN'], labels: actorLabels }).load(id);
  return rows.map((row) => ({ rel: row.rel, actor: row.node as unknown as ActorRow }));
}

/** The filters of a meeting's or event's claimsAbout. */
export interface ClaimsAboutArgs {
  readonly kinds?: readonly ClaimKind[] | null;
  readonly status?: readonly Status[] | null;
  readonly sources?: readonly string[] | null;
}

/** The claim properties the filters read, fetched by the planner whatever the selection. */
export const claimFilterReads = ['claimKind', 'status'] as const;

/**
 * The claims reached over one hop that pass the filters: a source passes when the relationship
 * names it among the sources stating it (that the claim is about this, or echoes that).
 */
export function keepClaims(rows: readonly NeighbourRow[], { kinds, status, sources }: ClaimsAboutArgs): ClaimRow[] {
  return rows
    .filter((row) => {
      const claim = row.node as unknown as ClaimRow;
      if (kinds && !kinds.includes(claim.claimKind as ClaimKind)) return false;
      if (status && !status.includes(claim.status as Status)) return false;
      const stated = row.rel.sourceIds ?? (row.rel.sourceId ? [row.rel.sourceId] : []);
      return !sources || stated.some((source) => sources.includes(source));
    })
    .map((row) => row.node as unknown as ClaimRow);
}

/** The claims about a meeting or event that pass the filters. */
export async function claimsAboutOf(id: string, args: ClaimsAboutArgs, { loaders }: Context): Promise<ClaimRow[]> {
  return keepClaims(await loaders.incoming({ types: ['ABOUT'], labels: ['Claim'] }).load(id), args);
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
