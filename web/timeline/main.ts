import moment from 'moment';
import { DataSet, DataView } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { actorSearchForm, showActorChoices } from '../common/actorSearch.js';
import { creditsFor, showAttribution, type Credits } from '../common/attribution.js';
import { byId, h } from '../common/dom.js';
import { loadSources, type SourceRef } from '../common/evidence.js';
import { graphql } from '../common/graphql.js';
import { withRetry } from '../common/retry.js';
import '../common/page.css';
import { statusBadge, statusColour, statusLabel, statuses } from '../common/status.js';
import { balanceByPeriod, balanceChart, type Period } from './balance.js';
import { showHappening } from './details.js';
import { firstWindow, toItem, type TimelineItem } from './items.js';
import './main.css';
import { toHappening, type ActorTimelineAnswer, type CountriesAnswer, type Happening, type HappeningKind, type PairAnswer, type Summary } from './model.js';
import * as operations from './operations.js';

/** What the browser tests read: the happenings drawn after the filters, and whether the page is busy. */
declare global {
  interface Window {
    timeline: {
      state: 'idle' | 'loading' | 'ready' | 'error';
      shown(): { id: string; kind: string; status: string; start: string; end: string }[];
      timeline: Timeline;
      /** Milliseconds from navigation to the first happenings drawn. */
      firstDrawnMs: number | null;
    };
  }
}

const kinds: { kind: HappeningKind; label: string }[] = [
  { kind: 'MEETING', label: 'Meetings' },
  { kind: 'EVENT', label: 'Events' },
  { kind: 'CLAIM', label: 'Claims' },
];

const shownKinds = new Set<string>(kinds.map((k) => k.kind));
const shownStatuses = new Set<string>(statuses);
let happenings: Happening[] = [];
/** The credits of the datasets the shown answer holds imported events from. */
let credits: Credits = new Map();
const sources: Promise<Map<string, SourceRef>> = loadSources().catch(() => new Map());

const items = new DataSet<TimelineItem>();
const view = new DataView(items, { filter: (item) => shownKinds.has(item.kind) && shownStatuses.has(item.status) });
// Rows stay and are hidden rather than filtered out: vis-timeline fails re-adding a filtered group.
const groups = new DataSet(kinds.map((k, order) => ({ id: k.kind, content: k.label, order, visible: true })));

const options: TimelineOptions = {
  stack: true,
  orientation: 'top',
  zoomMin: 2 * 86_400_000,
  // The API's days are calendar days; shown in UTC so no time zone shifts a day's edges.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  margin: { item: { horizontal: 2, vertical: 4 } },
  groupOrder: 'order',
  showCurrentTime: false,
  verticalScroll: true,
  maxHeight: 460,
  tooltip: { followMouse: true, overflowMethod: 'cap' },
};
const timeline = new Timeline(byId('timeline'), view as never, groups as never, options);

const hooks: Window['timeline'] = {
  state: 'idle',
  timeline,
  firstDrawnMs: null,
  shown: () =>
    view.get().map((item) => ({ id: String(item.id), kind: item.kind, status: item.status, start: item.start.toISOString(), end: item.end.toISOString() })),
};
window.timeline = hooks;

function say(text: string, state: Window['timeline']['state']): void {
  byId('status').textContent = text;
  hooks.state = state;
  document.body.dataset['state'] = state;
}

/** The filters double as the legend: each status with its colour. */
function filters(): void {
  const box = (value: string, label: string, set: Set<string>, colour?: string) => {
    const input = h('input', { type: 'checkbox', value, checked: '' });
    input.addEventListener('change', () => {
      if (input.checked) set.add(value);
      else set.delete(value);
      refresh();
    });
    const swatch = colour ? h('span', { class: 'swatch' }) : null;
    if (swatch && colour) swatch.style.background = colour;
    return h('label', { 'data-filter': value }, input, swatch, label);
  };
  byId('kind-filters').append(...kinds.map((k) => box(k.kind, k.label.toLowerCase(), shownKinds)));
  byId('status-filters').append(...statuses.map((s) => box(s, statusLabel[s], shownStatuses, statusColour[s])));
}

function shownHappenings(): Happening[] {
  return happenings.filter((happening) => shownKinds.has(happening.kind) && shownStatuses.has(happening.status));
}

/** Redraws what the filters let through: the axis, the undated list and the balance. */
function refresh(): void {
  view.refresh();
  groups.update(kinds.map((k) => ({ id: k.kind, visible: shownKinds.has(k.kind) })));
  const shown = shownHappenings();
  const undated = shown.filter((happening) => !happening.time.start && !happening.time.end);
  byId('undated').replaceChildren(
    undated.length ? h('h3', {}, `Undated (${undated.length}): no day is known, so not on the axis`) : '',
    ...undated.map((happening) => {
      const button = h('button', { type: 'button', class: 'undated-item', 'data-id': happening.id }, statusBadge(happening.status), ` ${happening.title}`);
      button.addEventListener('click', () => void showDetails(happening.id));
      return button;
    }),
  );
  drawBalance();
  say(`${view.length} of ${items.length} dated happenings shown${undated.length ? `, ${undated.length} undated` : ''}. Click one for its evidence.`, 'ready');
}

let summary: Summary | null = null;

function drawBalance(): void {
  const period = byId<HTMLSelectElement>('period').value as Period;
  const rows = balanceByPeriod(shownHappenings(), period);
  const note = summary
    ? h('p', { class: 'summary' }, `All ${summary.total} between the two (server's summary): ${summary.coded} coded, Goldstein sum ${summary.goldsteinSum}, ${summary.cooperation} cooperation, ${summary.conflict} conflict, ${summary.neutral} neutral.`)
    : '';
  byId('balance-chart').replaceChildren(rows.length ? balanceChart(rows) : h('p', { class: 'hint' }, 'No coded happening is shown.'), note);
}

async function showDetails(id: string): Promise<void> {
  const happening = happenings.find((item) => item.id === id);
  if (happening) showHappening(happening, await sources, credits);
}

async function show(found: Happening[], heading: string): Promise<void> {
  // The credits are drawn with the answer, never after it: the datasets' terms ask for them wherever their facts are shown.
  credits = await creditsFor(found.flatMap((happening) => (happening.coded ? [happening.coded.coding.dataset] : [])));
  showAttribution(byId('attribution'), credits);
  happenings = found;
  byId('heading').textContent = heading;
  items.clear();
  items.add(found.map(toItem).filter((item): item is TimelineItem => item !== null));
  const first = firstWindow(items.get());
  if (first) timeline.setWindow(first.start, first.end, { animation: false });
  refresh();
  hooks.firstDrawnMs ??= Math.round(performance.now());
}

const slow = () => say('The server is slow to answer (warming up); asking again…', 'loading');

async function loadActor(id: string): Promise<void> {
  say('Loading the timeline…', 'loading');
  const found: Happening[] = [];
  let after: string | null = null;
  let name = id;
  for (;;) {
    const answer: ActorTimelineAnswer = await withRetry(() => graphql<ActorTimelineAnswer>(operations.actorTimeline, { actor: id, after }), slow);
    if (!answer.actor || !answer.timeline) {
      say(`The graph has no actor ${id}.`, 'error');
      return;
    }
    name = answer.actor.name;
    found.push(...answer.timeline.nodes.map((row) => toHappening(row)));
    if (!answer.timeline.pageInfo.hasNextPage) break;
    after = answer.timeline.pageInfo.endCursor;
  }
  summary = null;
  await show(found, `Everything involving ${name}`);
}

/** A side is a node id (country:gbr) or an ISO 3166 code (GB, GBR). */
async function loadPair(a: string, b: string): Promise<void> {
  say('Loading what lies between the two…', 'loading');
  let ids = { a, b };
  if (!a.includes(':') || !b.includes(':')) {
    const countries = await graphql<CountriesAnswer>(operations.countriesByCode, { a, b });
    if (!countries.a || !countries.b) {
      say(`No country has the code ${!countries.a ? a : b}: use ISO 3166 codes such as GB, GBR, RU or RUS.`, 'error');
      return;
    }
    ids = { a: countries.a.id, b: countries.b.id };
  }
  const answer = await withRetry(() => graphql<PairAnswer>(operations.pairTimeline, ids), slow);
  const relations = answer.relations;
  if (!relations) {
    say(`The graph has no ${ids.a} or no ${ids.b}.`, 'error');
    return;
  }
  summary = relations.summary;
  const found = [
    ...relations.meetings.map((row) => toHappening(row, 'MEETING')),
    ...relations.events.map((row) => toHappening(row)),
    ...relations.claims.map((row) => toHappening(row)),
  ];
  await show(found, `${relations.a.name} and ${relations.b.name}`);
}

function go(parameters: Record<string, string>): void {
  const url = new URL(location.pathname, location.origin);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  history.pushState(null, '', url);
  void start();
}

filters();
byId('period').addEventListener('change', drawBalance);
byId('fit').addEventListener('click', () => timeline.fit({ animation: false }));
timeline.on('select', ({ items: selected }: { items: string[] }) => {
  if (selected[0]) void showDetails(selected[0]);
});
actorSearchForm(byId('actor-form'), byId('actor'), byId('actor-results'), (id) => go({ actor: id }));
byId('pair-form').addEventListener('submit', (event) => {
  event.preventDefault();
  go({ a: byId<HTMLInputElement>('side-a').value.trim(), b: byId<HTMLInputElement>('side-b').value.trim() });
});
window.addEventListener('popstate', () => void start());

/** ?actor=person:liz-truss (or any spelling), or ?a=GB&b=RU for everything between two countries. */
async function start(): Promise<void> {
  const parameters = new URLSearchParams(location.search);
  const actor = parameters.get('actor');
  const a = parameters.get('a');
  const b = parameters.get('b');
  try {
    if (a && b) {
      byId<HTMLInputElement>('side-a').value = a;
      byId<HTMLInputElement>('side-b').value = b;
      await loadPair(a, b);
    } else if (actor?.includes(':')) await loadActor(actor);
    else if (actor) {
      byId<HTMLInputElement>('actor').value = actor;
      const found = await showActorChoices(actor, byId('actor-results'), (id) => go({ actor: id }));
      if (found === 1) byId('actor-results').querySelector('button')?.click();
      else say(found ? 'Choose an actor.' : `No actor is called “${actor}”.`, 'ready');
    } else say('Choose an actor, or two countries (e.g. GB and RU).', 'ready');
  } catch (error) {
    say(`The API did not answer: ${(error as Error).message}`, 'error');
  }
}

void start();
