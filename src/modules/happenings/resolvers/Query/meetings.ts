import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { MeetingRow } from '../../../common/rows.js';
import { meetingFilterParams } from '../../params.js';
import { planned } from '../../../../planner/index.js';

export const meetings: QueryResolvers['meetings'] = (_parent, { filter, order, first, after }, context, info) => {
  const window = pageWindow({ first, after }, context.limits.maxPageSize);
  return readPage<MeetingRow>(planned(context, info), 'meetings', meetingFilterParams(filter, order), window);
};
