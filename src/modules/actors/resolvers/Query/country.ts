import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ActorRow } from '../../../common/rows.js';
import { planned } from '../../../../planner/index.js';

/**
 * ISO 3166-1's exceptionally reserved alpha-2 codes that analysts type for a country whose own
 * code differs: UK is reserved for the United Kingdom, whose code is GB.
 */
const exceptionalReservations: Readonly<Record<string, string>> = { UK: 'GB' };

export const country: QueryResolvers['country'] = async (_parent, { code }, context, info) => {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(upper)) return null;
  const normalised = exceptionalReservations[upper] ?? upper;
  const [row] = await planned(context, info).read<{ country: ActorRow }>('countryByCode', { code: normalised });
  return row?.country ?? null;
};
