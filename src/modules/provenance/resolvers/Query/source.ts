import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { SourceRow } from '../../../common/rows.js';
import { rootNodeOfType } from '../../../nodes/byId.js';

export const source: QueryResolvers['source'] = (_parent, { id }, context, info) =>
  rootNodeOfType<SourceRow>(id, context, info, 'Source');
