import { nameKey } from '../../../../db/nameKey.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ActorRow } from '../../rows.js';

export const actorsByName: QueryResolvers['actorsByName'] = async (_parent, { name }, { db }) => {
  const key = nameKey(name);
  if (!key) return [];
  const rows = await db.read<{ actor: ActorRow }>('actorsByName', { key });
  return rows.map((row) => row.actor);
};
