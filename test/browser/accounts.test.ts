/**
 * Each source's account of a fact in the explorer's and the timeline's fact panels
 * (web/common/accounts.ts): the Moscow talks, announced and unconfirmed in the Guardian's article
 * and reported as held in the readout, show both accounts in publication order with the line of
 * what changed, and the badge says whose view it is; a fact with one source shows one account and
 * no change line. The expected texts are written out; the order and statuses are also checked
 * against the API's `history`.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { chromiumAvailable, chromiumPath, launchChromium } from '../support/chromium.js';
import { gqlData } from '../support/graphql.js';
import { expectReady, quotesShown } from '../support/pageQuotes.js';
import { artefact, openOffline, staysOnMachine } from '../support/offlinePage.js';

if (!chromiumAvailable && process.env['CI']) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);

const talks = 'meeting:truss-lavrov-moscow-talks';
const spyNovels = 'claim:russia-says-truss-reads-too-many-spy-novels';
const articleTitle = 'Truss will meet Lavrov in Moscow within next two weeks, says Russia';
const readoutTitle = 'Readout: Truss and Lavrov hold talks in Moscow';

/** What the panel of the Moscow talks says, account by account. */
const talksAccounts = [
  {
    source: 'src:article',
    heading: `${articleTitle} — The Guardian, published 24–30 Jan 2022`,
    status: 'ANNOUNCED_UNCONFIRMED',
    says: 'announced, unconfirmed 2022-01-24 – 2022-02-13, to the week “within next two weeks”',
    participants: 'Taking part: Liz Truss (visitor), Russia (host), Sergei Lavrov (host), United Kingdom (visitor)',
    quotes: ['Truss will meet Lavrov in Moscow', 'travel to Russia', 'counterpart, Sergei Lavrov'].map((exact) => ({ exact, source: articleTitle })),
  },
  {
    source: 'src:moscow-talks-readout',
    heading: `${readoutTitle} — Diplomatic graph project, published 11 Feb 2022`,
    status: 'OCCURRED',
    says: 'occurred 2022-02-10, to the day “Thursday 10 February 2022”',
    participants:
      'Taking part: British delegation (visitor), Liz Truss (visitor), Russia (host), Russian foreign ministry (host), Sergei Lavrov (host), United Kingdom (visitor)',
    quotes: ['Truss and Lavrov hold talks in Moscow', 'held talks with Sergey Lavrov', 'Thursday 10 February 2022'].map((exact) => ({ exact, source: readoutTitle })),
  },
];
const talksChange =
  'announced, unconfirmed between 24 Jan and 13 Feb 2022 (The Guardian, 24–30 Jan 2022) → occurred on 10 Feb 2022 (the readout, 11 Feb 2022)';

type History = { source: { id: string; title: string }; status: string | null }[];

/** The talks' accounts as the API gives them: every source's, oldest publication first, and the meeting's quotes. */
async function apiTalks() {
  const { meeting } = await gqlData<{ meeting: { status: string; history: History; evidence: { exact: string; source: { id: string; title: string } }[] } }>(
    'query ($id: ID!) { meeting(id: $id) { status history { source { id title } status } evidence { exact source { id title } } } }',
    { id: talks },
  );
  return meeting;
}

/** Every account a panel lists, as text. */
async function accountsShown(page: Page, scope: string) {
  const items = page.locator(`${scope} .accounts .account`);
  const shown = [];
  for (let index = 0; index < (await items.count()); index++) {
    const item = items.nth(index);
    const source = (await item.getAttribute('data-source')) ?? '';
    shown.push({
      source,
      heading: await item.locator('.account-source').textContent(),
      status: await item.locator('.account-says .status-badge').getAttribute('data-status'),
      says: await item.locator('.account-says').textContent(),
      participants: await item.locator('.account-participants').textContent(),
      quotes: await quotesShown(page, `${scope} .account[data-source="${source}"]`),
    });
  }
  return shown;
}

/** The panel of the Moscow talks, in the explorer (#facts) or the timeline (#details). */
async function expectTalksPanel(page: Page, scope: string): Promise<void> {
  await page.locator(`${scope}[data-accounts="shown"]`).waitFor({ timeout: 20_000 });
  expect(await page.locator(`${scope} .kind .status-badge`).textContent()).toBe('occurred');
  expect(await page.locator(`${scope} .kind .badge-source`).textContent()).toBe('per the readout, 11 Feb 2022 (the latest source)');
  expect(await page.locator(`${scope} .accounts h3`).textContent()).toBe('Each source’s account (2), oldest first');
  expect(await page.locator(`${scope} .account-change`).textContent()).toBe(talksChange);
  expect(await accountsShown(page, scope)).toEqual(talksAccounts);
  expect(await page.locator(`${scope} .account-mentions`).textContent()).toBe(
    'Also named, without an account of its own, by: Background knowledge from public reporting.',
  );

  // The same order and statuses as the API's history; every quote of the meeting is shown, each under its source.
  const meeting = await apiTalks();
  const stating = meeting.history.filter((account) => account.status !== null);
  expect(talksAccounts.map((account) => [account.source, account.status])).toEqual(stating.map((account) => [account.source.id, account.status]));
  expect(meeting.status).toBe(stating.at(-1)!.status);
  for (const account of talksAccounts) {
    expect(account.quotes).toEqual(
      meeting.evidence.filter((quote) => quote.source.id === account.source).map((quote) => ({ exact: quote.exact, source: quote.source.title })),
    );
  }
  expect(await page.locator(`${scope} .account-rest`).count()).toBe(0);
}

describe.skipIf(!chromiumAvailable)('each source’s account in the fact panels (headless Chromium, no internet)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the explorer lists the Moscow talks’ accounts, the Guardian’s then the readout’s, with what changed and whose view the badge is', async () => {
    const { page, requested, close } = await openOffline(browser, 'blocked');
    try {
      // A panel tall enough for the header and both accounts, for the picture in the docs.
      await page.setViewportSize({ width: 1280, height: 1850 });
      await page.goto(`${inject('baseUrl')}/explorer/?actor=${talks}`);
      await expectReady(page);
      await page.locator('#facts h2', { hasText: 'Truss–Lavrov talks in Moscow' }).waitFor({ timeout: 10_000 });
      await expectTalksPanel(page, '#facts');
      // The quotes are the accounts' now, not listed a second time.
      expect(await page.locator('#facts .own-evidence').count()).toBe(0);

      await page.screenshot({ path: artefact('explorer-accounts-page.png') });
      const picture = artefact('explorer-accounts.png');
      await page.locator('#facts').screenshot({ path: picture });
      if (process.env['DOCS_SCREENSHOTS']) copyFileSync(picture, path.join(projectRoot, 'docs', 'screenshots', 'explorer-accounts.png'));
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it('the explorer shows a fact with one source as one account, without a change line', async () => {
    const { page, requested, close } = await openOffline(browser, 'hanging');
    try {
      await page.goto(`${inject('baseUrl')}/explorer/?actor=${spyNovels}`);
      await expectReady(page);
      await page.locator('#facts[data-accounts="shown"]').waitFor({ timeout: 20_000 });
      expect(await page.locator('#facts .kind .status-badge').textContent()).toBe('occurred');
      expect(await page.locator('#facts .kind .badge-source').textContent()).toBe('per The Guardian, 24–30 Jan 2022 (its only source)');
      expect(await page.locator('#facts .accounts h3').textContent()).toBe('Its source’s account');
      expect(await page.locator('#facts .account-change').count()).toBe(0);
      expect(await page.locator('#facts .account').evaluateAll((items) => items.map((item) => item.getAttribute('data-source')))).toEqual(['src:article']);
      expect(await page.locator('#facts .account-says').textContent()).toBe('occurred until 2022-01-30, start open (inferred from the publication date)');
      expect(await quotesShown(page, '#facts .account')).toEqual([{ exact: 'too many spy novels', source: articleTitle }]);
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it('the timeline’s panel of the Moscow talks lists the same accounts', async () => {
    const { page, requested, close } = await openOffline(browser, 'hanging');
    try {
      await page.goto(`${inject('baseUrl')}/timeline/?actor=person:liz-truss`);
      await expectReady(page);
      await page.locator('.vis-item', { hasText: 'Truss–Lavrov talks in Moscow' }).click();
      await page.locator('#details h2', { hasText: 'Truss–Lavrov talks in Moscow' }).waitFor({ timeout: 10_000 });
      await expectTalksPanel(page, '#details');
      await page.screenshot({ path: artefact('timeline-accounts.png') });
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
