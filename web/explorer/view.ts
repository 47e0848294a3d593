import { isStatus, type Status } from '../common/status.js';
import type { NodeKind } from './graph.js';

/** What the picture shows, beyond the graph's own answers: enough to draw the same view again. */
export interface View {
  /** The actor the picture is drawn around: an id, or any spelling to search for. */
  actor: string | null;
  /** Nodes expanded after the actor, in the order they were. */
  expanded: string[];
  /** The other end of the path drawn from the actor. */
  to: string | null;
  hiddenKinds: Set<NodeKind>;
  hiddenStatuses: Set<Status>;
  /** Nodes hidden one by one. */
  hidden: Set<string>;
}

export const nodeKinds: readonly NodeKind[] = ['person', 'country', 'organisation', 'group', 'place', 'meeting', 'event', 'claim', 'other'];

/** Node ids are `kind:slug`; an imported event's slug carries its dataset's own id. */
const nodeId = /^[a-z]{2,20}:[A-Za-z0-9][A-Za-z0-9._~:-]{0,199}$/;
export const isNodeId = (value: string): boolean => nodeId.test(value);

/** Caps on list parameters, so a crafted link cannot make the page ask for a thousand expansions. */
const maxExpanded = 20;
const maxHidden = 500;

function list(parameters: URLSearchParams, name: string): string[] {
  return [...new Set((parameters.get(name) ?? '').split(',').map((item) => item.trim()).filter(Boolean))];
}

export function emptyView(): View {
  return { actor: null, expanded: [], to: null, hiddenKinds: new Set(), hiddenStatuses: new Set(), hidden: new Set() };
}

/**
 * Reads a view from a query string. Each value must be what the page itself writes: a node id of
 * the id pattern, a kind the picture draws, a status of the schema's enum; anything else is
 * dropped, never passed on. Only `actor` may be free text (a spelling to search for, shown as text).
 */
export function parseView(search: string): View {
  const parameters = new URLSearchParams(search);
  const actor = parameters.get('actor')?.trim().slice(0, 200) || null;
  const to = parameters.get('to')?.trim() ?? '';
  return {
    actor,
    expanded: list(parameters, 'expand').filter(isNodeId).slice(0, maxExpanded),
    to: isNodeId(to) ? to : null,
    hiddenKinds: new Set(list(parameters, 'hideKinds').filter((kind): kind is NodeKind => (nodeKinds as readonly string[]).includes(kind))),
    hiddenStatuses: new Set(list(parameters, 'hideStatuses').filter(isStatus)),
    hidden: new Set(list(parameters, 'hide').filter(isNodeId).slice(0, maxHidden)),
  };
}

/** The query string for a view, in a fixed order; empty parts are left out. */
export function viewSearch(view: View): string {
  const parameters = new URLSearchParams();
  const put = (name: string, values: Iterable<string>) => {
    const joined = [...values].join(',');
    if (joined) parameters.set(name, joined);
  };
  put('actor', view.actor ? [view.actor] : []);
  put('expand', view.expanded);
  put('to', view.to ? [view.to] : []);
  put('hideKinds', nodeKinds.filter((kind) => view.hiddenKinds.has(kind)));
  put('hideStatuses', [...view.hiddenStatuses].sort());
  put('hide', [...view.hidden].sort());
  const text = parameters.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** Puts the view in the address bar without a new history entry, so the link shares what is drawn. */
export function writeView(view: View): void {
  const url = new URL(location.href);
  url.search = viewSearch(view);
  history.replaceState(null, '', url);
}
