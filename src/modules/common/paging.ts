import type { LoaderFamily } from '../../db/batch.js';
import type { Params, QueryRunner } from '../../db/runner.js';
import { badInput } from '../../errors.js';

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface PageWindow {
  readonly skip: number;
  readonly limit: number;
}

const cursorPrefix = 'offset:';
/** Nine digits at most: far past any list in the graph, and SKIP + LIMIT stay within Neo4j's 32-bit range. */
const cursorOffset = /^offset:(\d{1,9})$/;

export const encodeCursor = (offset: number): string => Buffer.from(`${cursorPrefix}${offset}`).toString('base64url');

/** Reads `first`/`after` into a window, refusing sizes past the limit and cursors we did not issue. */
export function pageWindow({ first, after }: PageArgs, maxPageSize: number, defaultSize = 20): PageWindow {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw badInput(`first must be between 1 and ${maxPageSize}; got ${first}`, 'first');
  }
  if (after === undefined || after === null) return { skip: 0, limit };
  const offset = Number(cursorOffset.exec(Buffer.from(after, 'base64url').toString('utf8'))?.[1] ?? Number.NaN);
  if (!Number.isInteger(offset)) {
    throw badInput(`after must be a cursor returned by this API (an edge's cursor or pageInfo.endCursor); got "${after}"`, 'after');
  }
  return { skip: offset + 1, limit };
}

export interface Page<Row> {
  readonly total: number;
  readonly rows: Row[];
}

/** A Relay connection over one page of rows that started at `skip`. */
export function toConnection<Row>({ total, rows }: Page<Row>, { skip }: PageWindow) {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(skip + index), node }));
  return {
    edges,
    nodes: rows,
    totalCount: total,
    pageInfo: {
      hasNextPage: skip + rows.length < total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** One page of a root list query that returns a single `{ total, page }` row. */
export async function readPage<Row>(db: Pick<QueryRunner, 'read'>, queryName: string, params: Params, window: PageWindow) {
  const [row] = await db.read<{ total: number; page: Row[] }>(queryName, { ...params, skip: window.skip, limit: window.limit });
  return toConnection({ total: row?.total ?? 0, rows: row?.page ?? [] }, window);
}

/**
 * One owner's page of a batched list (a person's meetings, a source's supported nodes): every
 * owner asking with the same arguments joins one batch, so a level of nesting costs one round trip.
 */
export async function ownerPage<Row>(
  family: LoaderFamily<Page<Row>>,
  ownerId: string,
  params: Params,
  window: PageWindow,
) {
  const page = await family.get({ ...params, skip: window.skip, limit: window.limit }).load(ownerId);
  return toConnection(page, window);
}
