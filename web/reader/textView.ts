import { h } from '../common/dom.js';
import { kindColour, kindLabel, primaryKind, segments, type Quote } from './model.js';

/** Who a highlighted run supports, for its tooltip: the innermost quote's facts. */
function tooltip(quote: Quote): string {
  const kinds = quote.supports.slice(0, 6).map((support) => `${support.kind.toLowerCase()}: ${support.label}`);
  const more = quote.supports.length > 6 ? [`and ${quote.supports.length - 6} more`] : [];
  return [...kinds, ...more].join('\n');
}

/**
 * The source's text with every quote highlighted: the text is cut at the quotes' offsets into
 * text nodes and spans (never parsed as HTML), each span coloured by what its innermost quote
 * supports and listing in `data-covers` every quote it lies in.
 */
export function showText(container: HTMLElement, text: string, quotes: readonly Quote[], onChoose: (quote: Quote) => void): void {
  const parts = segments(text, quotes).map((run) => {
    const words = text.slice(run.from, run.to);
    const inner = run.quotes[0];
    if (!inner) return document.createTextNode(words);
    const kind = primaryKind(inner);
    const span = h('span', { class: 'hl', 'data-evidence': inner.id, 'data-kind': kind ?? 'NONE', 'data-covers': run.quotes.map((quote) => quote.id).join(' '), title: tooltip(inner) }, words);
    if (kind) span.style.backgroundColor = kindColour[kind];
    if (run.quotes.length > 1) span.classList.add('nested');
    span.setAttribute('aria-label', kind ? `${kindLabel[kind].split(' ')[0]} quote` : 'quote');
    span.addEventListener('click', () => onChoose(inner));
    return span;
  });
  container.replaceChildren(...parts);
}
