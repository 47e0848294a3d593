import type { MeetingResolvers } from '../../../graphql/generated/resolvers.js';
import { reportsOf } from '../../common/asOf.js';
import { cameoOf } from '../../common/cameo.js';
import { provenanceFields, sourceCountOf } from '../../common/provenance.js';
import type { ActorRow } from '../../common/rows.js';
import { timeInterval } from '../../common/time.js';
import { firstOut, nodesIn } from '../../common/neighbours.js';
import { actorLabels, claimsAboutOf, countryOf, participantsOf, placeOf, quantitiesOf } from '../neighbours.js';

export const Meeting: MeetingResolvers = {
  time: (meeting) => timeInterval(meeting),
  cameo: (meeting) => cameoOf(meeting),
  participants: (meeting, _args, context) => participantsOf(meeting.id, context),
  place: (meeting, _args, context) => placeOf(meeting.id, context),
  country: (meeting, _args, context) => countryOf(meeting.id, context),
  forum: (meeting, _args, context) => firstOut<ActorRow>(context, meeting.id, { types: ['HELD_AT'], labels: ['Organisation'] }),
  announcedBy: (meeting, _args, context) => nodesIn<ActorRow>(context, meeting.id, { types: ['ANNOUNCED'], labels: actorLabels }),
  requestedBy: (meeting, _args, { loaders }) => loaders.incoming({ types: ['REQUESTED'], labels: actorLabels }).load(meeting.id),
  notConfirmedBy: (meeting, _args, context) =>
    nodesIn<ActorRow>(context, meeting.id, { types: ['DID_NOT_CONFIRM'], labels: actorLabels }),
  claimsAbout: (meeting, args, context) => claimsAboutOf(meeting.id, args, context),
  quantities: (meeting, _args, context) => quantitiesOf(meeting.id, context),
  sourceCount: (meeting, _args, context) => sourceCountOf(meeting, context),
  asOf: (_meeting, _args, context) => context.asOf,
  history: (meeting, _args, context) => reportsOf(meeting.id, context),
  ...provenanceFields,
};
