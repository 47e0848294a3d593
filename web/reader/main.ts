import { byId, h } from '../common/dom.js';
import { readerHref } from '../common/evidence.js';
import { graphql } from '../common/graphql.js';
import { everySource } from '../common/sourceList.js';
import '../common/page.css';
import { describeDays } from '../common/time.js';
import './main.css';
import { isQuoteKind, kindColour, kindLabel, namesQuote, primaryKind, quoteKinds, readerQuery, sourceChoiceFields, type Quote, type QuotesPage, type QuoteKind, type ReaderSource } from './model.js';
import { showText } from './textView.js';

declare global {
  interface Window {
    /** What the page shows, for tests and for a look from the console. */
    reader: { state: 'loading' | 'ready' | 'error'; source: string | null; quotes: number; text: 'shown' | 'absent' | 'none' | null; chosen: string | null };
  }
}

const hooks: Window['reader'] = { state: 'loading', source: null, quotes: 0, text: null, chosen: null };
window.reader = hooks;

function say(text: string, state: Window['reader']['state']): void {
  byId('status').textContent = text;
  hooks.state = state;
  document.body.dataset['state'] = state;
}

async function loadSource(id: string): Promise<{ source: ReaderSource; quotes: Quote[] } | null> {
  const quotes: Quote[] = [];
  let after: string | null = null;
  let source: ReaderSource | null = null;
  // The server pages at 100 at most; a long text's quotes come in several pages.
  for (let page = 0; page < 100; page++) {
    const data: { source: (ReaderSource & { quotes: QuotesPage }) | null } = await graphql(readerQuery, { id, after });
    if (!data.source) return null;
    source = data.source;
    quotes.push(...data.source.quotes.edges.map((edge) => ({ ...edge.node, supports: edge.supports })));
    if (!data.source.quotes.pageInfo.hasNextPage) break;
    after = data.source.quotes.pageInfo.endCursor;
  }
  return source ? { source, quotes } : null;
}

async function showSourceChoice(current: string | null): Promise<void> {
  const sources = await everySource<{ id: string; title: string; textLocation: { file: string } | null }>('ReaderSources', sourceChoiceFields);
  const links = sources
    .filter((source) => source.textLocation)
    .map((source) => {
      const link = h('a', { href: readerHref(source.id) }, source.title);
      if (source.id === current) link.setAttribute('aria-current', 'page');
      return link;
    });
  byId('source-choice').replaceChildren(...links);
}

function showHead(source: ReaderSource): void {
  const url = source.url && /^https?:\/\//.test(source.url) ? source.url : null;
  const details = [source.publisher, source.published ? describeDays(source.published) : null, source.kind.toLowerCase()].filter(Boolean).join(' · ');
  byId('source-head').replaceChildren(
    h('h2', { id: 'source-title' }, source.title),
    h('p', { id: 'source-details', class: 'source-details' }, details),
    ...(url ? [h('p', {}, h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, 'Read it where it was published'))] : []),
  );
  document.title = `${source.title} · Reader`;
}

/** The legend: each kind the quotes support, with its colour and how many quotes it colours. */
function showLegend(quotes: readonly Quote[]): void {
  const counts = new Map<QuoteKind, number>();
  for (const quote of quotes) {
    const kind = primaryKind(quote);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  byId('legend').replaceChildren(
    ...quoteKinds
      .filter((kind) => counts.has(kind))
      .map((kind) => {
        const swatch = h('span', { class: 'swatch' });
        swatch.style.backgroundColor = kindColour[kind];
        return h('li', { 'data-kind': kind }, swatch, `${kindLabel[kind]} `, h('span', { class: 'count' }, `(${counts.get(kind)})`));
      }),
  );
}

function quoteInContext(quote: Quote): HTMLElement {
  return h(
    'blockquote',
    { class: 'quote' },
    quote.prefix ? h('span', { class: 'quote-context' }, `…${quote.prefix}`) : null,
    h('strong', { class: 'quote-exact' }, quote.exact),
    quote.suffix ? h('span', { class: 'quote-context' }, `${quote.suffix}…`) : null,
  );
}

/** A label cut to a line or two: a discrepancy's label is its whole description. */
const shortened = (label: string): string => (label.length > 90 ? `${label.slice(0, 89)}…` : label);

/** What the chosen quote supports, in the side panel. */
function showChosen(quote: Quote | null): void {
  const panel = byId('chosen');
  if (!quote) {
    panel.replaceChildren(h('h2', { id: 'chosen-heading' }, 'Quote'), h('p', { class: 'hint' }, 'Click a highlighted quote for what it supports.'));
    return;
  }
  const items = quote.supports.map((support) => {
    const kind = isQuoteKind(support.kind) ? support.kind : null;
    const swatch = h('span', { class: 'swatch' });
    if (kind) swatch.style.backgroundColor = kindColour[kind];
    const what = shortened(support.relationship ? `${support.relationship.toLowerCase().replace(/_/g, ' ')}: ${support.label}` : support.label);
    return h('li', {}, swatch, h('span', { class: 'support-kind' }, `${kind ? kindLabel[kind].split(' ')[0] : support.kind.toLowerCase()} · ${support.role.toLowerCase()}`), ' ', what);
  });
  panel.replaceChildren(
    h('h2', { id: 'chosen-heading' }, 'Quote'),
    quoteInContext(quote),
    h('p', { class: 'hint' }, `Code points ${quote.start}–${quote.end} · ${quote.id}`),
    h('h3', {}, 'Supports'),
    items.length ? h('ul', { class: 'supports' }, ...items) : h('p', { class: 'hint' }, 'Nothing the graph holds now.'),
  );
}

/** Marks the chosen quote wherever it is shown, brings it into view and remembers it in the address. */
function choose(quote: Quote | null, scroll: boolean): void {
  hooks.chosen = quote?.id ?? null;
  for (const element of document.querySelectorAll<HTMLElement>('[data-evidence]')) {
    const chosen = quote !== null && (element.dataset['evidence'] === quote.id || (element.dataset['covers'] ?? '').split(' ').includes(quote.id));
    element.classList.toggle('chosen', chosen);
  }
  showChosen(quote);
  if (quote) {
    const url = new URL(window.location.href);
    url.searchParams.set('quote', quote.id);
    window.history.replaceState(null, '', url);
    const first = document.querySelector<HTMLElement>('[data-evidence].chosen');
    if (scroll && first) first.scrollIntoView({ block: 'center' });
  }
}

function showStoredQuotes(source: ReaderSource, quotes: readonly Quote[], onChoose: (quote: Quote) => void): void {
  const absent = byId('absent');
  absent.hidden = false;
  absent.textContent = `The text of this source is not on this server (${source.textLocation?.file ?? 'its file'} is not in its texts folder), so each quote is shown with the words stored around it.`;
  const list = byId('stored-quotes');
  list.hidden = false;
  list.replaceChildren(
    ...quotes.map((quote) => {
      const kind = primaryKind(quote);
      const item = h('li', { 'data-evidence': quote.id, 'data-kind': kind ?? 'NONE', tabindex: '0' }, quoteInContext(quote));
      if (kind) item.style.borderLeftColor = kindColour[kind];
      item.addEventListener('click', () => onChoose(quote));
      item.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') onChoose(quote);
      });
      return item;
    }),
  );
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const id = params.get('source');
  const wanted = params.get('quote');
  const choice = showSourceChoice(id).catch(() => undefined);
  if (!id) {
    await choice;
    say('Choose a source to read: its text with every quote the graph holds highlighted.', 'ready');
    return;
  }
  hooks.source = id;
  const loaded = await loadSource(id);
  if (!loaded) {
    say(`No source has the id ${id}.`, 'error');
    return;
  }
  const { source, quotes } = loaded;
  hooks.quotes = quotes.length;
  showHead(source);
  showLegend(quotes);
  const pick = (quote: Quote) => choose(quote, false);
  const wantedQuote = wanted ? (quotes.find((quote) => namesQuote(wanted, quote)) ?? null) : null;
  if (!source.textLocation) {
    hooks.text = 'none';
    const absent = byId('absent');
    absent.hidden = false;
    absent.textContent = 'This source has no text of its own (background knowledge): it has no quotes to show.';
  } else {
    const response = await fetch(`/sources/${encodeURIComponent(source.id)}/text`);
    if (response.status === 404) {
      hooks.text = 'absent';
      showStoredQuotes(source, quotes, pick);
    } else if (!response.ok) {
      say(`The server answered ${response.status} for the text of ${source.title}.`, 'error');
      return;
    } else {
      hooks.text = 'shown';
      showText(byId('text'), await response.text(), quotes, pick);
    }
  }
  choose(wantedQuote, true);
  const note = wanted && !wantedQuote ? ` No quote of this source is ${wanted}.` : '';
  say(`${quotes.length} quotes of ${source.title}, coloured by what they support.${note}`, 'ready');
}

start().catch((error: unknown) => say(`The reader could not load: ${error instanceof Error ? error.message : String(error)}`, 'error'));
