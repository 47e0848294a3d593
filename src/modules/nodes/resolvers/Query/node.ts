import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { NodeRow } from '../../rows.js';

export const node: QueryResolvers['node'] = async (_parent, { id }, { db }) => {
  const [row] = await db.read<{ node: NodeRow }>('nodeById', { id });
  return row?.node ?? null;
};
