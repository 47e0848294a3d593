import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { MeetingRow } from '../../../common/rows.js';
import { meetingFilterParams } from '../../params.js';

export const meetings: QueryResolvers['meetings'] = (_parent, { filter, order, first, after }, { db, limits }) => {
  const window = pageWindow({ first, after }, limits.maxPageSize);
  return readPage<MeetingRow>(db, 'meetings', meetingFilterParams(filter, order), window);
};
