import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { timeParams } from '../../../common/time.js';
import { askedParts } from '../../parts.js';
import type { RelationsFilter, RelationsQueryRow } from '../../rows.js';
import { countedStatuses } from '../../summary.js';
import { planned } from '../../../../planner/index.js';

/**
 * Everything between two actors that the selection asks for, loaded in one query (see
 * cypher/queries/relations.cypher for who counts as a side). Claims are those whose speaker is
 * on one side and that are directly ABOUT the other side (not merely about a meeting or event it
 * takes part in), leaving out claims aimed only at a third party. The summary is counted and the
 * timeline paged in the database. Null when either id is not an actor.
 */
export const relations: QueryResolvers['relations'] = async (_parent, { a, b, time, status, sources }, context, info) => {
  const filter: RelationsFilter = { a, b, status: status ? [...status] : null, sources: sources ? [...sources] : null, ...timeParams(time) };
  const { parts, timelines } = askedParts(info, context.limits.maxPageSize);
  const [row] = await planned(context, info).read<RelationsQueryRow>('relations', { ...filter, parts, timelines });
  return row ? { ...row, filter, parts, counted: countedStatuses(status) } : null;
};
