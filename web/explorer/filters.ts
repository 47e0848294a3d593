import { h } from '../common/dom.js';
import { statusColour, statusLabel, statuses, type Status } from '../common/status.js';
import type { NodeKind } from './graph.js';
import { kinds } from './style.js';
import type { View } from './view.js';

/** How many drawn nodes each kind and status has, for the counts beside the toggles. */
export interface Counts {
  kinds: Map<string, number>;
  statuses: Map<string, number>;
  total: number;
  /** Nodes drawn now. */
  shown: number;
  /** True while a path is drawn alone. */
  pathOnly: boolean;
  /** Nodes a kind or status toggle keeps out of the picture. */
  filtered: number;
  hidden: number;
}

export interface FilterActions {
  toggleKind(kind: NodeKind, shown: boolean): void;
  toggleStatus(status: Status, shown: boolean): void;
  showHidden(): void;
}

const kindLabel = (kind: NodeKind) => kinds.find((known) => known.kind === kind)?.label ?? kind;

function toggle(name: string, value: string, label: string, count: number, shown: boolean, change: (shown: boolean) => void, colour?: string): HTMLElement {
  const box = h('input', { type: 'checkbox', name, value, 'data-count': String(count) });
  box.checked = shown;
  box.addEventListener('change', () => change(box.checked));
  const swatch = colour ? h('span', { class: 'filter-swatch' }) : null;
  if (swatch && colour) swatch.style.background = colour;
  return h('label', { class: count ? 'filter' : 'filter empty' }, box, swatch, `${label} `, h('span', { class: 'count' }, `(${count})`));
}

/**
 * The filter bar: a toggle per kind and per status with how many nodes of it the picture holds,
 * what the filters and hidden nodes keep out, and the button that brings hidden nodes back.
 */
export function showFilters(bar: HTMLElement, view: View, counts: Counts, kindsDrawn: readonly NodeKind[], actions: FilterActions): void {
  // A toggle for what the picture holds, or what is switched off: no clutter of empty choices.
  const offered = <T extends string>(values: readonly T[], counted: Map<string, number>, off: ReadonlySet<T>) => values.filter((value) => (counted.get(value) ?? 0) > 0 || off.has(value));
  const kindToggles = offered(kindsDrawn, counts.kinds, view.hiddenKinds).map((kind) =>
    toggle('kind', kind, kindLabel(kind), counts.kinds.get(kind) ?? 0, !view.hiddenKinds.has(kind), (shown) => actions.toggleKind(kind, shown)),
  );
  const statusToggles = offered(statuses, counts.statuses, view.hiddenStatuses).map((status) =>
    toggle('status', status, statusLabel[status], counts.statuses.get(status) ?? 0, !view.hiddenStatuses.has(status), (shown) => actions.toggleStatus(status, shown), statusColour[status]),
  );
  const restore = h('button', { type: 'button', id: 'show-hidden' }, `Show hidden (${counts.hidden})`);
  if (counts.hidden === 0) restore.setAttribute('disabled', '');
  restore.addEventListener('click', () => actions.showHidden());
  bar.replaceChildren(
    h('fieldset', { class: 'filter-group', id: 'kind-filters' }, h('legend', {}, 'Kinds'), ...kindToggles),
    h('fieldset', { class: 'filter-group', id: 'status-filters' }, h('legend', {}, 'Status'), ...statusToggles),
    h(
      'p',
      { class: 'view-summary' },
      h('span', { id: 'view-summary' }, `${counts.shown} of ${counts.total} nodes shown${counts.pathOnly ? ' (the path alone)' : ''}; ${counts.filtered} filtered out, ${counts.hidden} hidden.`),
      ' ',
      restore,
    ),
  );
}
