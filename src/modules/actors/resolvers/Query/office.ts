import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { OfficeRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';

export const office: QueryResolvers['office'] = (_parent, { id }, context) => nodeOfType<OfficeRow>(id, context, 'Office');
