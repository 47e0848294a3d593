import { badInput } from '../../../../errors.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { MeetingRow } from '../../../common/rows.js';
import { meetingFilterParams } from '../../params.js';
import { planned } from '../../../../planner/index.js';

export const meetingsBetween: QueryResolvers['meetingsBetween'] = (_parent, { a, b, filter, order, first, after }, context, info) => {
  if (a === b) throw badInput(`a and b must be two different actors; got "${a}" for both`, 'b');
  const window = pageWindow({ first, after }, context.limits.maxPageSize);
  return readPage<MeetingRow>(planned(context, info), 'meetingsBetween', { ...meetingFilterParams(filter, order), a, b }, window);
};
