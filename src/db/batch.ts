import DataLoader from 'dataloader';
import type { QueryRunner } from './runner.js';

/**
 * A per-request loader that answers many parent ids with one named query: the query takes
 * `$ids` and returns rows tagged with the parent id, which are grouped back in key order.
 */
export function groupedLoader<Row, Value>(
  runner: QueryRunner,
  queryName: string,
  keyOf: (row: Row) => string,
  valueOf: (row: Row) => Value,
): DataLoader<string, Value[]> {
  return new DataLoader<string, Value[]>(async (ids) => {
    const rows = await runner.read<Row>(queryName, { ids: [...ids] });
    const groups = new Map<string, Value[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(valueOf(row));
      else groups.set(key, [valueOf(row)]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}
