import type { ClaimKind, ClaimResolvers } from '../../../graphql/generated/resolvers.js';
import { factAccounts } from '../../common/accounts.js';
import { cameoOf } from '../../common/cameo.js';
import { discrepanciesOf, evidenceOf, reportCountOf } from '../../common/provenance.js';
import type { ActorRow, SourceRow } from '../../common/rows.js';
import { timeInterval } from '../../common/time.js';
import { nodesIn, nodesOut } from '../../common/neighbours.js';
import { actorLabels, keepClaims, quantitiesOf } from '../neighbours.js';

const echoes = { types: ['ECHOES'], labels: ['Claim'] };
const responds = { types: ['RESPONDS_TO'], labels: ['Claim'] };

export const Claim: ClaimResolvers = {
  kind: (claim) => claim.claimKind as ClaimKind,
  time: (claim) => timeInterval(claim),
  cameo: (claim) => cameoOf(claim),
  speakers: (claim, _args, context) => nodesIn<ActorRow>(context, claim.id, { types: ['ASSERTED'], labels: actorLabels }),
  reportedIn: (claim, _args, context) => nodesOut<SourceRow>(context, claim.id, { types: ['REPORTED_IN'], labels: ['Source'] }),
  sourceCount: (claim, _args, context) => reportCountOf(claim, context),
  about: (claim, _args, { loaders }) => loaders.outgoing({ types: ['ABOUT'] }).load(claim.id),
  quantities: (claim, _args, context) => quantitiesOf(claim.id, context),
  echoes: async (claim, args, { loaders }) => keepClaims(await loaders.outgoing(echoes).load(claim.id), args),
  echoedBy: async (claim, args, { loaders }) => keepClaims(await loaders.incoming(echoes).load(claim.id), args),
  respondsTo: async (claim, args, { loaders }) => keepClaims(await loaders.outgoing(responds).load(claim.id), args),
  responses: async (claim, args, { loaders }) => keepClaims(await loaders.incoming(responds).load(claim.id), args),
  evidence: (claim, _args, context) => evidenceOf(claim, context),
  discrepancies: (claim, _args, context) => discrepanciesOf(claim, context),
  history: (claim, _args, context) => factAccounts(claim, context),
};
