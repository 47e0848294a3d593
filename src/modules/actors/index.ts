import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { actorFields } from './resolvers/actorFields.js';
import { Country } from './resolvers/Country.js';
import { Office, OfficeHolding } from './resolvers/Office.js';
import { Organisation } from './resolvers/Organisation.js';
import { Person } from './resolvers/Person.js';
import { actor } from './resolvers/Query/actor.js';
import { actors } from './resolvers/Query/actors.js';
import { actorsByName } from './resolvers/Query/actorsByName.js';
import { country } from './resolvers/Query/country.js';
import { office } from './resolvers/Query/office.js';

export const actorResolvers: Resolvers = {
  Query: { actor, actorsByName, actors, country, office },
  Person: { ...actorFields, ...Person },
  Country: { ...actorFields, ...Country },
  Organisation: { ...actorFields, ...Organisation },
  Group: { ...actorFields },
  Office,
  OfficeHolding,
};
