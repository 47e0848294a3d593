import { timeIntervalFields, type TimeInterval } from '../common/time.js';

/** The schema's QuoteTarget enum, in the order a quote's supports come (the most telling first). */
export const quoteKinds = ['MEETING', 'EVENT', 'CLAIM', 'QUANTITY', 'DISCREPANCY', 'RELATIONSHIP', 'ACTOR', 'PLACE', 'OFFICE'] as const;
export type QuoteKind = (typeof quoteKinds)[number];

export const kindLabel: Record<QuoteKind, string> = {
  MEETING: 'meeting',
  EVENT: 'event',
  CLAIM: 'claim',
  QUANTITY: 'quantity',
  DISCREPANCY: 'discrepancy',
  RELATIONSHIP: 'relationship (who took part, who said it, about whom…)',
  ACTOR: 'actor (who it is)',
  PLACE: 'place',
  OFFICE: 'office',
};

/** Light enough to read black text on; apart for the common colour-vision deficiencies (after Okabe–Ito). */
export const kindColour: Record<QuoteKind, string> = {
  MEETING: '#9fd3f5',
  EVENT: '#f7c873',
  CLAIM: '#f3b3d6',
  QUANTITY: '#b9e4a8',
  DISCREPANCY: '#f4a582',
  RELATIONSHIP: '#d9d2f0',
  ACTOR: '#e4e4e4',
  PLACE: '#c7ead9',
  OFFICE: '#efe3b0',
};

export function isQuoteKind(value: string): value is QuoteKind {
  return (quoteKinds as readonly string[]).includes(value);
}

export interface Support {
  kind: string;
  role: string;
  nodeId: string;
  relationship: string | null;
  label: string;
}

export interface Quote {
  id: string;
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number;
  end: number;
  supports: Support[];
}

export interface ReaderSource {
  id: string;
  kind: string;
  title: string;
  publisher: string | null;
  published: TimeInterval | null;
  url: string | null;
  textLocation: { file: string; length: number } | null;
}

export interface QuotesPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Omit<Quote, 'supports'>; supports: Support[] }[];
}

export const readerQuery = `query ReaderSource($id: ID!, $after: String) {
  source(id: $id) {
    id kind title publisher url published { ${timeIntervalFields} } textLocation { file length }
    quotes(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id exact prefix suffix start end } supports { kind role nodeId relationship label } }
    }
  }
}`;

/** What the source choice asks of each source (every page of `sources`). */
export const sourceChoiceFields = 'id title textLocation { file }';

/** The kind a quote is coloured by: the first (most telling) of what it supports. */
export function primaryKind(quote: Quote): QuoteKind | null {
  const kind = quote.supports[0]?.kind;
  return kind && isQuoteKind(kind) ? kind : null;
}

/** Whether `wanted` (from the address: an evidence id, or a position `start-end`) names this quote. */
export function namesQuote(wanted: string, quote: Quote): boolean {
  return wanted === quote.id || wanted === `${quote.start}-${quote.end}`;
}

/** A run of the text between two quote boundaries, with the quotes covering it (innermost first). */
export interface Segment {
  /** UTF-16 indices into the text. */
  from: number;
  to: number;
  quotes: Quote[];
}

/**
 * Cuts the text at every quote's start and end (code points, turned into string indices), so
 * overlapping and nested quotes each get their own runs; a run's quotes are ordered shortest first.
 */
export function segments(text: string, quotes: readonly Quote[]): Segment[] {
  const index: number[] = [];
  let at = 0;
  for (const char of text) {
    index.push(at);
    at += char.length;
  }
  index.push(at);
  const toIndex = (offset: number) => index[Math.max(0, Math.min(offset, index.length - 1))]!;
  const placed = quotes
    .filter((quote) => quote.start >= 0 && quote.end > quote.start && quote.end < index.length)
    .map((quote) => ({ quote, from: toIndex(quote.start), to: toIndex(quote.end) }));
  const cuts = [...new Set([0, text.length, ...placed.flatMap((p) => [p.from, p.to])])].sort((a, b) => a - b);
  const runs: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = placed
      .filter((p) => p.from <= from && to <= p.to)
      .sort((a, b) => a.to - a.from - (b.to - b.from))
      .map((p) => p.quote);
    runs.push({ from, to, quotes: covering });
  }
  return runs;
}
