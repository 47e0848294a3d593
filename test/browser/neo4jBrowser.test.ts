import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/chromium.js';
import { readRows } from '../support/neo4j.js';

const embedded = !process.env['NEO4J_URI'];

/** Opens /browser, recording every request the page makes, and waits until it is connected. */
async function openBrowser(browser: Browser): Promise<{ page: Page; requested: URL[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requested: URL[] = [];
  page.on('request', (request) => requested.push(new URL(request.url())));
  page.on('websocket', (socket) => requested.push(new URL(socket.url())));
  await page.goto(`${inject('baseUrl')}/browser`, { waitUntil: 'load' });
  await page.getByText('Connected to Neo4j').first().waitFor({ timeout: 30_000 });
  return { page, requested };
}

async function runCypher(page: Page, cypher: string): Promise<void> {
  const editor = page.locator('#monaco-main-editor, [data-testid="activeEditor"]').first();
  await editor.click();
  await page.keyboard.type(cypher);
  await page.keyboard.press('Enter');
}

const nodeCount = async () => (await readRows<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]!.n;

describe.skipIf(!chromiumAvailable || !embedded)('Neo4j Browser at /browser (headless Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens connected to the graph through the API port and runs an analyst Cypher query', async () => {
    const { page } = await openBrowser(browser);
    try {
      expect(new URL(page.url()).searchParams.get('connectURL')).toBe(`bolt://${new URL(inject('baseUrl')).host}`);
      // The readout reports the talks held (the current view); the article's account stays on its SUPPORTED_BY.
      await runCypher(
        page,
        "MATCH (m:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})-[a:SUPPORTED_BY]->(:Source {id: 'src:article'}) RETURN m.status AS current, a.status AS announced",
      );
      await page.getByText('ANNOUNCED_UNCONFIRMED').first().waitFor({ timeout: 20_000 });
      await page.getByText('OCCURRED').first().waitFor({ timeout: 20_000 });
    } finally {
      await page.close();
    }
  }, 90_000);

  it('cannot change the graph: CREATE and DETACH DELETE are refused, and nothing changes', async () => {
    const before = await nodeCount();
    const { page } = await openBrowser(browser);
    try {
      await runCypher(page, "CREATE (:Junk {id: 'junk:from-browser'}) RETURN 1 AS created");
      await page.getByText('Writing in read access mode not allowed').first().waitFor({ timeout: 20_000 });
      await runCypher(page, "MATCH (n {id: 'meeting:truss-lavrov-moscow-talks'}) DETACH DELETE n");
      await page.getByText('Writing in read access mode not allowed').nth(1).waitFor({ timeout: 20_000 });
    } finally {
      await page.close();
    }
    expect(await nodeCount()).toBe(before);
    expect(await readRows("MATCH (n {id: 'junk:from-browser'}) RETURN n")).toEqual([]);
    expect(await readRows("MATCH (m:Meeting {id: 'meeting:truss-lavrov-moscow-talks'}) RETURN m.id AS id")).toEqual([
      { id: 'meeting:truss-lavrov-moscow-talks' },
    ]);
  }, 90_000);

  it("lists this project's queries, with their parameters, as favorites instead of Neo4j's samples", async () => {
    const { page } = await openBrowser(browser);
    try {
      // The drawer remembers whether it was open; open it if it is not.
      if (!(await page.getByText('Local scripts').first().isVisible())) await page.locator('[data-testid="navigationFavorites"]').click();
      const folder = page.getByText('Diplomatic graph: example operations').first();
      await folder.waitFor({ timeout: 20_000 });
      await folder.click();
      await page.getByText(/operation: TrussMeetings \(operations\/TrussMeetings.graphql\)/).first().waitFor({ timeout: 20_000 });
      for (const sample of ['Basic Queries', 'Example Graphs', 'Data Profiling', 'Common Procedures']) {
        expect(await page.getByText(sample, { exact: true }).first().isVisible(), sample).toBe(false);
      }
    } finally {
      await page.close();
    }
  }, 90_000);

  it('requests nothing from any host but the server it was opened from', async () => {
    const { page, requested } = await openBrowser(browser);
    try {
      await runCypher(page, "MATCH (c:Country {iso3: 'RUS'}) RETURN c.name AS name");
      await page.getByText('Russia').first().waitFor({ timeout: 20_000 });
      // Give deferred loaders (fonts, analytics, feedback widgets) time to try.
      await page.waitForTimeout(3000);
    } finally {
      await page.close();
    }
    const own = new URL(inject('baseUrl')).host;
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => url.host !== own && url.protocol !== 'data:' && url.protocol !== 'blob:').map(String)).toEqual([]);
  }, 90_000);
});
