import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ActorRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';

export const actor: QueryResolvers['actor'] = (_parent, { id }, context) =>
  nodeOfType<ActorRow>(id, context, 'Person', 'Country', 'Organisation', 'Group');
