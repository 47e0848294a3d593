import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { chromiumAvailable, chromiumPath, launchChromium } from '../support/chromium.js';
import { gqlData } from '../support/graphql.js';
import { apiQuotes, expectReady, quotesShown } from '../support/pageQuotes.js';
import { artefact, offlineModes, openOffline, staysOnMachine, writeTimings } from '../support/offlinePage.js';

if (!chromiumAvailable && process.env['CI']) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);

interface Shown {
  id: string;
  kind: string;
  status: string;
  start: string;
  end: string;
}

/** What web/timeline/main.ts exposes on window for these tests. */
interface TimelineHooks {
  timeline: { shown(): Shown[]; firstDrawnMs: number | null; span: { start: number; end: number } | null; timeline: { getWindow(): { start: Date; end: Date } } };
}

const day = 86_400_000;
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const shownWindow = (page: Page) =>
  page.evaluate(() => {
    const { start, end } = (globalThis as unknown as TimelineHooks).timeline.timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  });

const talks = 'meeting:truss-lavrov-moscow-talks';
const shown = (page: Page) => page.evaluate(() => (globalThis as unknown as TimelineHooks).timeline.shown());
const shownIds = async (page: Page) => (await shown(page)).map((item) => item.id).sort();

interface Bar {
  period: string;
  sum: number;
  cooperation: number;
  conflict: number;
  neutral: number;
}

/** The balance chart as drawn: each bar's period (or `start unknown`), Goldstein sum and counts. */
function bars(page: Page): Promise<Bar[]> {
  return page.locator('#balance-chart rect.bar').evaluateAll((rects) =>
    rects.map((rect) => {
      const number = (name: string) => Number(rect.getAttribute(`data-${name}`));
      return { period: rect.getAttribute('data-period') ?? '', sum: number('sum'), cooperation: number('cooperation'), conflict: number('conflict'), neutral: number('neutral') };
    }),
  );
}

/** A totals line's numbers, from its data attributes. */
const totals = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => Object.fromEntries(Object.entries((element as unknown as { dataset: Record<string, string> }).dataset).map(([name, value]) => [name, name === 'statuses' ? value : Number(value)])));

const statuses = ['OCCURRED', 'PLANNED', 'ANNOUNCED_UNCONFIRMED', 'PROPOSED', 'HYPOTHETICAL', 'ALLEGED', 'DENIED'];
const tenths = (value: number) => Math.round(value * 10) / 10;

type Row = { id: string; title?: string; text?: string; time: { start: string | null; end: string | null }; cameo: { goldstein: number } | null; coding?: { goldstein: number } | null };
const rowFields = 'id time { start end } cameo { goldstein }';

/** Every happening between the UK and Russia, of every status, and the server's summary of them. */
async function ukRussia() {
  const { relations } = await gqlData<{
    relations: { meetings: Row[]; events: Row[]; claims: Row[]; summary: { total: number; coded: number; goldsteinSum: number; cooperation: number; conflict: number; neutral: number } };
  }>(
    `query ($status: [Status!]) { relations(a: "country:gbr", b: "country:rus", status: $status) {
        meetings { ${rowFields} title } events { ${rowFields} title coding { goldstein } } claims { ${rowFields} text }
        summary { total coded goldsteinSum cooperation conflict neutral } } }`,
    { status: statuses },
  );
  const rows = [...relations.meetings, ...relations.events, ...relations.claims];
  return { rows, summary: relations.summary };
}

/** The balance the API's rows make: each coded one in the period its start lies in, those with no known start in one bar apart. */
function expectedBars(rows: Row[], length: number): Bar[] {
  const byPeriod = new Map<string, Bar>();
  for (const row of rows) {
    const value = row.coding?.goldstein ?? row.cameo?.goldstein;
    if (value === undefined) continue;
    const period = row.time.start ? row.time.start.slice(0, length) : 'start unknown';
    const bar = byPeriod.get(period) ?? { period, sum: 0, cooperation: 0, conflict: 0, neutral: 0 };
    bar.sum = tenths(bar.sum + value);
    bar[value > 0 ? 'cooperation' : value < 0 ? 'conflict' : 'neutral'] += 1;
    byPeriod.set(period, bar);
  }
  return [...byPeriod.values()].sort((x, y) => (x.period === 'start unknown' ? 1 : y.period === 'start unknown' ? -1 : x.period.localeCompare(y.period)));
}

const filter = (page: Page, value: string) => page.locator(`label[data-filter="${value}"] input`);

describe.skipIf(!chromiumAvailable)('the timeline at /timeline/ (headless Chromium, no internet)', () => {
  let browser: Browser;
  const timings: Record<string, number | null> = {};

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    if (Object.keys(timings).length) writeTimings('timeline', timings);
    await browser?.close();
  });

  for (const offline of offlineModes) {
    it(`shows Liz Truss's Moscow talks on their day with their status and evidence, with outside hosts ${offline}`, async () => {
      const { page, requested, close } = await openOffline(browser, offline);
      try {
        await page.goto(`${inject('baseUrl')}/timeline/?actor=person:liz-truss`);
        await expectReady(page);
        timings[offline] = await page.evaluate(() => (globalThis as unknown as TimelineHooks).timeline.firstDrawnMs);
        await page.screenshot({ path: artefact(`timeline-${offline}.png`) });

        expect(await page.locator('#heading').textContent()).toBe('Everything involving Liz Truss');
        const items = await shown(page);
        // A day is drawn as its whole day, a week as its whole week (the range ends the day after).
        expect(items.find((item) => item.id === talks)).toEqual({
          id: talks,
          kind: 'MEETING',
          status: 'OCCURRED',
          start: '2022-02-10T00:00:00.000Z',
          end: '2022-02-11T00:00:00.000Z',
        });
        expect(items.find((item) => item.id === 'meeting:truss-kyiv-visit')).toEqual({
          id: 'meeting:truss-kyiv-visit',
          kind: 'MEETING',
          status: 'PLANNED',
          start: '2022-01-31T00:00:00.000Z',
          end: '2022-02-07T00:00:00.000Z',
        });
        const bar = page.locator('.vis-item', { hasText: 'Truss–Lavrov talks in Moscow' });
        expect(await bar.getAttribute('class')).toMatch(/\bstatus-OCCURRED\b.*\bprecision-DAY\b/);
        expect(await page.locator('.vis-item', { hasText: 'Truss’s visit to Kyiv' }).getAttribute('class')).toMatch(/\bstatus-PLANNED\b.*\bprecision-WEEK\b/);

        await bar.click();
        await page.locator('#details h2', { hasText: 'Truss–Lavrov talks in Moscow' }).waitFor({ timeout: 10_000 });
        expect(await page.locator('#details .kind .status-badge').textContent()).toBe('occurred');
        expect(await page.locator('#details .time').textContent()).toBe('2022-02-10, to the day “Thursday 10 February 2022”');
        // The quotes are shown under each source's account (test/browser/accounts.test.ts), grouped by source.
        await page.locator('#details[data-accounts="shown"]').waitFor({ timeout: 20_000 });
        const byText = (quotes: { exact: string; source: string }[]) => [...quotes].sort((a, b) => a.source.localeCompare(b.source) || a.exact.localeCompare(b.exact));
        expect(byText(await quotesShown(page, '#details'))).toEqual(byText(await apiQuotes(talks)));
        expect(await quotesShown(page, '#details')).toContainEqual({ exact: 'Truss and Lavrov hold talks in Moscow', source: 'Readout: Truss and Lavrov hold talks in Moscow' });
        await page.screenshot({ path: artefact(`timeline-talks-${offline}.png`) });

        expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
        expect(requested.some((url) => url.endsWith('/graphql'))).toBe(true);
      } finally {
        await close();
      }
    }, 60_000);
  }

  it('marks an interval with an open bound, and its filters by kind and status change what is drawn and the balance', async () => {
    const { page, requested, close } = await openOffline(browser, 'blocked');
    try {
      await page.goto(`${inject('baseUrl')}/timeline/?actor=person:liz-truss`);
      await expectReady(page);
      const { timeline } = await gqlData<{ timeline: { nodes: { id: string; status: string; time: { start: string | null; end: string | null } }[] } }>(
        '{ timeline(actor: "person:liz-truss", first: 100) { nodes { ... on Meeting { id status time { start end } } ... on Event { id status time { start end } } ... on Claim { id status time { start end } } } } }',
      );
      const openEnded = timeline.nodes.find((node) => Boolean(node.time.start) !== Boolean(node.time.end));
      expect(openEnded).toBeDefined();
      const openClass = openEnded!.time.start ? 'open-end' : 'open-start';
      expect(await page.locator(`.vis-item.${openClass}`).count()).toBeGreaterThan(0);
      const dated = timeline.nodes.filter((node) => node.time.start || node.time.end).map((node) => node.id).sort();
      expect(await shownIds(page)).toEqual(dated);

      const allBars = await bars(page);
      await filter(page, 'MEETING').uncheck();
      expect((await shown(page)).some((item) => item.kind === 'MEETING')).toBe(false);
      expect(await page.locator('.vis-item', { hasText: 'Truss–Lavrov talks in Moscow' }).count()).toBe(0);
      await filter(page, 'OCCURRED').uncheck();
      const left = await shown(page);
      expect(left.map((item) => item.id).sort()).toEqual(
        timeline.nodes.filter((node) => (node.time.start || node.time.end) && node.status !== 'OCCURRED' && !node.id.startsWith('meeting:')).map((node) => node.id).sort(),
      );
      expect(await bars(page)).not.toEqual(allBars);
      await page.screenshot({ path: artefact('timeline-filtered.png') });

      await filter(page, 'MEETING').check();
      await filter(page, 'OCCURRED').check();
      expect(await shownIds(page)).toEqual(dated);
      expect(await bars(page)).toEqual(allBars);
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it('shows everything between the UK and Russia from ?a=GB&b=RU, with the balance per month and per year', async () => {
    const { page, requested, close } = await openOffline(browser, 'hanging');
    try {
      await page.goto(`${inject('baseUrl')}/timeline/?a=GB&b=RU`);
      await expectReady(page);
      expect(await page.locator('#heading').textContent()).toBe('United Kingdom and Russia');
      expect(await shownIds(page)).toContain(talks);

      const { rows } = await ukRussia();
      expect(await bars(page)).toEqual(expectedBars(rows, 7));
      await page.selectOption('#period', 'year');
      expect(await bars(page)).toEqual(expectedBars(rows, 4));
      await page.screenshot({ path: artefact('timeline-gb-ru.png'), fullPage: true });
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it('draws the UK–Russia timeline asked for by name: the poisoning in March 2018, the span of its items, counts that agree, and 2022 apart', async () => {
    const { page, requested, close } = await openOffline(browser, 'blocked');
    try {
      await page.goto(`${inject('baseUrl')}/timeline/`);
      await expectReady(page);
      await page.fill('#side-a', 'United Kingdom');
      await page.fill('#side-b', 'Russia');
      await page.click('#pair-form button[type="submit"]');
      await page.waitForURL((url) => url.searchParams.get('b') === 'Russia');
      await expectReady(page);
      expect(await page.locator('#heading').textContent()).toBe('United Kingdom and Russia');
      await page.locator('#balance-chart .server-summary').waitFor({ timeout: 30_000 });
      // The workbench guide's picture of the page (docs/workbench.md), redrawn on request only:
      // a test run leaves the checkout as it found it.
      if (process.env['DOCS_SCREENSHOTS']) await page.screenshot({ path: path.join(projectRoot, 'docs', 'screenshots', 'timeline.png'), fullPage: true });

      const { rows, summary } = await ukRussia();
      const poisoning = rows.find((row) => row.id === 'event:double-agent-poisoning')!;
      expect(poisoning.time).toEqual({ start: '2018-03-04', end: '2018-03-04' });
      expect((await shown(page)).find((item) => item.id === poisoning.id)).toMatchObject({ start: '2018-03-04T00:00:00.000Z', end: '2018-03-05T00:00:00.000Z' });

      // The page opens on its items: from a margin before the first known day to a margin after the last.
      const known = rows.flatMap((row) => [row.time.start, row.time.end].filter((date): date is string => date !== null)).map(utcDay);
      const [first, last] = [Math.min(...known), Math.max(...known) + day];
      expect(first).toBe(utcDay('2017-12-01'));
      const margin = (last - first) / 10;
      const opened = await shownWindow(page);
      expect(opened.start).toBeLessThanOrEqual(first);
      expect(opened.start).toBeGreaterThanOrEqual(first - margin);
      expect(opened.end).toBeGreaterThanOrEqual(last);
      expect(opened.end).toBeLessThanOrEqual(last + margin);

      // The poisoning's bar, read against the axis: a sixth of the way from 2018's tick to 2019's (4 March), not at 2019's end.
      const tick = async (year: string) => (await page.locator('.vis-time-axis .vis-text.vis-minor', { hasText: new RegExp(`^${year}$`) }).first().boundingBox())!.x;
      const [x2018, x2019] = [await tick('2018'), await tick('2019')];
      const bar = (await page.locator(`.vis-item[data-id="${poisoning.id}"]`).boundingBox())!;
      const along = (bar.x - x2018) / (x2019 - x2018);
      expect(along).toBeGreaterThan((utcDay('2018-03-04') - utcDay('2018-01-01')) / (365 * day) - 0.03);
      expect(along).toBeLessThan((utcDay('2018-03-05') - utcDay('2018-01-01')) / (365 * day) + 0.03);

      // Every count shown is the bars' and the API's.
      const drawn = await bars(page);
      expect(drawn).toEqual(expectedBars(rows, 7));
      const add = (key: 'cooperation' | 'conflict' | 'neutral') => drawn.reduce((sum, item) => sum + item[key], 0);
      const fromBars = { coded: add('cooperation') + add('conflict') + add('neutral'), sum: tenths(drawn.reduce((sum, item) => sum + item.sum, 0)), cooperation: add('cooperation'), conflict: add('conflict'), neutral: add('neutral') };
      expect(await totals(page, '#balance-chart .drawn-totals')).toEqual({ shown: rows.length, ...fromBars });
      expect(await totals(page, '#balance-chart .server-summary')).toEqual({
        statuses: statuses.join(' '),
        total: summary.total,
        coded: summary.coded,
        sum: summary.goldsteinSum,
        cooperation: summary.cooperation,
        conflict: summary.conflict,
        neutral: summary.neutral,
      });
      expect({ total: summary.total, coded: summary.coded, sum: summary.goldsteinSum, cooperation: summary.cooperation, conflict: summary.conflict, neutral: summary.neutral }).toEqual({
        total: rows.length,
        ...fromBars,
      });
      expect(await page.locator('#balance-chart .disagrees').count()).toBe(0);
      // The vertical axis is to scale: the bars' lengths are proportional to their sums.
      const lengths = await page.locator('#balance-chart rect.bar').evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('height'))));
      const ratios = drawn.map((item, index) => (item.sum === 0 ? null : lengths[index]! / Math.abs(item.sum))).filter((ratio): ratio is number => ratio !== null);
      for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0]!, 6);
      // Filtered to what occurred, the server is asked again and still agrees with the bars.
      for (const status of statuses.slice(1)) await filter(page, status).uncheck();
      await page.locator('#balance-chart .server-summary[data-statuses="OCCURRED"]').waitFor({ timeout: 30_000 });
      const occurredBars = await bars(page);
      const occurred = await totals(page, '#balance-chart .server-summary');
      expect(occurred['cooperation']).toBe(occurredBars.reduce((sum, item) => sum + item.cooperation, 0));
      expect(occurred['conflict']).toBe(occurredBars.reduce((sum, item) => sum + item.conflict, 0));
      expect(occurred['sum']).toBe(tenths(occurredBars.reduce((sum, item) => sum + item.sum, 0)));
      expect(await page.locator('#balance-chart .disagrees').count()).toBe(0);
      for (const status of statuses.slice(1)) await filter(page, status).check();

      // The whole span crushes January–February 2022 into a few pixels; its cluster's button spreads it out.
      const of2022 = rows.filter((row) => row.time.start?.startsWith('2022')).sort((x, y) => x.time.start!.localeCompare(y.time.start!));
      const [earliest, latest] = [of2022[0]!, of2022.at(-1)!];
      const days = (utcDay(latest.time.start!) - utcDay(earliest.time.start!)) / day;
      expect(days).toBeGreaterThanOrEqual(14);
      const leftOf = async (id: string) => (await page.locator(`.vis-item[data-id="${id}"]`).boundingBox())!.x;
      await page.click('#fit');
      await expect.poll(async () => (await leftOf(latest.id)) - (await leftOf(earliest.id))).toBeLessThan(days * 2);
      await page.click('#clusters button.cluster[data-start^="2022"]');
      const zoomed = await shownWindow(page);
      expect(zoomed.start).toBeLessThanOrEqual(utcDay(earliest.time.start!));
      expect(zoomed.end).toBeGreaterThanOrEqual(Math.max(...of2022.map((row) => utcDay(row.time.end ?? row.time.start!) + day)));
      const width = (await page.locator('.vis-panel.vis-center').boundingBox())!.width;
      expect(width / ((zoomed.end - zoomed.start) / day)).toBeGreaterThan(15);
      await expect.poll(async () => (await leftOf(latest.id)) - (await leftOf(earliest.id))).toBeGreaterThan(days * 15);
      await page.screenshot({ path: artefact('timeline-2022.png'), fullPage: true });

      // The overview strip frames the days the axis shows; a click on the poisoning's mark takes the axis there, zoom kept.
      const framed = () => page.locator('.overview-window').evaluate((rect) => ({ start: Date.parse(rect.getAttribute('data-start')!), end: Date.parse(rect.getAttribute('data-end')!) }));
      expect(await framed()).toEqual(zoomed);
      const mark = (await page.locator(`.overview-strip .mark[data-id="${poisoning.id}"]`).boundingBox())!;
      await page.mouse.click(mark.x + mark.width / 2, mark.y + mark.height / 2);
      const moved = await shownWindow(page);
      expect(moved.end - moved.start).toBeCloseTo(zoomed.end - zoomed.start, -3);
      expect(moved.start).toBeLessThan(utcDay('2018-03-04'));
      expect(moved.end).toBeGreaterThan(utcDay('2018-03-05'));
      expect(await framed()).toEqual(moved);

      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
