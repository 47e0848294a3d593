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
}

/** A list-valued filter as a query parameter: null (not given) means any value passes. */
export function anyOf<Value extends string>(values: readonly Value[] | null | undefined): Value[] | null {
  return values ? [...values] : null;
}

/**
 * The parameters every happening query takes: statuses, the time range (refused when it ends
 * before it starts), the sources that must state it and the direction.
 */
export function listParams({ status, time, order, sources }: ListArgs) {
  return { status: anyOf(status), ...timeParams(time), sources: anyOf(sources), descending: order === 'DESC' };
}

/** The parameters of the meetings and meetingsBetween queries. */
export function meetingFilterParams(filter: MeetingFilter | null | undefined, order: SortOrder | null | undefined) {
  return {
    ...listParams({ status: filter?.status, time: filter?.time, order, sources: filter?.sources }),
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
