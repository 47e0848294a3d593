import { getNamedType, isObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../../context.js';
import type { SortOrder } from '../../graphql/generated/resolvers.js';
import { askedFields } from '../../planner/selection.js';
import { pageWindow } from '../common/paging.js';
import type { RelationsFilter, RelationsParts, RelationsQueryRow, RelationsRow, TimelinePageRow } from './rows.js';

/** A page of the merged timeline, as the relations query takes it. */
export type TimelineWindow = Pick<TimelinePageRow, 'skip' | 'limit' | 'descending'>;

export type Part = keyof RelationsParts;

/** The relations query's part each field of Relations reads: aid and alliances are events picked by kind. */
const partOfField: Readonly<Record<string, Part>> = {
  meetings: 'meetings',
  events: 'events',
  aid: 'events',
  alliances: 'events',
  claims: 'claims',
  summary: 'summary',
};

const noParts: RelationsParts = { meetings: false, events: false, claims: false, summary: false };

export function timelineWindow(args: { order?: SortOrder | null; first?: number | null; after?: string | null }, maxPageSize: number): TimelineWindow {
  const { skip, limit } = pageWindow(args, maxPageSize, 50);
  return { skip, limit, descending: args.order === 'DESC' };
}

const sameWindow = (x: TimelineWindow, y: TimelineWindow): boolean => x.skip === y.skip && x.limit === y.limit && x.descending === y.descending;

/**
 * The parts of the relationship the selection below `relations` reads, so the query gathers
 * only those: asking for the summary alone ships counts, not every happening. A timeline page
 * whose arguments are refused is left for its own resolver to refuse.
 */
export function askedParts(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'returnType' | 'fieldNodes'>, maxPageSize: number) {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) throw new Error(`relations returns ${type.name}, not an object type`);
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])) as SelectionSetNode[];
  const parts: Record<Part, boolean> = { ...noParts };
  const timelines: TimelineWindow[] = [];
  for (const field of askedFields({ schema: info.schema, fragments: info.fragments, variables: info.variableValues }, type, sets)) {
    const part = partOfField[field.name];
    if (part) parts[part] = true;
    if (field.name !== 'timeline') continue;
    let window: TimelineWindow;
    try {
      window = timelineWindow(field.args, maxPageSize);
    } catch {
      continue;
    }
    if (!timelines.some((known) => sameWindow(known, window))) timelines.push(window);
  }
  return { parts: parts as RelationsParts, timelines };
}

/** The relations query for these parts; null when either side is not an actor. */
export async function readRelations(
  db: Pick<Context['db'], 'read'>,
  filter: RelationsFilter,
  parts: RelationsParts,
  timelines: readonly TimelineWindow[],
): Promise<RelationsQueryRow | null> {
  const [row] = await db.read<RelationsQueryRow>('relations', { ...filter, parts: { ...parts }, timelines: [...timelines] });
  return row ?? null;
}

/**
 * A part the root field's query did not gather (its selection read otherwise than foreseen)
 * is gathered on its own, so an answer never silently misses a part.
 */
export async function gathered(relations: RelationsRow, context: Context, part: Part): Promise<RelationsQueryRow> {
  if (relations.parts[part]) return relations;
  const row = await readRelations(context.db, relations.filter, { ...noParts, [part]: true }, []);
  if (!row) throw new Error(`relations between ${relations.filter.a} and ${relations.filter.b} vanished while being read`);
  return row;
}

/** The timeline page for this window, from the root's query or, if it did not gather it, on its own. */
export async function timelinePage(relations: RelationsRow, context: Context, window: TimelineWindow): Promise<TimelinePageRow> {
  const found = relations.timelines.find((page) => sameWindow(page, window));
  if (found) return found;
  const page = (await readRelations(context.db, relations.filter, noParts, [window]))?.timelines[0];
  if (!page) throw new Error(`relations between ${relations.filter.a} and ${relations.filter.b} vanished while being read`);
  return page;
}
