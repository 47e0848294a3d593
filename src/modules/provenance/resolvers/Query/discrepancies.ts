import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { DiscrepancyRow } from '../../../common/rows.js';
import { planned } from '../../../../planner/index.js';

export const discrepancies: QueryResolvers['discrepancies'] = async (_parent, { kind }, context, info) =>
  (await planned(context, info).read<{ discrepancy: DiscrepancyRow }>('discrepancies', { kind: kind ?? null })).map((row) => row.discrepancy);
