type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isObjectList = (value: Json | undefined): value is JsonObject[] => Array.isArray(value) && value.length > 0 && value.every(isObject);

/** The widest a cell gets before it is cut, so a long quote does not push the table off screen. */
const maxCell = 60;
/** Relay's wrappers say nothing to a reader: `meetings.nodes.title` reads as `meetings.title`. */
const wrapper = new Set(['nodes', 'edges', 'node']);

const join = (...parts: string[]) => parts.filter((part) => part !== '' && !wrapper.has(part)).join('.');

/** An object in one cell: its leaf values in order ("VISITOR Liz Truss"). */
function summary(value: Json): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(summary).filter(Boolean).join('; ');
  if (isObject(value)) return Object.values(value).map(summary).filter(Boolean).join(' ');
  return String(value);
}

/** The paths (below an object) of its lists of objects, through nested objects but not into lists. */
function objectLists(object: JsonObject, prefix: string[] = []): string[][] {
  return Object.entries(object).flatMap(([key, value]) =>
    isObjectList(value) || (Array.isArray(value) && value.length === 0) ? [[...prefix, key]] : isObject(value) ? objectLists(value, [...prefix, key]) : [],
  );
}

const at = (object: JsonObject, path: readonly string[]): Json | undefined =>
  path.reduce<Json | undefined>((value, key) => (isObject(value) ? value[key] : undefined), object);

/** One row's cells: scalars by path, lists summarised, and the one list it expands along left out. */
function cells(object: JsonObject, prefix: string, skip: string, row: Map<string, string>, within = ''): void {
  for (const [key, value] of Object.entries(object)) {
    const relative = within === '' ? key : `${within}.${key}`;
    if (relative === skip) continue;
    if (isObject(value)) cells(value, prefix, skip, row, relative);
    else row.set(join(prefix, ...relative.split('.')), summary(value));
  }
}

/**
 * The rows of a list: one per item, or, when each item holds exactly one list of objects (an
 * actor's meetings), one per item of that inner list with the outer item's fields repeated, so
 * the table lists the facts asked for; other lists become one cell each.
 */
function rows(items: readonly JsonObject[], prefix: string): Map<string, string>[] {
  return items.flatMap((item) => {
    const lists = objectLists(item);
    const own = new Map<string, string>();
    if (lists.length !== 1) {
      cells(item, prefix, '', own);
      return [own];
    }
    const listPath = lists[0]!;
    const inner = at(item, listPath);
    cells(item, prefix, listPath.join('.'), own);
    if (!isObjectList(inner)) return [own];
    return rows(inner, join(prefix, ...listPath)).map((innerRow) => new Map([...own, ...innerRow]));
  });
}

const cut = (text: string) => (text.length > maxCell ? `${text.slice(0, maxCell - 1)}…` : text).replace(/\s+/g, ' ');

function render(title: string, table: Map<string, string>[]): string {
  const all = [...new Set(table.flatMap((row) => [...row.keys()]))];
  // A null object (a meeting with no place) leaves its cells under the fields other rows have.
  const columns = all.filter((column) => !(all.some((other) => other.startsWith(`${column}.`)) && table.every((row) => !row.get(column))));
  const grid = [columns, ...table.map((row) => columns.map((column) => cut(row.get(column) ?? '')))];
  const widths = columns.map((_, index) => Math.max(...grid.map((line) => line[index]!.length)));
  const line = (values: string[]) => values.map((value, index) => value.padEnd(widths[index]!)).join(' | ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [`${title} (${table.length} ${table.length === 1 ? 'row' : 'rows'})`, line(grid[0]!), rule, ...grid.slice(1).map(line)].join('\n');
}

/** An answer's data as plain-text tables, one per root field: what `npm run query -- --table` prints. */
export function answerTables(data: JsonObject): string {
  return Object.entries(data)
    .map(([field, value]) => {
      if (isObjectList(value)) return render(field, rows(value, ''));
      if (isObject(value)) return render(field, rows([value], ''));
      if (Array.isArray(value) && value.length === 0) return `${field} (0 rows)`;
      return `${field}: ${summary(value)}`;
    })
    .join('\n\n');
}
