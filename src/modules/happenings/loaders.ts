import { groupedLoader, LoaderFamily, pagedFamily } from '../../db/batch.js';
import type { QueryRunner } from '../../db/runner.js';
import type { ClaimRow, EventRow, HappeningRow, MeetingRow } from '../common/rows.js';

export interface AidRow {
  readonly ownerId: string;
  readonly event: EventRow;
}

/**
 * Batched, paged lists of happenings per owner (an actor's meetings, a place's events), each
 * one round trip per distinct set of arguments per request, however many owners ask.
 */
export function createHappeningLoaders(runner: QueryRunner) {
  return {
    pages: {
      meetingsOfActors: pagedFamily<MeetingRow>(runner, 'meetingsOfActors'),
      eventsOfActors: pagedFamily<EventRow>(runner, 'eventsOfActors'),
      claimsMadeByActors: pagedFamily<ClaimRow>(runner, 'claimsMadeByActors'),
      claimsAboutNodes: pagedFamily<ClaimRow>(runner, 'claimsAboutNodes'),
      timeline: pagedFamily<HappeningRow>(runner, 'timeline'),
      meetingsInPlaces: pagedFamily<MeetingRow>(runner, 'meetingsInPlaces'),
      eventsInPlaces: pagedFamily<EventRow>(runner, 'eventsInPlaces'),
    },
    happenings: {
      aidOfCountries: new LoaderFamily((params) => groupedLoader<AidRow>(runner, 'aidOfCountries', params)),
    },
  };
}
