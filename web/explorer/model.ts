import type { CodedFields } from '../common/codedEvents.js';
import type { EvidenceRef } from '../common/evidence.js';
import type { TimeInterval } from '../common/time.js';

/** The shapes the explorer's operations (operations.ts) answer with. */

export interface ActorName {
  id: string;
  name: string;
  kind: string;
}

export interface Participation {
  role: string;
  actor: ActorName;
  evidence: EvidenceRef[];
}

interface Cameo {
  code: string;
  label: string;
  goldstein: number;
}

interface HappeningBase {
  id: string;
  status: string;
  time: TimeInterval;
  cameo: Cameo | null;
  evidence: EvidenceRef[];
}

export interface Meeting extends HappeningBase {
  title: string;
  summary: string | null;
  place: { id: string; name: string } | null;
  participants: Participation[];
}

/** An event; the coded fields are set for one imported from a dataset (GDELT, ICEWS). */
export interface Event extends Meeting, CodedFields {
  eventKind: string;
}

export interface ClaimTarget {
  role: string;
  node: { __typename: string; id: string; name?: string; kind?: string; title?: string; text?: string; status?: string };
}

export interface Claim extends HappeningBase {
  text: string;
  claimKind: string;
  speakers: ActorName[];
  about: ClaimTarget[];
}

interface Page<T> {
  totalCount: number;
  nodes: T[];
}

export interface ActorAnswer {
  actor: {
    id: string;
    name: string;
    kind: string;
    aliases: string[];
    description: string | null;
    country: ActorName | null;
    evidence: EvidenceRef[];
    counterparts?: ActorName[];
    meetings: Page<Meeting>;
    events: Page<Event>;
    claimsMade: Page<Claim>;
    claimsAbout: Page<Claim>;
  } | null;
}

export type HappeningAnswer = {
  node:
    | ({ __typename: 'Meeting' } & Meeting & { claimsOn: Claim[] })
    | ({ __typename: 'Event' } & Event & { claimsOn: Claim[] })
    | ({ __typename: 'Claim' } & Claim)
    | null;
};

export interface PlaceAnswer {
  place: {
    id: string;
    name: string;
    evidence: EvidenceRef[];
    meetings: Page<Meeting>;
    events: Page<Event>;
    claimsAbout: Page<Claim>;
  } | null;
}

/** A meeting's, event's or claim's quotes on a path, so each hop can show the words behind it. */
export interface PathNodeEvidence {
  evidence?: EvidenceRef[];
  participants?: { actor: { id: string }; evidence: EvidenceRef[] }[];
}

export interface PathStep {
  from: { id: string };
  fromName: string;
  relationship: string;
  /** The relationship read in its own direction ("took part in"). */
  label: string;
  direction: 'OUTGOING' | 'INCOMING';
  /** The hop as a sentence in the relationship's direction. */
  sentence: string;
  to: { id: string };
  toName: string;
  role: string | null;
}

export interface PathAnswer {
  connections: {
    length: number;
    nodes: ({ __typename: string; id: string; name?: string; kind?: string; title?: string; text?: string; status?: string } & PathNodeEvidence)[];
    steps: PathStep[];
  }[];
}
