import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { SourceRow } from '../../../common/rows.js';
import { nodeOfType } from '../../../nodes/byId.js';

export const source: QueryResolvers['source'] = (_parent, { id }, context) => nodeOfType<SourceRow>(id, context, 'Source');
