/**
 * Imported GDELT events on the analyst pages, in headless Chromium with no internet: the real
 * GDELT update (../shared/data) is imported with `npm run import` into a Neo4j of this file's
 * own, served by an API server of its own, and the timeline between the United States and China
 * and the explorer around one of its events show that event's CAMEO label, the Goldstein value of
 * the file, a link to the article the file names (SOURCEURL, read here from the file itself) and
 * GDELT's attribution, which its terms ask for wherever its facts are served.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { askApi, startApiServer, type ApiServer } from '../support/apiServer.js';
import { chromiumAvailable, chromiumPath, launchChromium } from '../support/chromium.js';
import { artefact, openOffline, settledState, staysOnMachine, type OfflinePage } from '../support/offlinePage.js';
import { runImport, startScratchNeo4j, type ScratchNeo4j } from '../support/scratchNeo4j.js';

if (!chromiumAvailable && process.env['CI']) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);

const gdeltFile = path.resolve(projectRoot, '../shared/data/gdelt/20191024143000.export.CSV');
const gdeltCredit = 'Event data: The GDELT Project';
const pair = { a: 'country:usa', b: 'country:chn' };

/** The GDELT 2.0 Events columns this test reads (0-based). */
const column = { id: 0, goldstein: 30, sourceUrl: 60 } as const;

interface PairEvent {
  id: string;
  title: string;
  cameo: { label: string } | null;
  coding: { dataset: string; datasetId: string } | null;
}

/** The event the pages are checked on, with what the file says of it. */
interface Expected {
  id: string;
  title: string;
  label: string;
  goldstein: string;
  url: string;
}

let db: ScratchNeo4j;
let api: ApiServer;
let browser: Browser;
let expected: Expected;

const graphql = <Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> => askApi<Data>(api, query, variables);

/**
 * A GDELT event between the two whose title no other event of the pair shares (so the page's bar
 * for it is found by its words), with its Goldstein value and article as the file's row gives them.
 */
async function pickEvent(): Promise<Expected> {
  const answer = await graphql<{ relations: { events: PairEvent[] } | null }>(
    'query ($a: ID!, $b: ID!) { relations(a: $a, b: $b) { events { id title cameo { label } coding { dataset datasetId } } } }',
    pair,
  );
  const events = answer.relations?.events ?? [];
  const rows = new Map(
    readFileSync(gdeltFile, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.length > 0)
      .map((line) => line.split('\t'))
      .map((fields) => [fields[column.id]!, fields] as const),
  );
  const unique = events.filter((event) => events.filter((other) => other.title === event.title).length === 1);
  for (const event of unique) {
    const row = event.coding?.dataset === 'GDELT' ? rows.get(event.coding.datasetId) : undefined;
    const url = row?.[column.sourceUrl];
    if (!row || !url || !event.cameo) continue;
    return { id: event.id, title: event.title, label: event.cameo.label, goldstein: String(Number(row[column.goldstein])), url };
  }
  throw new Error(`no GDELT event between ${pair.a} and ${pair.b} with a title of its own: ${JSON.stringify(events.map((event) => event.title))}`);
}

async function expectReady(page: Page): Promise<void> {
  const state = await settledState(page);
  expect({ state, status: await page.locator('#status').textContent() }).toMatchObject({ state: 'ready' });
}

/** The imported event's coding, report link and credit, as a panel (`scope`) shows them. */
async function expectCoded(page: Page, scope: string): Promise<void> {
  const coded = page.locator(`${scope} .coded`);
  await coded.waitFor({ timeout: 10_000 });
  const coding = (await coded.locator('.coding').textContent()) ?? '';
  expect(coding).toContain(expected.label);
  expect(coding).toContain(`Goldstein ${expected.goldstein} (file`);
  const link = coded.locator('a.report-link');
  expect(await link.count()).toBe(1);
  expect(await link.getAttribute('href')).toBe(expected.url);
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(await coded.locator('.attribution').textContent()).toContain(gdeltCredit);
  // The page-wide credits line, for everything the answer drew.
  expect(await page.locator('#attribution').isVisible()).toBe(true);
  expect(await page.locator('#attribution').textContent()).toContain(gdeltCredit);
}

/** Opens the timeline between the pair and the chosen event's details. */
async function openTimelineEvent(opened: OfflinePage): Promise<void> {
  const { page } = opened;
  await page.goto(`${api.baseUrl}/timeline/?a=${pair.a}&b=${pair.b}`);
  await expectReady(page);
  await page.locator('.vis-item', { hasText: expected.title }).click();
  await page.locator('#details h2', { hasText: expected.title }).waitFor({ timeout: 10_000 });
}

describe.skipIf(!chromiumAvailable)('imported GDELT events on the analyst pages (headless Chromium, no internet)', () => {
  beforeAll(async () => {
    // The pages are served from dist/web; this builds them only when web/ changed since the last build.
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'buildWeb.mjs')], { stdio: 'inherit' });
    db = await startScratchNeo4j();
    const imported = await runImport(db, ['gdelt', gdeltFile]);
    expect(imported.stderr).not.toMatch('row skipped');
    expect(imported.code).toBe(0);
    api = await startApiServer({}, db.driver);
    expected = await pickEvent();
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.stop();
  });

  it("shows the event on the pair's timeline with its label, the file's Goldstein value, its article and GDELT's credit", async () => {
    const opened = await openOffline(browser, 'blocked');
    try {
      await openTimelineEvent(opened);
      await opened.page.screenshot({ path: artefact('imported-timeline.png') });
      await expectCoded(opened.page, '#details');
      // No quote is expected of an imported event, so none is said to be missing.
      expect(await opened.page.locator('#details').textContent()).not.toContain('No quote.');
      expect(opened.requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('shows the same in the explorer around the event', async () => {
    const opened = await openOffline(browser, 'blocked');
    try {
      await opened.page.goto(`${api.baseUrl}/explorer/?actor=${expected.id}`);
      await expectReady(opened.page);
      await opened.page.locator('#facts h2', { hasText: expected.title }).waitFor({ timeout: 10_000 });
      await opened.page.screenshot({ path: artefact('imported-explorer.png') });
      await expectCoded(opened.page, '#facts');
      expect(opened.requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('shows an address that is not a web address as text, never as a link', async () => {
    const opened = await openOffline(browser, 'blocked');
    const hostile = 'javascript:alert(document.domain)';
    try {
      // The server answers the file's address; this stands in for a file whose SOURCEURL is not one.
      await opened.page.route('**/graphql', async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { data?: { relations?: { events: { id: string; reportedBy: { url: string | null } | null }[] } | null } };
        for (const event of body.data?.relations?.events ?? []) if (event.id === expected.id && event.reportedBy) event.reportedBy.url = hostile;
        await route.fulfill({ response, json: body });
      });
      await openTimelineEvent(opened);
      const coded = opened.page.locator('#details .coded');
      await coded.waitFor({ timeout: 10_000 });
      expect(await coded.locator('a').count()).toBe(0);
      expect(await coded.locator('.report-url').textContent()).toBe(hostile);
    } finally {
      await opened.close();
    }
  });
});
