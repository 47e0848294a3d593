import type { EventKind, EventResolvers } from '../../../graphql/generated/resolvers.js';
import { factAccounts } from '../../common/accounts.js';
import { cameoOf } from '../../common/cameo.js';
import { provenanceFields, sourceCountOf } from '../../common/provenance.js';
import type { EventRow } from '../../common/rows.js';
import { timeInterval } from '../../common/time.js';
import { nodesIn, nodesOut } from '../../common/neighbours.js';
import { codingOf, reportOf } from '../coded.js';
import { claimsAboutOf, countryOf, participantsOf, placeOf, quantitiesOf } from '../neighbours.js';
import { eventPlaceHistory } from './accounts.js';

const caused = { types: ['CAUSED'], labels: ['Event'] };
const conditional = { types: ['CONDITIONAL_ON'], labels: ['Event'] };

export const Event: EventResolvers = {
  kind: (event) => event.eventKind as EventKind,
  time: (event) => timeInterval(event),
  cameo: (event) => cameoOf(event),
  participants: (event, _args, context) => participantsOf(event.id, context),
  place: (event, _args, context) => placeOf(event.id, context),
  country: (event, _args, context) => countryOf(event.id, context),
  quantities: (event, _args, context) => quantitiesOf(event.id, context),
  causes: (event, _args, context) => nodesIn<EventRow>(context, event.id, caused),
  consequences: (event, _args, context) => nodesOut<EventRow>(context, event.id, caused),
  conditionalOn: (event, _args, context) => nodesOut<EventRow>(context, event.id, conditional),
  conditionFor: (event, _args, context) => nodesIn<EventRow>(context, event.id, conditional),
  claimsAbout: (event, args, context) => claimsAboutOf(event.id, args, context),
  sourceCount: (event, _args, context) => sourceCountOf(event, context),
  coding: (event) => codingOf(event as unknown as Readonly<Record<string, unknown>>),
  reportedBy: (event) => reportOf(event as unknown as Readonly<Record<string, unknown>>),
  history: (event, _args, context) => factAccounts(event, context),
  ...eventPlaceHistory,
  ...provenanceFields,
};
