import type { Limits } from '../../config.js';
import type { Context } from '../../context.js';
import type { Params } from '../../db/runner.js';
import type { PageFamily, PageFetch } from '../../planner/fetches.js';
import { pageWindow, toConnection, type Page, type PageArgs } from './paging.js';

/**
 * A paged list a node owns (a person's meetings, a source's supported nodes): the loader family
 * that answers it, the filters its arguments give and its default page size. Resolvers and the
 * planner both read it, so a planned fetch and the resolver's own load share one cache key.
 */
export interface OwnerList<Args extends PageArgs> {
  readonly family: PageFamily;
  readonly filters: (args: Args) => Params;
  readonly defaultSize?: number;
}

function windowed<Args extends PageArgs>(list: OwnerList<Args>, args: Args, limits: Limits) {
  const window = pageWindow(args, limits.maxPageSize, list.defaultSize);
  return { window, params: { ...list.filters(args), skip: window.skip, limit: window.limit } };
}

/** One owner's page of the list as a connection, batched with every owner asking alike. */
export async function ownerList<Row, Args extends PageArgs = PageArgs>(context: Context, list: OwnerList<Args>, ownerId: string, args: Args) {
  const { window, params } = windowed(list, args, context.limits);
  const page = (await context.loaders.pages[list.family].get(params).load(ownerId)) as Page<Row>;
  return toConnection(page, window);
}

/** The same list as a fetch the planner runs ahead. */
export function listFetch<Args extends PageArgs>(list: OwnerList<Args>): PageFetch {
  return { kind: 'page', family: list.family, params: (args, limits) => windowed(list, args as Args, limits).params };
}
