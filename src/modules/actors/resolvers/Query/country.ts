import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ActorRow } from '../../../common/rows.js';
import { planned } from '../../../../planner/index.js';

export const country: QueryResolvers['country'] = async (_parent, { code }, context, info) => {
  const normalised = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(normalised)) return null;
  const [row] = await planned(context, info).read<{ country: ActorRow }>('countryByCode', { code: normalised });
  return row?.country ?? null;
};
