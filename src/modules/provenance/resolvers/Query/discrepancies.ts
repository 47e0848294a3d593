import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { DiscrepancyRow } from '../../../common/rows.js';

export const discrepancies: QueryResolvers['discrepancies'] = async (_parent, { kind }, { db }) =>
  (await db.read<{ discrepancy: DiscrepancyRow }>('discrepancies', { kind: kind ?? null })).map((row) => row.discrepancy);
