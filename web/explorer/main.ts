import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import svg from 'cytoscape-svg';
import { actorSearchForm, showActorChoices } from '../common/actorSearch.js';
import { allCredits, creditsFor, showAttribution, type Credits } from '../common/attribution.js';
import { byId } from '../common/dom.js';
import { download, toCsv } from '../common/download.js';
import { loadSources, type SourceRef } from '../common/evidence.js';
import { graphql } from '../common/graphql.js';
import { withRetry } from '../common/retry.js';
import '../common/page.css';
import { csvColumns, csvRows, factsOf } from './facts.js';
import { datasetsOf, expansionOf, Neighbourhood } from './graph.js';
import './main.css';
import type { ActorAnswer, HappeningAnswer, PathAnswer, PlaceAnswer } from './model.js';
import * as operations from './operations.js';
import { showFacts } from './panel.js';
import { graphStyle, legend } from './style.js';

cytoscape.use(svg);

/** What the browser tests read: the picture and whether the page is busy. */
declare global {
  interface Window {
    explorer: {
      cy: Core;
      graph: Neighbourhood;
      state: 'idle' | 'loading' | 'ready' | 'error';
      root: string | null;
      /** Milliseconds from navigation to the first neighbourhood drawn. */
      firstDrawnMs: number | null;
    };
  }
}

const cy = cytoscape({ container: byId('graph'), style: graphStyle(), minZoom: 0.15, maxZoom: 4 });
let graph = new Neighbourhood();
let sources: Promise<Map<string, SourceRef>> = loadSources().catch(() => new Map());
const explorer: Window['explorer'] = { cy, graph, state: 'idle', root: null, firstDrawnMs: null };
window.explorer = explorer;
byId('legend').append(legend());
/** The credits of the datasets the picture holds imported events from. */
let credits: Credits = new Map();

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

/** Draws what the store holds that the picture lacks; new nodes start beside the node they came from. */
function sync(anchor: string | null): void {
  const around = anchor ? cy.getElementById(anchor) : null;
  const centre = around?.nonempty() ? around.position() : { x: 0, y: 0 };
  const added = cy.collection();
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
      added.merge(cy.add({ group: 'nodes', data, position: { x: centre.x + 120 * Math.cos(angle), y: centre.y + 120 * Math.sin(angle) } }));
    }
    for (const edge of graph.edges.values()) {
      if (cy.getElementById(edge.id).nonempty()) continue;
      added.merge(cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label } }));
    }
  });
  if (added.nonempty()) layout(anchor === null);
}

type LayoutName = 'rings' | 'forces';
const layoutChoice = byId<HTMLSelectElement>('layout');

/** Happenings on the inner ring, the actors and places they bring on the outer one. */
const ringOf = (node: NodeSingular): number =>
  node.id() === explorer.root ? 3 : ['meeting', 'event', 'claim'].includes(String(node.data('kind'))) ? 2 : 1;

/** Rings around the root (by kind), or forces that pull linked nodes together and keep labels apart. */
function layout(fresh: boolean): void {
  const name = layoutChoice.value as LayoutName;
  if (name === 'rings' || fresh) {
    cy.layout({
      name: 'concentric',
      concentric: ringOf,
      levelWidth: () => 1,
      minNodeSpacing: 28,
      spacingFactor: 0.9,
      nodeDimensionsIncludeLabels: true,
      animate: false,
    }).run();
  }
  if (name === 'forces') {
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 60,
      nodeRepulsion: () => 9000,
      edgeElasticity: () => 100,
      gravity: 1.5,
      numIter: 1500,
      padding: 30,
    }).run();
  }
  cy.fit(undefined, 20);
}
layoutChoice.addEventListener('change', () => layout(true));

async function expand(id: string): Promise<void> {
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
    sync(cy.getElementById(id).nonempty() ? id : null);
    explorer.firstDrawnMs ??= Math.round(performance.now());
    void select(id);
    say(`${cy.nodes().length} nodes, ${cy.edges().length} links. Click a node for its facts; double-click to expand it.`, 'ready');
  } catch (error) {
    say(`The API did not answer: ${(error as Error).message}`, 'error');
  }
}

async function select(id: string): Promise<void> {
  cy.$(':selected').unselect();
  cy.getElementById(id).select();
  showFacts(id, graph, await sources, { expand: (target) => void expand(target), open: (target) => void openActor(target) }, credits);
}

function setUrl(parameters: Record<string, string | null>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(parameters)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  history.replaceState(null, '', url);
}

/** Starts a fresh picture around one node. */
async function openActor(id: string): Promise<void> {
  graph = new Neighbourhood();
  explorer.graph = graph;
  explorer.root = id;
  cy.elements().remove();
  byId('facts').replaceChildren();
  await updateCredits();
  setUrl({ actor: id, to: null });
  byId<HTMLInputElement>('path-to').disabled = false;
  await expand(id);
  cy.getElementById(id).addClass('root');
}

async function showPath(to: string): Promise<void> {
  const from = explorer.root;
  if (!from) return;
  say('Looking for the shortest paths…', 'loading');
  try {
    const answer = await withRetry(() => graphql<PathAnswer>(operations.connections, { from, to }));
    cy.elements().removeClass('path');
    if (answer.connections.length === 0) {
      say(`No path of at most 4 hops joins ${from} and ${to}.`, 'ready');
      return;
    }
    const marked = graph.addPaths(answer);
    await updateCredits();
    sync(from);
    for (const id of [...marked.nodes, ...marked.edges]) cy.getElementById(id).addClass('path');
    cy.elements().not('.path').addClass('faded');
    setUrl({ to });
    const hops = answer.connections[0]?.length ?? 0;
    say(`${answer.connections.length} shortest path(s) of ${hops} hops drawn in red.`, 'ready');
  } catch (error) {
    say(`The API did not answer: ${(error as Error).message}`, 'error');
  }
}

actorSearchForm(byId('search-form'), byId('search'), byId('results'), (id) => void openActor(id));
actorSearchForm(byId('path-form'), byId('path-to'), byId('path-results'), (id) => void showPath(id));

cy.on('tap', (event) => {
  if (event.target === cy) cy.elements().removeClass('faded');
});
cy.on('tap', 'node', (event) => void select((event.target as NodeSingular).id()));
cy.on('dbltap', 'node', (event) => void expand((event.target as NodeSingular).id()));

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

/** ?actor= opens an actor by id (person:liz-truss) or by any spelling; ?to= adds the path to another. */
async function start(): Promise<void> {
  const parameters = new URLSearchParams(location.search);
  const actor = parameters.get('actor');
  const to = parameters.get('to');
  if (!actor) {
    say('Search an actor to draw its neighbourhood.', 'ready');
    return;
  }
  if (actor.includes(':')) {
    await openActor(actor);
    if (to) await showPath(to);
    return;
  }
  byId<HTMLInputElement>('search').value = actor;
  const found = await showActorChoices(actor, byId('results'), (id) => void openActor(id));
  if (found === 1) byId('results').querySelector('button')?.click();
  else say(found ? 'Choose an actor.' : `No actor is called “${actor}”.`, 'ready');
}

void start();
