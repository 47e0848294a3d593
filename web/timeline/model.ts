import { codedOf, goldsteinText, type Coded, type CodedFields } from '../common/codedEvents.js';
import type { EvidenceRef } from '../common/evidence.js';
import type { TimeInterval } from '../common/time.js';

/** The shapes the timeline's operations answer with, and one happening as the page keeps it. */

interface Cameo {
  code: string;
  label: string;
  goldstein: number;
  quadClass: string;
}

interface Base {
  id: string;
  status: string;
  time: TimeInterval;
  cameo: Cameo | null;
  evidence: EvidenceRef[];
}

export interface MeetingRow extends Base {
  __typename?: 'Meeting';
  title: string;
  participants: { role: string; actor: { id: string; name: string } }[];
}

export interface EventRow extends Base, CodedFields {
  __typename?: 'Event';
  title: string;
  eventKind: string;
  participants: { role: string; actor: { id: string; name: string } }[];
}

export interface ClaimRow extends Base {
  __typename?: 'Claim';
  text: string;
  claimKind: string;
  speakers: { id: string; name: string }[];
}

export interface ActorTimelineAnswer {
  actor: { id: string; name: string; kind: string } | null;
  timeline: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: (MeetingRow | EventRow | ClaimRow)[];
  } | null;
}

export interface CountryAnswer {
  country: { id: string; name: string } | null;
}

export interface Summary {
  statuses: string[];
  total: number;
  coded: number;
  goldsteinSum: number;
  cooperation: number;
  conflict: number;
  neutral: number;
}

export interface PairSummaryAnswer {
  relations: { summary: Summary } | null;
}

export interface PairAnswer {
  relations: {
    a: { id: string; name: string };
    b: { id: string; name: string };
    meetings: MeetingRow[];
    events: EventRow[];
    claims: ClaimRow[];
    summary: Summary;
  } | null;
}

export type HappeningKind = 'MEETING' | 'EVENT' | 'CLAIM';

/** A meeting, event or claim as the page draws it. */
export interface Happening {
  id: string;
  kind: HappeningKind;
  /** The event or claim kind, or the meeting's CAMEO label. */
  detail: string | null;
  title: string;
  status: string;
  time: TimeInterval;
  /** The value the balance counts: an imported event's file value, else the code's. */
  goldstein: number | null;
  cameo: string | null;
  who: string[];
  evidence: EvidenceRef[];
  /** An imported event's dataset coding and report; null for annotated happenings. */
  coded: Coded | null;
  /** Its CAMEO code, for the details of an imported event. */
  code: Cameo | null;
}

export function toHappening(row: MeetingRow | EventRow | ClaimRow, kind?: HappeningKind): Happening {
  const coded = 'eventKind' in row ? codedOf(row) : null;
  // The server's summary sums an imported event's file value, so the page's balance does too.
  const goldstein = coded ? coded.coding.goldstein : (row.cameo?.goldstein ?? null);
  const base = { id: row.id, status: row.status, time: row.time, goldstein, evidence: row.evidence, coded, code: row.cameo };
  const value = coded ? goldsteinText(coded, row.cameo) : `Goldstein ${row.cameo?.goldstein}`;
  const cameo = row.cameo ? `CAMEO ${row.cameo.code} ${row.cameo.label} (${value})` : null;
  if ('text' in row) return { ...base, kind: 'CLAIM', detail: row.claimKind, title: row.text, cameo, who: row.speakers.map((s) => `${s.name} (speaker)`) };
  const who = row.participants.map((p) => `${p.actor.name} (${p.role.toLowerCase()})`);
  if ('eventKind' in row) return { ...base, kind: 'EVENT', detail: row.eventKind, title: row.title, cameo, who };
  return { ...base, kind: kind ?? 'MEETING', detail: row.cameo?.label ?? null, title: row.title, cameo, who };
}
