import { h } from './dom.js';
import { everySource } from './sourceList.js';
import { describeDays, timeIntervalFields, type TimeInterval } from './time.js';

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  published: TimeInterval | null;
  url?: string | null;
}

export interface EvidenceRef {
  id: string;
  exact: string;
  prefix: string | null;
  suffix: string | null;
  source: { id: string };
}

/**
 * Evidence as the pages ask it: the source by id only, since the API's depth limit (10 levels,
 * fragments counted) leaves no room for the source's details under a participation's evidence.
 * The sources themselves are loaded once, a page at a time (loadSources).
 */
export const evidenceFields = 'id exact prefix suffix source { id }';

const sourceFields = `id title publisher published { ${timeIntervalFields} }`;

/** Every source by id. Source.url is newer than some servers, so it is asked only where it exists. */
export async function loadSources(): Promise<Map<string, SourceRef>> {
  let sources: SourceRef[];
  try {
    sources = await everySource<SourceRef>('PageSources', `${sourceFields} url`);
  } catch {
    sources = await everySource<SourceRef>('PageSources', sourceFields);
  }
  return new Map(sources.map((source) => [source.id, source]));
}

/** The reader page (/reader/) on a source's text, with one of its quotes (an evidence id or `start-end`) chosen. */
export function readerHref(sourceId: string, quote?: string): string {
  const params = new URLSearchParams({ source: sourceId });
  if (quote) params.set('quote', quote);
  return `/reader/?${params.toString()}`;
}

/** A quote in context: prefix and suffix dimmed, the exact words bold, then its source and a link to it in the source's text. */
export function evidenceBlock(evidence: EvidenceRef, sources: ReadonlyMap<string, SourceRef>): HTMLElement {
  const quote = h(
    'blockquote',
    { class: 'quote' },
    evidence.prefix ? h('span', { class: 'quote-context' }, `…${evidence.prefix}`) : null,
    h('strong', { class: 'quote-exact' }, evidence.exact),
    evidence.suffix ? h('span', { class: 'quote-context' }, `${evidence.suffix}…`) : null,
  );
  const source = sources.get(evidence.source.id);
  const caption = source ? sourceLine(source) : h('figcaption', { class: 'source' }, evidence.source.id);
  caption.append(' ', h('a', { class: 'show-in-source', href: readerHref(evidence.source.id, evidence.id), title: 'The quote highlighted in its source’s text' }, 'Show in source'));
  return h('figure', { class: 'evidence', 'data-evidence': evidence.id }, quote, caption);
}

export function sourceLine(source: SourceRef): HTMLElement {
  const url = source.url && /^https?:\/\//.test(source.url) ? source.url : null;
  const title = url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, source.title) : h('cite', {}, source.title);
  const details = [source.publisher, source.published ? describeDays(source.published) : null].filter(Boolean).join(', ');
  return h('figcaption', { class: 'source' }, '— ', title, details ? ` (${details})` : '');
}

/** When a source was published, for exports. */
export function sourceDate(source: SourceRef | undefined): string {
  return source?.published ? describeDays(source.published) : '';
}
