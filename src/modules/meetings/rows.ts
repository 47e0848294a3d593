import type { ActorRow } from '../actors/rows.js';

export interface MeetingRow {
  readonly id: string;
  readonly labels: string[];
  readonly title: string;
}

export interface ParticipationRow {
  readonly meetingId: string;
  readonly role: string;
  readonly actor: ActorRow;
}
