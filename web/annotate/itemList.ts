import { h } from '../common/dom.js';
import { editorFor, type EditorHost } from './editor.js';
import { itemsOf, labelOf, sections, type Item } from './model.js';

const percent = (confidence: unknown): string => (typeof confidence === 'number' ? `${Math.round(confidence * 100)} %` : '—');

function reviewBadge(item: Item): HTMLElement {
  const status = item.review?.status ?? 'ACCEPTED';
  return h('span', { class: `review-badge review-${status}` }, status === 'ACCEPTED' ? 'accepted' : 'unreviewed');
}

/**
 * The items of the draft grouped by kind, each with its id, review status, confidence and the
 * drafter's reason; the selected one opens its editor in place.
 */
export function renderItems(list: HTMLElement, host: EditorHost, selected: string | null, choose: (id: string) => void): HTMLElement | null {
  const annotation = host.draft().annotation;
  let selectedEntry: HTMLElement | null = null;
  const groups = sections
    .map((section) => ({ section, items: itemsOf(annotation, section.key) }))
    .filter(({ items }) => items.length > 0)
    .map(({ section, items }) =>
      h(
        'section',
        { class: 'group', 'data-section': section.key },
        h('h3', {}, h('span', { class: `swatch fill-${section.kind}` }), ` ${section.heading} (${items.length})`),
        h(
          'ol',
          {},
          ...items.map((item) => {
            const pick = h(
              'button',
              { type: 'button', class: 'pick' },
              h('strong', { class: 'label' }, labelOf(item)),
              h('code', { class: 'item-id' }, item.id),
              h('span', { class: 'meta' }, reviewBadge(item), h('span', { class: 'confidence', title: "the drafter's confidence" }, percent(item.review?.confidence))),
            );
            pick.addEventListener('click', () => choose(item.id));
            const entry = h('li', { class: 'item', 'data-id': item.id, 'data-review': item.review?.status ?? 'NONE' }, pick);
            if (item.review?.reason) entry.append(h('p', { class: 'reason' }, item.review.reason));
            if (item.id === selected) {
              entry.classList.add('selected');
              entry.append(editorFor(host, section, item));
              selectedEntry = entry;
            }
            return entry;
          }),
        ),
      ),
    );
  list.replaceChildren(...(groups.length > 0 ? groups : [h('p', { class: 'hint' }, 'The draft has no items.')]));
  return selectedEntry;
}
