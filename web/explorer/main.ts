import cytoscape, { type Core, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { actorSearchForm, showActorChoices } from '../common/actorSearch.js';
import { allCredits, creditsFor, showAttribution, type Credits } from '../common/attribution.js';
import { byId, h } from '../common/dom.js';
import { download, toCsv } from '../common/download.js';
import { loadSources, type SourceRef } from '../common/evidence.js';
import { graphql } from '../common/graphql.js';
import { withRetry } from '../common/retry.js';
import '../common/page.css';
import { csvColumns, csvRows, factsOf } from './facts.js';
import { showFilters } from './filters.js';
import { datasetsOf, expansionOf, Neighbourhood, type NodeKind } from './graph.js';
import { pathLayout, readableFit, runLayout, type LayoutName } from './layout.js';
import './main.css';
import type { ActorAnswer, HappeningAnswer, PathAnswer, PlaceAnswer } from './model.js';
import * as operations from './operations.js';
import { explorerPath } from './pathQuery.js';
import { pathNodeIds, showPathSteps, stepsOf, type StepFacts } from './pathSteps.js';
import { showFacts } from './panel.js';
import { graphStyle, kinds, legend } from './style.js';
import { emptyView, isNodeId, parseView, writeView, type View } from './view.js';

cytoscape.use(svg);
cytoscape.use(fcose);

/** What the browser tests read: the picture and whether the page is busy. */
declare global {
  interface Window {
    explorer: {
      cy: Core;
      graph: Neighbourhood;
      state: 'idle' | 'loading' | 'ready' | 'error';
      root: string | null;
      /** What is drawn beyond the answers: expansions, path, filters, hidden nodes (also in the URL). */
      view: View;
      /** Pinned nodes and where they stay. */
      pinned: Map<string, Position>;
      /** True once the view the URL asked for is drawn (every expansion and the path). */
      restored: boolean;
      /** Milliseconds from navigation to the first neighbourhood drawn. */
      firstDrawnMs: number | null;
    };
  }
}

const cy = cytoscape({ container: byId('graph'), style: graphStyle(), minZoom: 0.15, maxZoom: 4 });
let graph = new Neighbourhood();
let sources: Promise<Map<string, SourceRef>> = loadSources().catch(() => new Map());
const view: View = emptyView();
const pinned = new Map<string, Position>();
const explorer: Window['explorer'] = { cy, graph, state: 'idle', root: null, view, pinned, restored: false, firstDrawnMs: null };
window.explorer = explorer;
byId('legend').append(legend());
/** The credits of the datasets the picture holds imported events from. */
let credits: Credits = new Map();
/** The path being shown, if any: while it is, only its nodes and hops are drawn. */
let shownPath: StepFacts[][] | null = null;

/** Draws the credits with the facts they cover, never after: the datasets' terms ask for them wherever those are shown. */
async function updateCredits(): Promise<void> {
  credits = await creditsFor(datasetsOf(graph));
  showAttribution(byId('attribution'), credits);
}

function say(text: string, state: Window['explorer']['state']): void {
  byId('status').textContent = text;
  explorer.state = state;
  document.body.dataset['state'] = state;
}

/** Draws what the store holds that the picture lacks; new nodes start beside the node they came from. Returns whether any were added. */
function sync(anchor: string | null): boolean {
  const around = anchor ? cy.getElementById(anchor) : null;
  const centre = around?.nonempty() ? around.position() : { x: 0, y: 0 };
  let added = false;
  let index = 0;
  cy.batch(() => {
    for (const node of graph.nodes.values()) {
      const data = { id: node.id, label: node.label, kind: node.kind, status: node.status ?? null, expanded: node.expanded };
      const drawn = cy.getElementById(node.id);
      if (drawn.nonempty()) {
        drawn.data(data);
        continue;
      }
      const angle = (index++ * 2.4) % (2 * Math.PI);
      cy.add({ group: 'nodes', data, position: { x: centre.x + 120 * Math.cos(angle), y: centre.y + 120 * Math.sin(angle) } });
      added = true;
    }
    for (const edge of graph.edges.values()) {
      if (cy.getElementById(edge.id).nonempty()) continue;
      cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label } });
      added = true;
    }
  });
  return added;
}

const layoutChoice = byId<HTMLSelectElement>('layout');
const layoutName = (): LayoutName => (layoutChoice.value === 'rings' ? 'rings' : 'clusters');
const layout = (fresh: boolean) => runLayout(cy, layoutName(), fresh, explorer.root, pinned);
layoutChoice.addEventListener('change', () => {
  if (!shownPath) layout(true);
});

/** The kinds the filter bar offers: every kind the legend draws, and "other" once such a node is drawn. */
function kindsOffered(): NodeKind[] {
  const offered = kinds.map((kind) => kind.kind);
  return cy.nodes('[kind = "other"]').nonempty() ? [...offered, 'other'] : offered;
}

/**
 * Applies the view to the picture without asking the server again: kind and status filters and
 * hidden nodes leave the drawing (a path being shown is drawn whole, whatever they say), then
 * the filter bar's counts and the URL follow.
 */
function applyView(): void {
  const kindCounts = new Map<string, number>();
  const statusCounts = new Map<string, number>();
  let filtered = 0;
  let hidden = 0;
  let shown = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const kind = String(node.data('kind'));
      const status = node.data('status') as string | null;
      kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
      if (status) statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
      const onPath = shownPath !== null && node.hasClass('path');
      const isFiltered = !onPath && (view.hiddenKinds.has(kind as NodeKind) || (status !== null && view.hiddenStatuses.has(status as never)));
      const isHidden = !onPath && !isFiltered && view.hidden.has(node.id());
      node.toggleClass('filtered', isFiltered);
      node.toggleClass('hidden-node', isHidden);
      node.toggleClass('off-path', shownPath !== null && !onPath);
      if (isFiltered) filtered++;
      if (isHidden) hidden++;
      if (!isFiltered && !isHidden && (shownPath === null || onPath)) shown++;
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('off-path', shownPath !== null && !edge.hasClass('path'));
    });
  });
  cy.$(':selected:hidden').unselect();
  showFilters(byId('filters'), view, { kinds: kindCounts, statuses: statusCounts, total: cy.nodes().length, shown, pathOnly: shownPath !== null, filtered, hidden }, kindsOffered(), {
    toggleKind: (kind, shown) => changeFilter(() => (shown ? view.hiddenKinds.delete(kind) : view.hiddenKinds.add(kind))),
    toggleStatus: (status, shown) => changeFilter(() => (shown ? view.hiddenStatuses.delete(status) : view.hiddenStatuses.add(status))),
    showHidden: () => changeFilter(() => view.hidden.clear()),
  });
  showNodeActions();
  writeView(view);
}

/** The bars above the picture change height as their contents do, which moves the canvas: Cytoscape must measure it again or clicks land off their nodes. */
function canvasMoved(): void {
  cy.resize();
}

/** A filter changed: redraw from the nodes already loaded, and lay out again what is left so gaps close (pinned nodes stay). */
function changeFilter(change: () => void): void {
  change();
  applyView();
  if (!shownPath) layout(false);
}

/** Hide and pin for the selected node, beside the filters. */
function showNodeActions(): void {
  const bar = byId('node-actions');
  const selected = cy.$('node:selected');
  const id = selected.nonempty() ? selected.first().id() : null;
  const node = id ? graph.nodes.get(id) : undefined;
  if (!id || !node) {
    bar.replaceChildren(h('span', { class: 'hint' }, 'Select a node to hide or pin it.'));
    canvasMoved();
    return;
  }
  const hide = h('button', { type: 'button', id: 'hide-node' }, 'Hide');
  hide.addEventListener('click', () => {
    view.hidden.add(id);
    cy.getElementById(id).unselect();
    applyView();
  });
  const isPinned = pinned.has(id);
  const pin = h('button', { type: 'button', id: 'pin-node', 'aria-pressed': String(isPinned) }, isPinned ? 'Unpin' : 'Pin');
  pin.addEventListener('click', () => {
    const drawn = cy.getElementById(id);
    if (pinned.has(id)) pinned.delete(id);
    else pinned.set(id, { ...drawn.position() });
    drawn.toggleClass('pinned', pinned.has(id));
    showNodeActions();
  });
  bar.replaceChildren(h('span', { class: 'selected-name' }, node.label), ' ', hide, ' ', pin);
  canvasMoved();
}

async function expand(id: string): Promise<void> {
  if (shownPath) closePath();
  const kind = expansionOf(id);
  if (!kind) {
    say(`Nothing more to draw around ${id}.`, 'ready');
    return;
  }
  say(`Loading the neighbourhood of ${graph.nodes.get(id)?.name ?? id}…`, 'loading');
  try {
    const again = () => say('The server is slow to answer (warming up); asking again…', 'loading');
    const read = <T>(query: string) => withRetry(() => graphql<T>(query, { id }), again);
    const found =
      kind === 'actor'
        ? graph.addActor(await read<ActorAnswer>(operations.expandActor))
        : kind === 'place'
          ? graph.addPlace(await read<PlaceAnswer>(operations.expandPlace))
          : graph.addHappening(await read<HappeningAnswer>(operations.expandHappening));
    if (!found) {
      say(`The graph has no node ${id}.`, 'error');
      return;
    }
    await updateCredits();
    const anchored = cy.getElementById(id).nonempty();
    if (id !== explorer.root && !view.expanded.includes(id)) view.expanded.push(id);
    const added = sync(anchored ? id : null);
    if (id === explorer.root) cy.getElementById(id).addClass('root');
    applyView();
    if (added) layout(!anchored);
    explorer.firstDrawnMs ??= Math.round(performance.now());
    void select(id);
    say(`${cy.nodes().length} nodes, ${cy.edges().length} links. Click a node for its facts; double-click to expand it.`, 'ready');
  } catch (error) {
    say(`The API did not answer: ${(error as Error).message}`, 'error');
  }
}

async function select(id: string): Promise<void> {
  cy.$(':selected').unselect();
  const node = cy.getElementById(id);
  if (node.visible()) node.select();
  showNodeActions();
  showFacts(id, graph, await sources, { expand: (target) => void expand(target), open: (target) => void openActor(target) }, credits);
}

/** Starts a fresh picture around one node; `keepView` keeps the URL's view (filters, hidden nodes) when a shared link is opened. */
async function openActor(id: string, keepView = false): Promise<void> {
  graph = new Neighbourhood();
  explorer.graph = graph;
  explorer.root = id;
  shownPath = null;
  byId('path-steps').hidden = true;
  cy.elements().remove();
  pinned.clear();
  view.actor = id;
  view.to = null;
  view.expanded = [];
  if (!keepView) view.hidden.clear();
  byId('facts').replaceChildren();
  await updateCredits();
  writeView(view);
  byId<HTMLInputElement>('path-to').disabled = false;
  await expand(id);
}

/** Draws the shortest paths from the root to another actor as a line, alone, with their steps listed beside. */
async function showPath(to: string): Promise<void> {
  const from = explorer.root;
  if (!from) return;
  say('Looking for the shortest paths…', 'loading');
  try {
    const answer = await withRetry(() => graphql<PathAnswer>(explorerPath, { from, to }));
    cy.elements().removeClass('path step');
    if (answer.connections.length === 0) {
      if (shownPath) closePath();
      say(`No path of at most 4 hops joins ${from} and ${to}.`, 'ready');
      return;
    }
    const marked = graph.addPaths(answer);
    await updateCredits();
    sync(from);
    for (const id of [...marked.nodes, ...marked.edges]) cy.getElementById(id).addClass('path');
    shownPath = stepsOf(answer);
    view.to = to;
    applyView();
    pathLayout(cy, pathNodeIds(answer), from);
    showPathSteps(byId('path-steps'), shownPath, await sources, highlightStep, () => {
      closePath();
      say(`${cy.nodes(':visible').length} nodes shown.`, 'ready');
    });
    const hops = answer.connections[0]?.length ?? 0;
    say(`${answer.connections.length} shortest path(s) of ${hops} hops drawn in red.`, 'ready');
  } catch (error) {
    say(`The API did not answer: ${(error as Error).message}`, 'error');
  }
}

/** One step of the list picked: its hop and two ends stand out in the drawing. */
function highlightStep(step: StepFacts, item: HTMLElement): void {
  cy.elements().removeClass('step');
  const edge = cy.getElementById(step.edge);
  edge.addClass('step');
  edge.connectedNodes().addClass('step');
  for (const other of byId('path-steps').querySelectorAll('.path-step.active')) other.classList.remove('active');
  item.classList.add('active');
}

/** Back from a path to the whole neighbourhood, laid out again around the path's nodes. */
function closePath(): void {
  shownPath = null;
  view.to = null;
  cy.elements().removeClass('path step');
  byId('path-steps').hidden = true;
  byId('path-steps').replaceChildren();
  applyView();
  layout(false);
}

actorSearchForm(byId('search-form'), byId('search'), byId('results'), (id) => void openActor(id));
actorSearchForm(byId('path-form'), byId('path-to'), byId('path-results'), (id) => void showPath(id));

cy.on('tap', (event) => {
  if (event.target === cy) {
    cy.elements().removeClass('faded step');
    showNodeActions();
  }
});
/** The last two nodes tapped: Cytoscape calls two quick taps a double tap even on two different nodes. */
const taps: (string | null)[] = [null, null];
cy.on('tap', 'node', (event) => {
  const id = (event.target as NodeSingular).id();
  taps.shift();
  taps.push(id);
  void select(id);
});
cy.on('dbltap', 'node', (event) => {
  const id = (event.target as NodeSingular).id();
  if (taps.every((tapped) => tapped === id)) void expand(id);
});
// A pinned node dragged elsewhere stays where it was dropped.
cy.on('dragfree', 'node.pinned', (event) => {
  const node = event.target as NodeSingular;
  pinned.set(node.id(), { ...node.position() });
});
byId('fit').addEventListener('click', () => readableFit(cy, explorer.root));

const baseName = () => `explorer-${(explorer.root ?? 'graph').replace(/[^a-z0-9-]+/gi, '-')}`;
byId('export-png').addEventListener('click', () => download(`${baseName()}.png`, cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' })));
byId('export-svg').addEventListener('click', () => download(`${baseName()}.svg`, cy.svg({ full: true, bg: '#ffffff' }), 'image/svg+xml'));
byId('export-csv').addEventListener('click', async () => {
  download(`${baseName()}-facts.csv`, toCsv(csvColumns, csvRows(factsOf(graph, await sources))), 'text/csv');
});
byId('export-json').addEventListener('click', async () => {
  const facts = factsOf(graph, await sources);
  // Imported facts leave with their datasets' credits.
  const attribution = credits.size ? { attribution: allCredits(credits) } : {};
  download(`${baseName()}-facts.json`, `${JSON.stringify({ root: explorer.root, facts, ...attribution }, null, 2)}\n`, 'application/json');
});

/** Draws a shared view again: the actor, then each expansion in its order, then the path; filters and hidden nodes came with the view. */
async function restore(actor: string, shared: View): Promise<void> {
  await openActor(actor, true);
  for (const id of shared.expanded) {
    // Only a node the picture draws by then can have been expanded; anything else in the link is ignored.
    if (explorer.state !== 'error' && cy.getElementById(id).nonempty()) await expand(id);
  }
  if (shared.to && explorer.state !== 'error') await showPath(shared.to);
  restored();
}

function restored(): void {
  explorer.restored = true;
  document.body.dataset['restored'] = 'true';
}

/**
 * ?actor= opens an actor by id (person:liz-truss) or by any spelling; &expand= the nodes expanded
 * after it, &to= the path to another actor, &hideKinds=, &hideStatuses= and &hide= what is kept out.
 */
async function start(): Promise<void> {
  const shared = parseView(location.search);
  Object.assign(view, { hiddenKinds: shared.hiddenKinds, hiddenStatuses: shared.hiddenStatuses, hidden: shared.hidden });
  const actor = shared.actor;
  view.actor = actor;
  applyView();
  if (!actor) {
    say('Search an actor to draw its neighbourhood.', 'ready');
    restored();
    return;
  }
  if (isNodeId(actor)) {
    await restore(actor, shared);
    return;
  }
  byId<HTMLInputElement>('search').value = actor;
  const found = await showActorChoices(actor, byId('results'), (id) => void restore(id, shared));
  if (found === 1) byId('results').querySelector('button')?.click();
  else {
    say(found ? 'Choose an actor.' : `No actor is called “${actor}”.`, 'ready');
    restored();
  }
}

void start();
