import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ClaimRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';

export const claim: QueryResolvers['claim'] = (_parent, { id }, context) => nodeOfType<ClaimRow>(id, context, 'Claim');
