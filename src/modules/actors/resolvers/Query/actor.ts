import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ActorRow } from '../../../common/rows.js';
import { rootNodeOfType } from '../../../nodes/byId.js';

export const actor: QueryResolvers['actor'] = (_parent, { id }, context, info) =>
  rootNodeOfType<ActorRow>(id, context, info, 'Person', 'Country', 'Organisation', 'Group');
