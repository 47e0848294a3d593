/**
 * The reader at /reader/: a source's text with every quote highlighted, reached from the
 * explorer's "Show in source", and, on a server without the texts, each quote with the words
 * stored around it. Headless Chromium with outside hosts refused; expectations from the API and
 * the texts themselves.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.js';
import { startApiServer, type ApiServer } from '../support/apiServer.js';
import { chromiumAvailable, chromiumPath, launchChromium } from '../support/chromium.js';
import { gqlData } from '../support/graphql.js';
import { artefact, openOffline, settledState, staysOnMachine } from '../support/offlinePage.js';

if (!chromiumAvailable && process.env['CI']) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);

const readoutId = 'src:moscow-talks-readout';
const readoutTitle = 'Readout: Truss and Lavrov hold talks in Moscow';
const meetingQuote = 'Truss and Lavrov hold talks in Moscow';

interface ApiQuote {
  node: { id: string; exact: string; prefix: string | null; suffix: string | null; start: number; end: number };
  supports: { kind: string }[];
}

async function readoutQuotes(): Promise<ApiQuote[]> {
  const data = await gqlData<{ source: { quotes: { totalCount: number; edges: ApiQuote[] } } }>(
    `query ($id: ID!) { source(id: $id) { quotes(first: 100) { totalCount edges { node { id exact prefix suffix start end } supports { kind } } } } }`,
    { id: readoutId },
  );
  expect(data.source.quotes.totalCount).toBe(data.source.quotes.edges.length);
  return data.source.quotes.edges;
}

/** Zooms the explorer onto a node and clicks it (as test/browser/explorer.test.ts does). */
async function clickNode(page: Page, id: string, heading: string): Promise<void> {
  const at = await page.evaluate(async (nodeId) => {
    const cy = (globalThis as unknown as { explorer: { cy: ExplorerCy } }).explorer.cy;
    const node = cy.getElementById(nodeId);
    cy.zoom({ level: 2.5, position: node.position() });
    cy.center(node);
    const frame = (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame;
    await new Promise<void>((resolve) => frame(() => frame(resolve)));
    const rendered = node.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + rendered.x, y: box.top + rendered.y };
  }, id);
  await page.mouse.click(at.x, at.y);
  await page.locator('#facts h2', { hasText: heading }).waitFor({ timeout: 10_000 });
}

interface ExplorerCy {
  getElementById(id: string): { position(): { x: number; y: number }; renderedPosition(): { x: number; y: number } };
  zoom(options: { level: number; position: { x: number; y: number } }): void;
  center(element: unknown): void;
  container(): { getBoundingClientRect(): { left: number; top: number } };
}

describe.skipIf(!chromiumAvailable)('the reader at /reader/ (headless Chromium, no internet)', () => {
  let browser: Browser;
  let textless: ApiServer;
  let emptyTexts: string;

  beforeAll(async () => {
    browser = await launchChromium();
    emptyTexts = mkdtempSync(path.join(tmpdir(), 'no-texts-'));
    textless = await startApiServer({ SOURCE_TEXTS_DIR: emptyTexts });
  });

  afterAll(async () => {
    await textless?.close();
    if (emptyTexts) rmSync(emptyTexts, { recursive: true, force: true });
    await browser?.close();
  });

  it('opens from "Show in source" in the explorer on the readout’s text, the quote highlighted and in view, every other quote too', async () => {
    const quotes = await readoutQuotes();
    const text = readFileSync(path.join(loadConfig(process.env).sourceTextsDir, 'moscow-talks-readout.txt'), 'utf8');
    const wanted = quotes.find((quote) => quote.node.exact === meetingQuote)!;
    expect(wanted, 'the readout quotes its headline').toBeDefined();
    const { page, requested, close } = await openOffline(browser, 'blocked');
    try {
      await page.goto(`${inject('baseUrl')}/explorer/?actor=person:liz-truss`);
      // The explorer's first answer may wait for a busy shared server's warm-up: allow it a minute.
      await page.locator('body[data-state="ready"], body[data-state="error"]').waitFor({ timeout: 60_000 });
      expect(await page.locator('body').getAttribute('data-state')).toBe('ready');
      await clickNode(page, 'meeting:truss-lavrov-moscow-talks', 'Truss–Lavrov talks in Moscow');
      // The panel redraws its quotes under each source's account once those arrive: the link is
      // taken from the readout's account, not from the first drawing it replaces.
      await page.locator('#facts[data-accounts="shown"]').waitFor({ timeout: 30_000 });
      const figure = page.locator(`#facts .account[data-source="${readoutId}"] figure.evidence`, { has: page.locator('.quote-exact', { hasText: meetingQuote }) }).first();
      const link = figure.locator('a.show-in-source');
      expect(await link.textContent()).toBe('Show in source');
      await link.click();
      await page.waitForURL(/\/reader\//);
      expect(await settledState(page)).toBe('ready');
      const url = new URL(page.url());
      expect(url.searchParams.get('source')).toBe(readoutId);
      expect(url.searchParams.get('quote')).toBe(wanted.node.id);

      expect(await page.locator('#source-title').textContent()).toBe(readoutTitle);
      const details = await page.locator('#source-details').textContent();
      expect(details).toContain('Diplomatic graph project');
      expect(details).toContain('2022-02-11');
      expect(await page.locator('#text').textContent()).toBe(text);

      // The chosen quote: its words, marked, coloured by the meeting it supports, and in view.
      const chosen = page.locator('#text [data-evidence].chosen');
      expect((await chosen.allTextContents()).join('')).toBe(text.slice(wanted.node.start, wanted.node.end));
      expect(await chosen.first().getAttribute('data-kind')).toBe(wanted.supports[0]!.kind);
      expect(wanted.supports[0]!.kind).toBe('MEETING');
      const box = await chosen.first().boundingBox();
      const viewport = page.viewportSize()!;
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      expect(await page.locator('#chosen .quote-exact').textContent()).toBe(meetingQuote);

      // Every quote of the source is highlighted somewhere, each run with its words at its offsets.
      const covered = await page.locator('#text .hl').evaluateAll((spans) => [...new Set(spans.flatMap((span) => (span.getAttribute('data-covers') ?? '').split(' ')))].sort());
      expect(covered).toEqual(quotes.map((quote) => quote.node.id).sort());
      const kinds = new Set(quotes.map((quote) => quote.supports[0]!.kind));
      expect(kinds.size).toBeGreaterThan(3);
      expect((await page.locator('#legend li').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))).sort()).toEqual([...kinds].sort());

      await page.screenshot({ path: artefact('reader.png') });
      if (process.env['UPDATE_SCREENSHOTS']) await page.screenshot({ path: path.join(projectRoot, 'docs', 'screenshots', 'reader.png') });

      // Another quote, by its position, is chosen from the address as well.
      const other = quotes.find((quote) => quote.supports[0]!.kind === 'CLAIM')!;
      await page.goto(`${inject('baseUrl')}/reader/?source=${encodeURIComponent(readoutId)}&quote=${other.node.start}-${other.node.end}`);
      expect(await settledState(page)).toBe('ready');
      expect((await page.locator('#text [data-evidence].chosen').allTextContents()).join('')).toBe(other.node.exact);

      expect(requested.filter((address) => !staysOnMachine(address))).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);

  it('says plainly when the server lacks the text, and shows each quote with the words stored around it', async () => {
    const quotes = await readoutQuotes();
    const wanted = quotes.find((quote) => quote.node.exact === meetingQuote)!;
    const { page, requested, close } = await openOffline(browser, 'blocked');
    try {
      await page.goto(`${textless.baseUrl}/reader/?source=${encodeURIComponent(readoutId)}&quote=${encodeURIComponent(wanted.node.id)}`);
      expect(await settledState(page)).toBe('ready');
      expect(await page.locator('#source-title').textContent()).toBe(readoutTitle);
      expect(await page.locator('#absent').textContent()).toBe(
        'The text of this source is not on this server (moscow-talks-readout.txt is not in its texts folder), so each quote is shown with the words stored around it.',
      );
      expect(await page.locator('#text').textContent()).toBe('');
      const items = page.locator('#stored-quotes li');
      const expected = quotes.map((quote) => `${quote.node.prefix ? `…${quote.node.prefix}` : ''}${quote.node.exact}${quote.node.suffix ? `${quote.node.suffix}…` : ''}`);
      expect(await items.allTextContents()).toEqual(expected);
      expect(quotes.every((quote) => quote.node.prefix || quote.node.suffix)).toBe(true);
      const chosen = page.locator('#stored-quotes li.chosen');
      expect(await chosen.count()).toBe(1);
      expect(await chosen.getAttribute('data-evidence')).toBe(wanted.node.id);
      expect(await chosen.locator('.quote-context').first().textContent()).toBe(`…${wanted.node.prefix}`);
      expect(requested.filter((address) => !staysOnMachine(address))).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});
