import type { EvidenceResolvers, EvidenceRole } from '../../../graphql/generated/resolvers.js';
import type { SourceRow } from '../../common/rows.js';

export const Evidence: EvidenceResolvers = {
  source: async (evidence, _args, { loaders }) => {
    const rows = await loaders.outgoing({ types: ['QUOTED_FROM'], labels: ['Source'] }).load(evidence.id);
    const source = rows[0]?.node as unknown as SourceRow | undefined;
    // The seed links every Evidence to the text it quotes; a missing link is a data error.
    if (!source) throw new Error(`evidence ${evidence.id} has no QUOTED_FROM source`);
    return source;
  },
  role: (evidence) => (evidence.role ?? null) as EvidenceRole | null,
};
