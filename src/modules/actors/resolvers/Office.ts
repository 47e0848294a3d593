import type { OfficeHoldingResolvers, OfficeResolvers } from '../../../graphql/generated/resolvers.js';
import { linkAccounts } from '../../common/accounts.js';
import type { ActorRow } from '../../common/rows.js';
import { firstOut } from '../../common/neighbours.js';
import { discrepanciesOf, discrepanciesOfRelationship, evidenceOfRelationship, sourceOfRelationship } from '../../common/provenance.js';
import { timeInterval } from '../../common/time.js';

export const Office: OfficeResolvers = {
  of: (office, _args, context) => firstOut<ActorRow>(context, office.id, { types: ['OFFICE_OF'], labels: ['Actor'] }),
  holders: async (office, _args, { loaders }) => {
    const rows = await loaders.incoming({ types: ['HOLDS_OFFICE'], labels: ['Person'] }).load(office.id);
    return rows.map((row) => ({ rel: row.rel, person: row.node as unknown as ActorRow, office }));
  },
  discrepancies: (office, _args, context) => discrepanciesOf(office, context),
};

export const OfficeHolding: OfficeHoldingResolvers = {
  time: (holding) => timeInterval(holding.rel),
  wording: (holding) => holding.rel.wording ?? null,
  current: (holding) => holding.rel.current ?? null,
  source: (holding, _args, context) => sourceOfRelationship(holding.rel, context),
  evidence: (holding, _args, context) => evidenceOfRelationship(holding.rel, 'HOLDS_OFFICE', context),
  discrepancies: (holding, _args, context) => discrepanciesOfRelationship(holding.rel, context),
  history: (holding, _args, context) => linkAccounts(holding.rel, 'HOLDS_OFFICE', context),
};
