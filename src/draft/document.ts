/**
 * The document the drafting stages annotate, spaCy-style: each stage reads what the earlier ones
 * found and returns its own layer; nothing edits the text. Offsets are JavaScript string indices
 * into the text, half-open (the same as code points for texts in the Basic Multilingual Plane;
 * quotes are placed by their words, so the loader never depends on these numbers).
 */
import type { KnownNode } from './types.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly text: string;
  /** A line without closing punctuation: a headline, standfirst or dateline. */
  readonly heading: boolean;
}

export type EntityKind = 'Person' | 'Country' | 'Organisation' | 'Group' | 'Place' | 'Office';

/** A node the text names: an actor, a place or an office. */
export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The node of the known graph it resolved to, if any. */
  readonly known?: KnownNode;
  readonly iso2?: string;
  readonly iso3?: string;
  readonly wikidata?: string;
  readonly orgKind?: string;
  readonly placeKind?: 'CITY' | 'DISTRICT' | 'PENINSULA' | 'REGION';
  readonly named: boolean;
  readonly confidence: number;
  readonly reason?: string;
  /** The country it belongs to, when the words say (a ministry, a group, an office). */
  readonly country?: string;
}

export type MentionForm = 'name' | 'surname' | 'demonym' | 'pronoun' | 'phrase';

/** Where the text refers to an entity. */
export interface Mention extends Span {
  readonly entity: string;
  readonly sentence: number;
  readonly form: MentionForm;
}

/** A relationship between two entities that the words state (an appositive, a possessive). */
export interface EntityLink {
  readonly type: 'HOLDS_OFFICE' | 'OFFICE_OF' | 'COUNTERPART_OF' | 'BELONGS_TO' | 'LOCATED_IN' | 'NATIONAL_OF';
  readonly from: string;
  readonly to: string;
  readonly evidence: Span;
  readonly wording?: string;
}

export type Precision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'UNKNOWN';

export interface TimeMention extends Span {
  readonly sentence: number;
  readonly text: string;
  /** First and last day the words can mean, YYYY-MM-DD; absent when unknown. */
  readonly startDay?: string;
  readonly endDay?: string;
  readonly precision: Precision;
  /** Worked out from the publication date, not stated. */
  readonly basis?: 'PUBLICATION';
  readonly confidence: number;
}

export interface Publication {
  readonly start: string;
  readonly end: string;
}

export interface Mentions {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly mentions: readonly Mention[];
  readonly links: readonly EntityLink[];
}
