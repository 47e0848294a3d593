import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { pageWindow, readPage } from '../../../common/paging.js';
import type { EventRow } from '../../../common/rows.js';
import { anyOf, listParams } from '../../params.js';

export const events: QueryResolvers['events'] = (_parent, { filter, order, first, after }, { db, limits }) => {
  const window = pageWindow({ first, after }, limits.maxPageSize);
  return readPage<EventRow>(
    db,
    'events',
    {
      ...listParams({ status: filter?.status, time: filter?.time, order }),
      kinds: anyOf(filter?.kinds),
      participant: filter?.participant ?? null,
      roles: anyOf(filter?.roles),
    },
    window,
  );
};
