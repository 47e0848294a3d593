import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ActorRow } from '../../../common/rows.js';

export const country: QueryResolvers['country'] = async (_parent, { code }, { db }) => {
  const normalised = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(normalised)) return null;
  const [row] = await db.read<{ country: ActorRow }>('countryByCode', { code: normalised });
  return row?.country ?? null;
};
