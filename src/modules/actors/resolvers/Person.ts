import type { PersonResolvers } from '../../../graphql/generated/resolvers.js';
import type { ActorRow, OfficeRow } from '../../common/rows.js';

export const Person: PersonResolvers = {
  offices: async (person, _args, { loaders }) => {
    const rows = await loaders.outgoing({ types: ['HOLDS_OFFICE'], labels: ['Office'] }).load(person.id);
    return rows.map((row) => ({ rel: row.rel, person, office: row.node as unknown as OfficeRow }));
  },
  counterparts: async (person, _args, { loaders }) => {
    const hop = { types: ['COUNTERPART_OF'], labels: ['Person'] };
    const [out, into] = await Promise.all([loaders.outgoing(hop).load(person.id), loaders.incoming(hop).load(person.id)]);
    const seen = new Map([...out, ...into].map((row) => [row.node.id, row.node as unknown as ActorRow]));
    return [...seen.values()];
  },
};
