import { groupedLoader } from '../../db/batch.js';
import type { QueryRunner } from '../../db/runner.js';
import type { ParticipationRow } from './rows.js';

export function createMeetingLoaders(runner: QueryRunner) {
  return {
    participantsOfMeeting: groupedLoader<ParticipationRow, ParticipationRow>(
      runner,
      'participantsOfMeetings',
      (row) => row.meetingId,
      (row) => row,
    ),
  };
}
