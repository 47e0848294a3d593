import type { LoaderFamily } from '../../db/batch.js';
import type { Params, QueryRunner } from '../../db/runner.js';
import { toConnection, type PageWindow } from '../common/paging.js';

/** One page of a root list query that returns a single `{ total, page }` row. */
export async function readPage<Row>(db: QueryRunner, queryName: string, params: Params, window: PageWindow) {
  const [row] = await db.read<{ total: number; page: Row[] }>(queryName, { ...params, skip: window.skip, limit: window.limit });
  return toConnection({ total: row?.total ?? 0, rows: row?.page ?? [] }, window);
}

/**
 * One owner's page of a batched list (a person's meetings, a place's events): every owner
 * asking with the same arguments joins one batch, so a level of nesting costs one round trip.
 */
export async function ownerPage<Row>(
  family: LoaderFamily<{ total: number; rows: Row[] }>,
  ownerId: string,
  params: Params,
  window: PageWindow,
) {
  const page = await family.get({ ...params, skip: window.skip, limit: window.limit }).load(ownerId);
  return toConnection(page, window);
}
