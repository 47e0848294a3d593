import moment from 'moment';
import { DataSet, DataView } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { actorSearchForm, findActors, showActorChoices } from '../common/actorSearch.js';
import { creditsFor, showAttribution, type Credits } from '../common/attribution.js';
import { byId, h } from '../common/dom.js';
import { loadSources, type SourceRef } from '../common/evidence.js';
import { graphql } from '../common/graphql.js';
import { withRetry } from '../common/retry.js';
import '../common/page.css';
import { statusBadge, statusColour, statusLabel, statuses } from '../common/status.js';
import { balanceChart } from './balance.js';
import { toItem, type TimelineItem } from './items.js';
import { showHappening } from './details.js';
import './main.css';
import { overview } from './overview.js';
import { toHappening, type ActorTimelineAnswer, type CountryAnswer, type Happening, type HappeningKind, type PairAnswer, type PairSummaryAnswer, type Summary } from './model.js';
import * as operations from './operations.js';
import type { Period } from './scale.js';
import { clustersOf, spanOf, withMargin, type Span } from './span.js';
import { balanceOf, type Tally } from './tally.js';

/** What the browser tests read: the happenings drawn after the filters, and whether the page is busy. */
declare global {
  interface Window {
    timeline: {
      state: 'idle' | 'loading' | 'ready' | 'error';
      shown(): { id: string; kind: string; status: string; start: string; end: string }[];
      timeline: Timeline;
      /** Milliseconds from navigation to the first happenings drawn. */
      firstDrawnMs: number | null;
      /** The days of every dated happening loaded (UTC ms; the day after the last), null before any. */
      span: Span | null;
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
  // Each bar names its happening, for a link or a test to find it.
  dataAttributes: ['id'],
};
const timeline = new Timeline(byId('timeline'), view as never, groups as never, options);

const strip = overview(byId('overview'), (shown) => timeline.setWindow(new Date(shown.start), new Date(shown.end), { animation: false }));
timeline.on('rangechange', ({ start, end }: { start: Date; end: Date }) => strip.frame({ start: start.getTime(), end: end.getTime() }));

const hooks: Window['timeline'] = {
  state: 'idle',
  timeline,
  firstDrawnMs: null,
  span: null,
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
  if (hooks.span) {
    const shownItems = view.get();
    strip.draw(withMargin(hooks.span), shownItems.map((item) => ({ id: String(item.id), kind: item.kind, start: item.start.getTime(), end: item.end.getTime(), open: /\bopen-/.test(item.className) })));
    const { start, end } = timeline.getWindow();
    strip.frame({ start: start.getTime(), end: end.getTime() });
  }
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

/** The two sides of the pair shown, for asking the server's summary again when the status filter changes. */
let pair: { a: string; b: string } | null = null;
/** The server's summary for the statuses it names (null in an actor's timeline). */
let summary: Summary | null = null;
/** The statuses `summary` weighs, as the page asked for them. */
let summaryFor = '';
let summaryAsked = 0;

const tallyText = (tally: Tally) => `▲${tally.cooperation} cooperation, ▼${tally.conflict} conflict, ${tally.neutral} neutral, Goldstein sum ${tally.goldsteinSum}`;

/** The chart and, under it, its counts: those of the bars drawn, and the server's for the same statuses (both computed from the same happenings, so they agree, and the page says so when they do not). */
function drawBalance(): void {
  const period = byId<HTMLSelectElement>('period').value as Period;
  const shown = shownHappenings();
  const balance = balanceOf(shown, period);
  const { total, startUnknown } = balance;
  const unknown = startUnknown.cooperation + startUnknown.conflict + startUnknown.neutral;
  const drawn = h(
    'p',
    { class: 'drawn-totals', 'data-shown': String(shown.length), 'data-coded': String(total.coded), 'data-sum': String(total.goldsteinSum), 'data-cooperation': String(total.cooperation), 'data-conflict': String(total.conflict), 'data-neutral': String(total.neutral) },
    `Drawn: ${total.coded} coded of the ${shown.length} happenings shown: ${tallyText(total)}${unknown ? ` (${unknown} with the start unknown, in the bar apart)` : ''}.`,
  );
  byId('balance-chart').replaceChildren(total.coded ? balanceChart(balance, period) : h('p', { class: 'hint' }, 'No coded happening is shown.'), drawn, serverSummaryNote(shown.length, total));
  if (pair && shownStatuses.size && summaryFor !== statusesShown().join(' ')) void askSummary();
}

const statusesShown = () => statuses.filter((status) => shownStatuses.has(status));

function serverSummaryNote(shown: number, total: Tally & { coded: number }): HTMLElement | string {
  if (!pair || !shownStatuses.size) return '';
  if (kinds.some((k) => !shownKinds.has(k.kind))) return h('p', { class: 'summary hint' }, 'The server’s summary weighs every kind: tick them all to compare.');
  if (!summary || summaryFor !== statusesShown().join(' ')) return h('p', { class: 'summary hint' }, 'Asking the server for its summary of these statuses…');
  const agrees =
    summary.total === shown && summary.coded === total.coded && summary.goldsteinSum === total.goldsteinSum &&
    summary.cooperation === total.cooperation && summary.conflict === total.conflict && summary.neutral === total.neutral;
  return h(
    'p',
    { class: `summary server-summary${agrees ? '' : ' disagrees'}`, 'data-statuses': summaryFor, 'data-total': String(summary.total), 'data-coded': String(summary.coded), 'data-sum': String(summary.goldsteinSum), 'data-cooperation': String(summary.cooperation), 'data-conflict': String(summary.conflict), 'data-neutral': String(summary.neutral) },
    `The server’s summary of the same statuses: ${summary.total} happenings, ${summary.coded} coded: ${tallyText(summary)}. ${agrees ? 'It agrees with the bars.' : 'It does not agree with the bars.'}`,
  );
}

let asking = '';

/** The server's summary for the statuses shown; an answer to an older filter is dropped. */
async function askSummary(): Promise<void> {
  if (!pair) return;
  const wanted = statusesShown();
  const key = wanted.join(' ');
  if (asking === key) return;
  asking = key;
  const asked = ++summaryAsked;
  try {
    const answer = await withRetry(() => graphql<PairSummaryAnswer>(operations.pairSummary, { ...pair, status: wanted }), slow);
    if (asked !== summaryAsked || !answer.relations) return;
    summary = answer.relations.summary;
    summaryFor = key;
    // Redrawn whole, so a retry's "slow to answer" gives way to the ready line.
    refresh();
  } catch (error) {
    if (asking === key) asking = '';
    if (asked === summaryAsked) say(`The API did not answer for its summary: ${(error as Error).message}`, 'error');
  }
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
  const span = spanOf(found.map((happening) => happening.time));
  hooks.span = span;
  items.clear();
  if (span) items.add(found.map((happening) => toItem(happening, span)).filter((item): item is TimelineItem => item !== null));
  // The page opens on what it shows: every dated happening, with a margin each side.
  if (span) showSpan(withMargin(span));
  clusterButtons(found);
  refresh();
  hooks.firstDrawnMs ??= Math.round(performance.now());
}

function showSpan(span: Span): void {
  timeline.setWindow(new Date(span.start), new Date(span.end), { animation: false });
}

/**
 * One button per cluster of happenings (a run with no long gap inside), to zoom to it: over a
 * span of years the axis gives a dense month a few pixels, and its bars and words pile up.
 */
function clusterButtons(found: Happening[]): void {
  const clusters = clustersOf(found.map((happening) => happening.time));
  const box = byId('clusters');
  box.replaceChildren(
    ...(clusters.length > 1
      ? clusters.map((cluster) => {
          const button = h('button', { type: 'button', class: 'cluster', 'data-start': new Date(cluster.start).toISOString(), 'data-end': new Date(cluster.end).toISOString(), title: `Zoom to the ${cluster.count} happening${cluster.count === 1 ? '' : 's'} of ${cluster.label}` }, `${cluster.label} (${cluster.count})`);
          button.addEventListener('click', () => showSpan(withMargin(cluster)));
          return button;
        })
      : []),
  );
  box.hidden = clusters.length <= 1;
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
  pair = null;
  await show(found, `Everything involving ${name}`);
}

/**
 * A side as typed: a node id (country:gbr), an ISO 3166 code (GB, GBR), or a name in any spelling
 * (United Kingdom, Britain, Russia), found as the actor search finds it, a country first.
 */
async function resolveSide(text: string): Promise<string | null> {
  if (text.includes(':')) return text;
  if (/^[A-Za-z]{2,3}$/.test(text)) {
    const { country } = await withRetry(() => graphql<CountryAnswer>(operations.countryByCode, { code: text }), slow);
    if (country) return country.id;
  }
  const found = await withRetry(() => findActors(text), slow);
  return (found.find((actor) => actor.kind === 'COUNTRY') ?? found[0])?.id ?? null;
}

async function loadPair(a: string, b: string): Promise<void> {
  say('Loading what lies between the two…', 'loading');
  const [idA, idB] = await Promise.all([resolveSide(a), resolveSide(b)]);
  if (!idA || !idB) {
    say(`Nothing in the graph is called “${!idA ? a : b}”: try a country’s name (Russia), an ISO code (RU, RUS) or an id (country:rus).`, 'error');
    return;
  }
  const ids = { a: idA, b: idB };
  // Every status: the lists hold them all, so the summary weighs what the lists hold.
  const answer = await withRetry(() => graphql<PairAnswer>(operations.pairTimeline, { ...ids, status: [...statuses] }), slow);
  const relations = answer.relations;
  if (!relations) {
    say(`The graph has no ${ids.a} or no ${ids.b}.`, 'error');
    return;
  }
  pair = ids;
  summary = relations.summary;
  summaryFor = statuses.join(' ');
  asking = '';
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
byId('fit').addEventListener('click', () => {
  if (hooks.span) showSpan(withMargin(hooks.span));
});
timeline.on('select', ({ items: selected }: { items: string[] }) => {
  if (selected[0]) void showDetails(selected[0]);
});
actorSearchForm(byId('actor-form'), byId('actor'), byId('actor-results'), (id) => go({ actor: id }));
byId('pair-form').addEventListener('submit', (event) => {
  event.preventDefault();
  go({ a: byId<HTMLInputElement>('side-a').value.trim(), b: byId<HTMLInputElement>('side-b').value.trim() });
});
window.addEventListener('popstate', () => void start());

/** ?actor=person:liz-truss (or any spelling), or ?a=United Kingdom&b=Russia (names, ISO codes or ids) for everything between two countries. */
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
    } else say('Choose an actor, or two countries (e.g. United Kingdom and Russia).', 'ready');
  } catch (error) {
    say(`The API did not answer: ${(error as Error).message}`, 'error');
  }
}

void start();
