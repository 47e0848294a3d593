import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { ownerPage, pageWindow } from '../../../common/paging.js';
import type { ActorRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';
import { listParams } from '../../params.js';

/** The same batched query as Actor.timeline; null rather than an empty page when the actor is unknown. */
export const timeline: QueryResolvers['timeline'] = async (_parent, { actor, status, time, order, first, after }, context) => {
  const window = pageWindow({ first, after }, context.limits.maxPageSize, 50);
  const [owner, page] = await Promise.all([
    nodeOfType<ActorRow>(actor, context, 'Person', 'Country', 'Organisation', 'Group'),
    ownerPage(context.loaders.happenings.timeline, actor, listParams({ status, time, order }), window),
  ]);
  return owner ? page : null;
};
