import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ClaimRow } from '../../../common/rows.js';
import { rootNodeOfType } from '../../../nodes/byId.js';

export const claim: QueryResolvers['claim'] = (_parent, { id }, context, info) =>
  rootNodeOfType<ClaimRow>(id, context, info, 'Claim');
