import type { Context } from '../../../context.js';
import type { ActorRow } from '../rows.js';

/** Fields every kind of actor answers the same way, shared by Person, Country, Organisation, Group. */
export const actorFields = {
  aliases: (actor: ActorRow) => actor.aliases ?? [],
  meetings: (actor: ActorRow, _args: unknown, { loaders }: Context) => loaders.meetingsOfActor.load(actor.id),
};
