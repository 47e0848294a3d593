import type { Params, QueryRunner } from './runner.js';

/**
 * Answers as of a day D: what the sources published by D had said. The graph keeps, beside every
 * node's and relationship's current view, `knownFrom` (the first day a source stating it had been
 * published) and `views` (how it looked before the latest change; written by the loader,
 * src/ingest/views.ts). The named queries keep only what is known by `$asOf`; this view puts
 * each row's properties back as they were on that day.
 */
interface EarlierView {
  readonly from: string;
  readonly to: string;
  readonly set: Record<string, unknown>;
  readonly unset: readonly string[];
}

const parsed = new Map<string, readonly EarlierView[]>();

function earlierViews(json: string): readonly EarlierView[] {
  let views = parsed.get(json);
  if (!views) {
    views = JSON.parse(json) as EarlierView[];
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(json, views);
  }
  return views;
}

/** A node's or relationship's properties (a plain row from the driver) as they were on `asOf`. */
export function viewAsOf<Row extends Record<string, unknown>>(row: Row, asOf: string): Row {
  const json = row['views'];
  if (typeof json !== 'string') return row;
  const view = earlierViews(json).find((earlier) => earlier.from <= asOf && asOf < earlier.to);
  if (!view) return row;
  const out: Record<string, unknown> = { ...row, ...view.set };
  for (const key of view.unset) delete out[key];
  return out as Row;
}

/** Every map in a result, at any depth, as it was on `asOf`. */
export function rowsAsOf<T>(value: T, asOf: string): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => rowsAsOf(item, asOf)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = rowsAsOf(inner, asOf);
  return viewAsOf(out, asOf) as T;
}

/**
 * The request's runner seen as of a day: every statement gets `$asOf`, which each named query
 * honours (only what a source published by then states), and every row comes back as it was then.
 */
export function runnerAsOf(runner: QueryRunner, asOf: string): QueryRunner {
  const withDay = (params: Params | undefined): Params => ({ ...(params ?? {}), asOf });
  return {
    read: async (name, params) => rowsAsOf(await runner.read(name, withDay(params)), asOf),
    write: (name, params) => runner.write(name, params),
    namedQuery: (name) => runner.namedQuery(name),
    asOf,
    readComposed: async (name, text, params) => rowsAsOf(await runner.readComposed(name, text, withDay(params)), asOf),
    plansWarm: () => runner.plansWarm(),
  };
}
