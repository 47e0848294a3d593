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

export const encodeCursor = (offset: number): string => Buffer.from(`${cursorPrefix}${offset}`).toString('base64url');

/** Reads `first`/`after` into a window, refusing sizes past the limit and cursors we did not issue. */
export function pageWindow({ first, after }: PageArgs, maxPageSize: number, defaultSize = 20): PageWindow {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw badInput(`first must be between 1 and ${maxPageSize}; got ${first}`, 'first');
  }
  if (after === undefined || after === null) return { skip: 0, limit };
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const offset = decoded.startsWith(cursorPrefix) ? Number(decoded.slice(cursorPrefix.length)) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0) {
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
