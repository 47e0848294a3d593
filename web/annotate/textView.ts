import { h } from '../common/dom.js';
import { ownerOf, type Span } from './model.js';

/** Names and amounts are filled with their kind's colour; happenings and claims are underlined, so both show where they overlap. */
export const entityKinds = ['actor', 'place', 'office', 'time', 'quantity'] as const;
export const happeningKinds = ['meeting', 'event', 'claim'] as const;

export const kindLabel: Record<string, string> = {
  actor: 'actor',
  place: 'place',
  office: 'office',
  time: 'time',
  quantity: 'quantity',
  meeting: 'meeting',
  event: 'event',
  claim: 'claim',
  discrepancy: 'discrepancy',
};

const innermostFirst = (a: Span, b: Span) => a.end - a.start - (b.end - b.start);

/**
 * The text cut at every span boundary, each piece marked with the spans covering it (innermost
 * first), so overlapping and nested spans all stay visible and clickable.
 */
export function renderText(container: HTMLElement, text: string, spans: readonly Span[]): void {
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: HTMLElement[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((span) => span.start <= start && span.end >= end).sort(innermostFirst);
    const piece = h('span', { 'data-start': String(start) }, text.slice(start, end));
    if (covering.length > 0) {
      const entity = covering.find((span) => (entityKinds as readonly string[]).includes(span.kind));
      const happening = covering.find((span) => (happeningKinds as readonly string[]).includes(span.kind));
      piece.classList.add('span');
      if (entity) piece.classList.add(`fill-${entity.kind}`);
      if (happening) piece.classList.add(`line-${happening.kind}`);
      piece.dataset['items'] = [...new Set(covering.map((span) => ownerOf(span.item)))].join(' ');
      piece.dataset['kinds'] = covering.map((span) => span.kind).join(' ');
      piece.title = covering.map((span) => `${kindLabel[span.kind] ?? span.kind}: ${span.item}`).join('\n');
    }
    pieces.push(piece);
  }
  container.replaceChildren(...pieces);
}

/** Marks the pieces of the selected item; returns the first, to scroll to. */
export function markSelected(container: HTMLElement, id: string | null): HTMLElement | null {
  let first: HTMLElement | null = null;
  for (const piece of container.querySelectorAll<HTMLElement>('span.span')) {
    const on = id !== null && (piece.dataset['items'] ?? '').split(' ').includes(id);
    piece.classList.toggle('selected', on);
    if (on && !first) first = piece;
  }
  return first;
}

/** The offset in the text of a point of the page's selection (a text node inside one piece). */
function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  const piece = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  if (!piece || !container.contains(piece)) return null;
  if (piece === container) {
    const child = container.children[offset] as HTMLElement | undefined;
    return child ? Number(child.dataset['start']) : null;
  }
  const start = Number(piece.dataset['start']);
  return Number.isNaN(start) ? null : start + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/** The selected words of the text view, as offsets, or null when nothing of it is selected. */
export function selectedRange(container: HTMLElement): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(container, range.startContainer, range.startOffset);
  const end = offsetOf(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
