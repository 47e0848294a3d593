import type { Quote } from '../ingest/format.js';
import type { DraftItemKind, DraftSpan } from './types.js';
import type { Entity, Publication, Span, TimeMention } from './document.js';
import { quoteOf, quotesOf } from './quote.js';

/** A review block as the format has it. */
export interface Review {
  readonly status: 'UNREVIEWED';
  readonly confidence: number;
  readonly reason?: string;
}

export const review = (confidence: number, reason?: string): Review => ({
  status: 'UNREVIEWED',
  confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
  ...(reason ? { reason } : {}),
});

export interface TimeOut {
  text?: string;
  evidence?: Quote[];
  start?: string;
  end?: string;
  precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'UNKNOWN';
  basis?: 'PUBLICATION';
}

/** What the assembling steps share: the text, the ids in use, and the spans each item came from. */
export class AssembleContext {
  readonly spans: DraftSpan[] = [];
  private readonly ids = new Set<string>();

  constructor(
    readonly text: string,
    readonly published: Publication,
    readonly sourceSlug: string,
    readonly entities: ReadonlyMap<string, Entity>,
    /** Ids the graph already holds, so a link to them is kept although this file does not state them. */
    readonly knownIds: ReadonlySet<string>,
  ) {}

  /** A fresh id: the proposal, or the proposal with a number when it is taken. */
  uniqueId(proposal: string): string {
    let id = proposal.replace(/-+$/, '');
    for (let n = 2; this.ids.has(id); n++) id = `${proposal}-${n}`;
    this.ids.add(id);
    return id;
  }

  reserve(id: string): void {
    this.ids.add(id);
  }

  quotes(spans: readonly Span[]): Quote[] {
    return quotesOf(this.text, spans);
  }

  quote(span: Span): Quote {
    return quoteOf(this.text, span);
  }

  record(kind: DraftItemKind, item: string, spans: readonly Span[]): void {
    for (const span of spans) this.spans.push({ start: span.start, end: span.end, kind, item });
  }

  /** Whether a link may point at an id: this file states it, or the graph has it. */
  exists(id: string, stated: ReadonlySet<string>): boolean {
    return stated.has(id) || this.knownIds.has(id);
  }

  /** A stated time, or the honest time the publication gives: said by then, or planned from then. */
  time(found: TimeMention | undefined, item: string, future: boolean): TimeOut {
    if (found) {
      this.record('time', `${item}#time`, [found]);
      return {
        text: found.text, evidence: [this.quote(found)], precision: found.precision,
        ...(found.startDay ? { start: found.startDay } : {}), ...(found.endDay ? { end: found.endDay } : {}),
      };
    }
    return future ? { start: this.published.start, precision: 'UNKNOWN', basis: 'PUBLICATION' } : { end: this.published.end, precision: 'UNKNOWN', basis: 'PUBLICATION' };
  }
}
