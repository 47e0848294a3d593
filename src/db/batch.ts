import DataLoader from 'dataloader';
import type { Params, QueryRunner } from './runner.js';

/**
 * A per-request loader that answers many parent ids with one named query: the query takes
 * `$ids` and returns rows tagged with `ownerId`, which are grouped back in key order.
 */
export function groupedLoader<Row extends { ownerId: string }>(
  runner: QueryRunner,
  queryName: string,
  params: Params = {},
): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (ids) => {
    const rows = await runner.read<Row>(queryName, { ...params, ids: [...ids] });
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const group = groups.get(row.ownerId);
      if (group) group.push(row);
      else groups.set(row.ownerId, [row]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** A per-request loader for one-row-per-id lookups (`$ids` in, rows with `ownerId` out). */
export function singleLoader<Row extends { ownerId: string }>(runner: QueryRunner, queryName: string): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = await runner.read<Row>(queryName, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.ownerId, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loaders that differ only in their extra parameters (a page window, filters), made on first
 * use and kept for the request, so every parent asking the same question shares one batch.
 */
export class LoaderFamily<Value> {
  private readonly loaders = new Map<string, DataLoader<string, Value>>();

  constructor(private readonly make: (params: Params) => DataLoader<string, Value>) {}

  get(params: Params): DataLoader<string, Value> {
    // Sorted entries, so the same question asked with keys in another order shares the loader.
    const key = JSON.stringify(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = this.make(params);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/** The row shape of a batched, paged query: one row per parent with its total and one page. */
export interface PagedRow<Row> {
  readonly ownerId: string;
  readonly total: number;
  readonly page: Row[];
}

/** A family of loaders over a paged query taking `$ids`, `$skip`, `$limit` and filters. */
export function pagedFamily<Row>(runner: QueryRunner, queryName: string) {
  return new LoaderFamily<{ total: number; rows: Row[] }>(
    (params) =>
      new DataLoader(async (ids) => {
        const rows = await runner.read<PagedRow<Row>>(queryName, { ...params, ids: [...ids] });
        const byOwner = new Map(rows.map((row) => [row.ownerId, row]));
        return ids.map((id) => {
          const row = byOwner.get(id);
          return { total: row?.total ?? 0, rows: row?.page ?? [] };
        });
      }),
  );
}
