import { groupedLoader } from '../../db/batch.js';
import type { QueryRunner } from '../../db/runner.js';
import type { MeetingRow } from '../meetings/rows.js';

export function createActorLoaders(runner: QueryRunner) {
  return {
    meetingsOfActor: groupedLoader<{ actorId: string; meeting: MeetingRow }, MeetingRow>(
      runner,
      'meetingsOfActors',
      (row) => row.actorId,
      (row) => row.meeting,
    ),
  };
}
