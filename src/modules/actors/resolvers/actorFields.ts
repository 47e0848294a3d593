import type { Context } from '../../../context.js';
import type { ActorRow } from '../../common/rows.js';
import { firstOut } from '../../common/neighbours.js';
import { provenanceFields } from '../../common/provenance.js';
import { actorKindOf } from '../kinds.js';

/** How an actor of each kind belongs to a country. */
const countryHop = {
  Person: ['NATIONAL_OF'],
  Organisation: ['BELONGS_TO', 'REPRESENTS'],
  Group: ['BELONGS_TO'],
} as const;

async function countryOf(actor: ActorRow, context: Context): Promise<ActorRow | null> {
  const label = (Object.keys(countryHop) as (keyof typeof countryHop)[]).find((l) => actor.labels.includes(l));
  return label ? firstOut<ActorRow>(context, actor.id, { types: countryHop[label], labels: ['Country'] }) : null;
}

/** Fields every kind of actor answers the same way (Person, Country, Organisation, Group). */
export const actorFields = {
  kind: (actor: ActorRow) => actorKindOf(actor),
  aliases: (actor: ActorRow) => actor.aliases ?? [],
  wikidataId: (actor: ActorRow) => actor.wikidata ?? null,
  named: (actor: ActorRow) => actor.named ?? true,
  country: (actor: ActorRow, _args: unknown, context: Context) => countryOf(actor, context),
  ...provenanceFields,
};
