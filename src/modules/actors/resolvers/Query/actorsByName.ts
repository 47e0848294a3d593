import { nameKey } from '../../../../db/nameKey.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { ActorRow } from '../../../common/rows.js';
import { labelsOfKinds } from '../../kinds.js';
import { planned } from '../../../../planner/index.js';

/** 0 for the actor's own name, 1 for one of its aliases, 2 for whole words of either. */
const rank = (actor: ActorRow, key: string, exact: boolean) => (nameKey(actor.name) === key ? 0 : exact ? 1 : 2);

export const actorsByName: QueryResolvers['actorsByName'] = async (_parent, { name, kinds }, context, info) => {
  const key = nameKey(name);
  if (!key) return [];
  // A key holds only letters, digits and single spaces, so it is safe inside a Lucene phrase.
  const phrase = `name:"${key}" OR aliasText:"${key}"`;
  const rows = await planned(context, info).read<{ actor: ActorRow; exact: boolean }>('actorsByName', { key, phrase, labels: labelsOfKinds(kinds) });
  // Stable: within a rank, the query's order (by name) stays.
  return rows
    .map((row) => ({ actor: row.actor, rank: rank(row.actor, key, row.exact) }))
    .sort((x, y) => x.rank - y.rank)
    .map((row) => row.actor);
};
