import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/chromium.js';
import { projectRoot } from '../../src/config.js';
import { readRows } from '../support/neo4j.js';

const embedded = !process.env['NEO4J_URI'];
/** Screenshots of what the analyst sees, for reading after a run (not checked in). */
const artefacts = path.join(projectRoot, 'test-artefacts');

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
    mkdirSync(artefacts, { recursive: true });
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

  it('cannot change the graph or read files: CREATE, DETACH DELETE and LOAD CSV are refused, and nothing changes', async () => {
    const before = await nodeCount();
    const { page } = await openBrowser(browser);
    try {
      // Refused by the relay before Neo4j sees it, with the reason on the Browser's frame.
      await runCypher(page, "CREATE (:Junk {id: 'junk:from-browser'}) RETURN 1 AS created");
      await page.getByText('The console is read-only: a statement beginning with "CREATE" is refused').first().waitFor({ timeout: 20_000 });
      // A read that turns into a write is let through to Neo4j, whose read transaction refuses it.
      await runCypher(page, "MATCH (n {id: 'meeting:truss-lavrov-moscow-talks'}) DETACH DELETE n");
      await page.getByText('Writing in read access mode not allowed').first().waitFor({ timeout: 20_000 });
      await runCypher(page, "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row");
      await page.getByText('LOAD CSV is refused').first().waitFor({ timeout: 20_000 });
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

  it("opens on the project's guide, not on Neo4j's samples", async () => {
    const { page } = await openBrowser(browser);
    try {
      await page.getByText('Start with the Moscow talks').first().waitFor({ timeout: 20_000 });
      await page.getByRole('heading', { name: 'The diplomatic graph' }).first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: path.join(artefacts, 'neo4j-browser-guide.png') });
      expect(await page.getByText('Neo4j Browser Guides').first().isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  }, 90_000);

  it("draws the graph with this project's style: a quote's words on its evidence, roles and statuses on the picture", async () => {
    const { page } = await openBrowser(browser);
    try {
      await runCypher(
        page,
        "MATCH (m:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})-[e:EVIDENCED_BY {role: 'TIME'}]->(q:Evidence) " +
          "MATCH (m)<-[p:PARTICIPATED_IN]-(a:Person {id: 'person:liz-truss'}) RETURN m, e, q, p, a",
      );
      const captions = page.locator('svg text');
      await captions.filter({ hasText: 'Thursday' }).first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: path.join(artefacts, 'neo4j-browser-style.png') });
      const texts = await captions.allTextContents();
      // The quote's words, wrapped over the node's lines and cut to fit; the technical Node label and ids are nowhere.
      expect(texts.join(' ')).toMatch(/Thursday\s+10\s+Febr/);
      expect(texts).toEqual(expect.arrayContaining(['TIME', 'VISITOR']));
      expect(texts.join(' ')).toContain('Liz Truss');
      expect(texts.join(' ')).toContain('OCCURRED');
      expect(texts.some((text) => /meeting:|person:|ev:/.test(text))).toBe(false);
    } finally {
      await page.close();
    }
  }, 90_000);

  it.each([
    ['Diplomatic graph: named queries', /named query: countryByCode/, 'MATCH (c:Country) WHERE', 'MATCH (c:Country) WHERE c.iso3 = $code RETURN c.name AS name', 'United Kingdom'],
    ['Diplomatic graph: example operations', /operation: ActorById/, 'UNWIND $ids AS ownerId', 'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.name AS name', 'Sergei Lavrov'],
  ])('runs a favorite of "%s" as it stands: its :param lines, then its statement', async (folderName, favorite, statement, check, answer) => {
    // Each step waits on the shared Neo4j, which a busy run (the fault tests' memory bomb beside
    // it) slowed past 20 s once: the bounds are for a step that never comes, not a speed.
    const { page } = await openBrowser(browser);
    try {
      if (!(await page.getByText('Local scripts').first().isVisible())) await page.locator('[data-testid="navigationFavorites"]').click();
      const folder = page.getByText(folderName).first();
      await folder.waitFor({ timeout: 60_000 });
      await folder.click();
      await page.getByText(favorite).first().click();
      const editor = page.locator('#monaco-main-editor, [data-testid="activeEditor"]').first();
      await editor.click();
      await page.keyboard.press('Control+Enter');
      // The Browser runs the favorite as a script, one statement a row, and lists them when done.
      await page.getByText(statement).last().waitFor({ timeout: 60_000 });
      // Its parameters stay set: the same question asked on its own answers with them.
      await editor.click();
      await page.keyboard.type(check);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await page.getByText(answer).first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(artefacts, `neo4j-browser-favorite-${folderName.split(': ')[1]!.replace(/ /g, '-')}.png`) });
      expect(await page.getByText('ERROR', { exact: true }).count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 240_000);

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
