import type { MeetingFilter, SortOrder, Status } from '../../graphql/generated/resolvers.js';
import { badInput } from '../../errors.js';
import { timeParams, type TimeRange } from '../common/time.js';

/** The arguments every list of meetings, events or claims takes besides paging. */
export interface ListArgs {
  readonly status?: readonly Status[] | null;
  readonly time?: TimeRange | null;
  readonly order?: SortOrder | null;
  /** Only what one of these sources states. */
  readonly sources?: readonly string[] | null;
  /** Only what at least this many sources state, background knowledge apart. */
  readonly minSources?: number | null;
}

/** The most sources a list may ask to state each fact: more than any fact has, yet bounded. */
export const maxMinSources = 100;

/**
 * A minimum number of stating sources as a query parameter: null (not given) means no minimum;
 * anything but a whole number from 1 to 100 is refused, naming the argument that carries it.
 */
export function minSourcesParam(minSources: number | null | undefined, argument = 'minSources'): number | null {
  if (minSources === null || minSources === undefined) return null;
  if (!Number.isInteger(minSources) || minSources < 1 || minSources > maxMinSources) {
    throw badInput(
      `minSources must be between 1 and ${maxMinSources} (how many sources, background knowledge apart, must state each item); got ${minSources}. Omit it for no minimum`,
      argument,
    );
  }
  return minSources;
}

/** A list-valued filter as a query parameter: null (not given) means any value passes. */
export function anyOf<Value extends string>(values: readonly Value[] | null | undefined): Value[] | null {
  return values ? [...values] : null;
}

/**
 * The parameters every happening query takes: statuses, the time range (refused when it ends
 * before it starts), the sources that must state it, how many must (refused outside 1 to 100;
 * `argument` names where it was given) and the direction.
 */
export function listParams({ status, time, order, sources, minSources }: ListArgs, argument?: string) {
  return {
    status: anyOf(status),
    ...timeParams(time),
    sources: anyOf(sources),
    minSources: minSourcesParam(minSources, argument),
    descending: order === 'DESC',
  };
}

/** The parameters of the meetings and meetingsBetween queries. */
export function meetingFilterParams(filter: MeetingFilter | null | undefined, order: SortOrder | null | undefined) {
  return {
    ...listParams({ status: filter?.status, time: filter?.time, order, sources: filter?.sources, minSources: filter?.minSources }, 'filter'),
    participant: filter?.participant ?? null,
    place: filter?.place ?? null,
    asOf: filter?.asOf ?? null,
  };
}

/** CAMEO roots as given ("04"), refused unless each is one of the twenty two-digit roots. */
export function cameoRootParams(roots: readonly string[] | null | undefined): string[] | null {
  if (!roots) return null;
  const wrong = roots.filter((root) => !/^(0[1-9]|1[0-9]|20)$/.test(root));
  if (wrong.length > 0) {
    throw badInput(`cameoRoots: ${wrong.map((r) => JSON.stringify(r)).join(', ')} is not a CAMEO root; roots are two digits, "01" to "20"`, 'filter');
  }
  return [...roots];
}
