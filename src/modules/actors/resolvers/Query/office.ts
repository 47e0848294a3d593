import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { OfficeRow } from '../../../common/rows.js';
import { rootNodeOfType } from '../../../nodes/byId.js';

export const office: QueryResolvers['office'] = (_parent, { id }, context, info) =>
  rootNodeOfType<OfficeRow>(id, context, info, 'Office');
