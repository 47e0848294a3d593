import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
  timeline: { shown(): Shown[]; firstDrawnMs: number | null };
}

const talks = 'meeting:truss-lavrov-moscow-talks';
const shown = (page: Page) => page.evaluate(() => (globalThis as unknown as TimelineHooks).timeline.shown());
const shownIds = async (page: Page) => (await shown(page)).map((item) => item.id).sort();

/** The balance chart as drawn: each bar's period and Goldstein sum. */
async function bars(page: Page): Promise<{ period: string; sum: number }[]> {
  const periods = await page.locator('#balance-chart rect.bar').evaluateAll((rects) => rects.map((rect) => rect.getAttribute('data-period') ?? ''));
  const values = await page.locator('#balance-chart text.value').allTextContents();
  return periods.map((period, index) => ({ period, sum: Number(values[index]) }));
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

      type Row = { time: { start: string | null; end: string | null }; cameo: { goldstein: number } | null };
      const { relations } = await gqlData<{ relations: { meetings: Row[]; events: Row[]; claims: Row[] } }>(
        `{ relations(a: "country:gbr", b: "country:rus") {
            meetings { time { start end } cameo { goldstein } } events { time { start end } cameo { goldstein } } claims { time { start end } cameo { goldstein } } } }`,
      );
      const expected = (length: number) => {
        const sums = new Map<string, number>();
        for (const row of [...relations.meetings, ...relations.events, ...relations.claims]) {
          const day = row.time.start ?? row.time.end;
          if (!row.cameo || !day) continue;
          const key = day.slice(0, length);
          sums.set(key, Math.round(((sums.get(key) ?? 0) + row.cameo.goldstein) * 10) / 10);
        }
        return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([period, sum]) => ({ period, sum }));
      };
      expect(await bars(page)).toEqual(expected(7));
      await page.selectOption('#period', 'year');
      expect(await bars(page)).toEqual(expected(4));
      await page.screenshot({ path: artefact('timeline-gb-ru.png'), fullPage: true });
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});
