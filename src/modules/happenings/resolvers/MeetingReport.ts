import type { MeetingReportResolvers, Status } from '../../../graphql/generated/resolvers.js';
import { timeInterval } from '../../common/time.js';
import { participantsOf } from '../neighbours.js';

export const MeetingReport: MeetingReportResolvers = {
  source: (report) => report.source,
  published: ({ source }) =>
    timeInterval({
      timeText: source.publishedText,
      timeStart: source.publishedStart,
      timeEnd: source.publishedEnd,
      timePrecision: source.publishedPrecision,
      timeBasis: source.publishedBasis,
    }),
  status: (report) => (report.stated.status ?? null) as Status | null,
  time: (report) => (report.stated.timePrecision ? timeInterval(report.stated) : null),
  participants: async (report, _args, context) =>
    (await participantsOf(report.meetingId, context)).filter((row) => (row.rel.sourceIds ?? [row.rel.sourceId]).includes(report.source.id)),
};
