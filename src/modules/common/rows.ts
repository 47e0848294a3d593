/**
 * Row types: what the named queries return for each kind of node (its properties plus its
 * labels). Codegen maps GraphQL types onto these, so the compiler lists every field whose
 * value a row does not already carry and that therefore needs a resolver.
 */
export interface NodeRow {
  readonly id: string;
  readonly labels: string[];
}

/** The time-interval properties shared by meetings, events, claims and office tenures. */
export interface TimedRow {
  readonly timeText?: string | null;
  readonly timeStart?: string | null;
  readonly timeEnd?: string | null;
  readonly timePrecision?: string | null;
  /** Where the dates come from: STATED (the default), PUBLICATION or RECORD. */
  readonly timeBasis?: string | null;
}

/** Provenance carried on every fact relationship. */
export interface ProvenanceRow {
  /** The latest source that states the relationship. */
  readonly sourceId?: string | null;
  /** Every source that states it, oldest publication first. */
  readonly sourceIds?: string[] | null;
  readonly evidenceIds?: string[] | null;
}

/** The CAMEO coding carried by meetings, events and claims. */
export interface CodedRow {
  readonly cameoCode?: string | null;
  readonly goldstein?: number | null;
}

export interface ActorRow extends NodeRow {
  readonly name: string;
  readonly aliases?: string[] | null;
  readonly description?: string | null;
  readonly wikidata?: string | null;
  readonly actorCode?: string | null;
  readonly named?: boolean | null;
  readonly iso3?: string | null;
  readonly iso2?: string | null;
  readonly orgKind?: string | null;
}

export interface PlaceRow extends NodeRow {
  readonly name: string;
  readonly aliases?: string[] | null;
  readonly placeKind?: string | null;
  readonly wikidata?: string | null;
}

export interface OfficeRow extends NodeRow {
  readonly title: string;
  readonly description?: string | null;
}

export interface OfficeHoldingRow {
  readonly rel: RelationshipRow;
  readonly person: ActorRow;
  readonly office: OfficeRow;
}

export interface MeetingRow extends NodeRow, TimedRow, CodedRow {
  readonly title: string;
  readonly summary?: string | null;
  readonly status: string;
  readonly mode?: string | null;
  readonly purpose?: string | null;
}

export interface EventRow extends NodeRow, TimedRow, CodedRow {
  readonly title: string;
  readonly purpose?: string | null;
  readonly summary?: string | null;
  readonly eventKind: string;
  readonly status: string;
}

export interface ClaimRow extends NodeRow, TimedRow, CodedRow {
  readonly text: string;
  readonly claimKind: string;
  readonly mode: string;
  readonly status: string;
}

export type HappeningRow = MeetingRow | EventRow | ClaimRow;

export interface QuantityRow extends NodeRow {
  readonly value: number;
  readonly unit: string;
  readonly currency?: string | null;
  readonly quantityKind: string;
  readonly text?: string | null;
  /** From the HAS_QUANTITY relationship. */
  readonly role?: string | null;
}

export interface ParticipationRow {
  readonly rel: RelationshipRow;
  readonly actor: ActorRow;
}

/** One source's account of a meeting (a SUPPORTED_BY relationship and its source). */
export interface MeetingReportRow {
  readonly meetingId: string;
  readonly source: SourceRow;
  readonly stated: TimedRow & { readonly status?: string | null };
}

export interface SourceRow extends NodeRow {
  readonly kind: string;
  readonly title: string;
  readonly publisher?: string | null;
  readonly section?: string | null;
  readonly standfirst?: string | null;
  readonly publishedText?: string | null;
  readonly publishedStart?: string | null;
  readonly publishedEnd?: string | null;
  readonly publishedPrecision?: string | null;
  /** Where the publication dates come from: STATED (the default) or RECORD. */
  readonly publishedBasis?: string | null;
  readonly url?: string | null;
  /** The text's file name in the texts folder, its length in code points and its SHA-256. */
  readonly file?: string | null;
  readonly textLength?: number | null;
  readonly textSha256?: string | null;
}

export interface EvidenceRow extends NodeRow {
  readonly exact: string;
  readonly prefix?: string | null;
  readonly suffix?: string | null;
  readonly start: number;
  readonly end: number;
  /** The source quoted. */
  readonly sourceId?: string | null;
  /** Which part of the fact it was listed under the quote supports (EvidenceRole); absent outside a fact. */
  readonly role?: string | null;
}

export interface DiscrepancyRow extends NodeRow {
  readonly discrepancyKind: string;
  readonly description: string;
}

/** The properties a fact relationship may carry (see docs/model.md). */
export interface RelationshipRow extends ProvenanceRow, TimedRow {
  readonly role?: string | null;
  readonly contested?: boolean | null;
  readonly claimId?: string | null;
  /** Set when a Discrepancy disputes the relationship (a holding the article words wrongly). */
  readonly discrepancyId?: string | null;
  readonly wording?: string | null;
  readonly current?: boolean | null;
}

/** A neighbour reached over one relationship, with that relationship's properties. */
export interface NeighbourRow {
  readonly ownerId: string;
  readonly type: string;
  readonly rel: RelationshipRow;
  readonly node: NodeRow & Record<string, unknown>;
}
