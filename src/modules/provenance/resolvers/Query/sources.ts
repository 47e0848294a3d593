import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { SourceRow } from '../../../common/rows.js';
import { planned } from '../../../../planner/index.js';

export const sources: QueryResolvers['sources'] = (_parent, { first, after }, context, info) =>
  readPage<SourceRow>(planned(context, info), 'sources', {}, pageWindow({ first, after }, context.limits.maxPageSize));
