import type { DiscrepancyAspect, DiscrepancyChange, DiscrepancyKind, DiscrepancyResolvers } from '../../../graphql/generated/resolvers.js';
import { evidenceOf } from '../../common/provenance.js';

export const Discrepancy: DiscrepancyResolvers = {
  kind: (discrepancy) => discrepancy.discrepancyKind as DiscrepancyKind,
  concerns: async (discrepancy, _args, { loaders }) =>
    (await loaders.outgoing({ types: ['CONCERNS'] }).load(discrepancy.id)).map((row) => row.node),
  evidence: (discrepancy, _args, context) => evidenceOf(discrepancy, context),
  detected: (discrepancy) => (discrepancy as unknown as { detected?: boolean }).detected === true,
  change: (discrepancy) => ((discrepancy as unknown as { change?: string }).change ?? null) as DiscrepancyChange | null,
  aspect: (discrepancy) => ((discrepancy as unknown as { aspect?: string }).aspect ?? null) as DiscrepancyAspect | null,
};
