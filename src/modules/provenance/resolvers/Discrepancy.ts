import type { DiscrepancyKind, DiscrepancyResolvers } from '../../../graphql/generated/resolvers.js';
import { evidenceOf } from '../../common/provenance.js';

export const Discrepancy: DiscrepancyResolvers = {
  kind: (discrepancy) => discrepancy.discrepancyKind as DiscrepancyKind,
  concerns: async (discrepancy, _args, { loaders }) =>
    (await loaders.outgoing({ types: ['CONCERNS'] }).load(discrepancy.id)).map((row) => row.node),
  evidence: (discrepancy, _args, context) => evidenceOf(discrepancy, context),
};
