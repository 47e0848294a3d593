import { nameKey } from '../../../../db/nameKey.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ActorRow } from '../../../common/rows.js';
import { labelsOfKinds } from '../../kinds.js';
import { planned } from '../../../../planner/index.js';

export const actorsByName: QueryResolvers['actorsByName'] = async (_parent, { name, kinds }, context, info) => {
  const key = nameKey(name);
  if (!key) return [];
  const rows = await planned(context, info).read<{ actor: ActorRow }>('actorsByName', { key, labels: labelsOfKinds(kinds) });
  return rows.map((row) => row.actor);
};
