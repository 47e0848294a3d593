/**
 * The drafter's contract: a source's text and publication interval in, a complete annotation out
 * (the format of src/ingest/format.ts, every item marked for review), with the spans of the text
 * each item was drafted from, so a reviewer can see why. Pure: it reads the known graph it is
 * given and writes nothing anywhere.
 */
import type { Annotation } from '../ingest/format.js';

export interface DraftInput {
  /** The source's text exactly as it will be kept in the texts folder. */
  readonly text: string;
  /** Publication interval, days YYYY-MM-DD; `end` defaults to `start`. */
  readonly published: { readonly start: string; readonly end?: string };
  readonly id?: string;
  readonly kind?: 'ARTICLE' | 'READOUT';
  readonly title?: string;
  readonly publisher?: string;
  /** The text's file name in the texts folder (source.text.file). */
  readonly file?: string;
}

/** What the graph (and the files of sources/) already holds, for resolving names to ids. */
export interface KnownNode {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly wikidata?: string;
  readonly iso2?: string;
  readonly iso3?: string;
  /** A person's country as the graph holds it: NATIONAL_OF, or else the country of the offices held. */
  readonly country?: string;
  /** For a meeting (kind Meeting): what the graph holds of it, so a new source's mention of it reuses its id. */
  readonly meeting?: KnownMeeting;
}

/** A meeting the graph already holds: its status, its time and who took part. */
export interface KnownMeeting {
  readonly status: string;
  readonly start?: string;
  readonly end?: string;
  readonly precision?: string;
  readonly participants: readonly { readonly actor: string; readonly role: string }[];
}

export type DraftItemKind = 'actor' | 'place' | 'office' | 'time' | 'meeting' | 'event' | 'claim' | 'quantity';

/** One span of the text an item was drafted from. */
export interface DraftSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: DraftItemKind;
  /** The id of the item in the annotation (a node id, or `<item id>#time` for a time). */
  readonly item: string;
}

export interface DraftResult {
  readonly annotation: Annotation;
  /** The annotation as the YAML file `npm run draft` writes (comments included). */
  readonly yaml: string;
  readonly spans: readonly DraftSpan[];
}
