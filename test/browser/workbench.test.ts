import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { sandboxScript } from '../../src/workbench/graphqlLanding.js';
import { startApiServer, type ApiServer } from '../support/apiServer.js';
import { chromiumAvailable, launchChromium } from '../support/chromium.js';

/** Every example operation in operations/: the IDE and the index offer each one. */
const operationCount = readdirSync(path.join(projectRoot, 'operations')).filter((file) => file.endsWith('.graphql')).length;

const artefacts = path.join(projectRoot, 'test-artefacts');
/** Measured times to the first useful screen, written to test-artefacts/timings.json at the end. */
const timings: Record<string, number> = {};

/** How the machine's network treats a request for another host. */
type Network = 'blocked' | 'hanging';
const networks: readonly Network[] = ['blocked', 'hanging'];

const loopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

interface Visit {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page (and its workers and frames) made, to any host. */
  readonly requested: URL[];
}

/** A fresh browser profile where outside hosts fail at once (blocked) or never answer (hanging). */
async function visit(browser: Browser, network: Network): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requested: URL[] = [];
  context.on('request', (request) => requested.push(new URL(request.url())));
  await context.route('**/*', (route) => {
    if (loopback(new URL(route.request().url()))) return route.continue();
    // Hanging: the request is left unanswered, as on a network that drops packets.
    return network === 'blocked' ? route.abort('internetdisconnected') : new Promise<void>(() => undefined);
  });
  return { context, page: await context.newPage(), requested };
}

const outside = (requested: readonly URL[]) => requested.filter((url) => !loopback(url) && url.protocol.startsWith('http')).map((url) => url.href);

/** The text of a Monaco editor in GraphiQL, with its non-breaking spaces as spaces. */
const editorText = async (page: Page, selector: string) => (await page.locator(`${selector} .view-lines`).first().innerText()).replace(/\u00a0/g, ' ');

/** Runs the open tab's operation in GraphiQL and waits for its answer to name `expected`. */
async function runOpenOperation(page: Page, expected: string): Promise<string> {
  await page.locator('.graphiql-execute-button').click();
  await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 20_000 }).toContain(expected);
  return editorText(page, '.graphiql-response');
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(artefacts, { recursive: true });
  await page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage });
}

describe.skipIf(!chromiumAvailable)('the analyst workbench in headless Chromium, with no way out of the machine', () => {
  let browser: Browser;
  let bundled: ApiServer;

  beforeAll(async () => {
    browser = await launchChromium();
    bundled = await startApiServer({ IDE: 'bundled' });
  });

  afterAll(async () => {
    await browser?.close();
    await bundled?.close();
    if (Object.keys(timings).length > 0) {
      mkdirSync(artefacts, { recursive: true });
      writeFileSync(path.join(artefacts, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    }
  });

  it('/graphql embeds Apollo Sandbox when its script loads, with telemetry off and the analyst query', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      // Sandbox's script as its CDN would serve it, standing in for the real one: it records what the page asks of it.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === sandboxScript) {
          return route.fulfill({
            contentType: 'application/javascript',
            body: 'window.EmbeddedSandbox = function (options) { window.sandboxOptions = options; document.querySelector(options.target).textContent = "Sandbox"; };',
          });
        }
        return loopback(new URL(url)) ? route.continue() : route.abort();
      });
      const page = await context.newPage();
      await page.goto(inject('graphqlUrl'));
      await expect.poll(() => page.locator('html').getAttribute('data-sandbox')).toBe('loaded');
      const options = (await page.evaluate(() => (globalThis as unknown as { sandboxOptions: Record<string, unknown> }).sandboxOptions)) as {
        runTelemetry: boolean;
        initialEndpoint: string;
        endpointIsEditable: boolean;
        initialState: { document: string; variables: unknown; includeCookies: boolean };
      };
      expect(options).toMatchObject({ runTelemetry: false, endpointIsEditable: false, initialEndpoint: inject('graphqlUrl') });
      expect(options.initialState).toMatchObject({ variables: { name: 'Liz Truss' }, includeCookies: false });
      expect(options.initialState.document).toContain('query TrussMeetings');
      expect(await page.locator('#status').textContent()).toBe('Apollo Sandbox (telemetry off).');
      expect(new URL(page.url()).pathname).toBe('/graphql');
    } finally {
      await context.close();
    }
  }, 60_000);

  describe.each(networks)('outside requests %s', (network) => {
    it('/graphql tries only Apollo Sandbox, then its own 1.5 s timer or the failure opens the bundled IDE, which runs the operation', async () => {
      const { context, page, requested } = await visit(browser, network);
      try {
        const started = Date.now();
        await page.goto(`${inject('baseUrl')}/graphql`, { waitUntil: 'commit' });
        // Never a white page: the page says what it is doing before anything outside answers.
        await expect.poll(() => page.locator('.bar').count()).toBe(1);
        await page.waitForURL(/\/ide\/\?fallback=/, { timeout: 15_000 });
        const fallbackAfter = Date.now() - started;
        // Blocked, the script fails at once; hanging, nothing fails and the page's timer decides.
        expect(new URL(page.url()).searchParams.get('fallback')).toBe(network === 'blocked' ? 'error' : 'timeout');
        await expect.poll(() => page.locator('#notice').getAttribute('data-fallback')).toBe(network === 'blocked' ? 'error' : 'timeout');
        await expect.poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 20_000 }).toContain('query TrussMeetings');
        timings[`graphql-${network}: IDE ready (ms)`] = Date.now() - started;
        timings[`graphql-${network}: fallback decided (ms)`] = fallbackAfter;
        const answer = await runOpenOperation(page, '"id": "person:liz-truss"');
        expect(answer).toContain('"name": "Liz Truss"');
        await screenshot(page, `graphql-fallback-${network}`);
        // The only host asked for anything outside is Sandbox's CDN, and the route stopped it.
        expect([...new Set(outside(requested))]).toEqual([sandboxScript]);
      } finally {
        await context.close();
      }
    }, 60_000);

    it('/ide/ opens the example operations as tabs with the docs panel, and runs one', async () => {
      const { context, page, requested } = await visit(browser, network);
      try {
        const started = Date.now();
        await page.goto(`${inject('baseUrl')}/ide/?operation=LavrovCounterpart`);
        await expect.poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 20_000 }).toContain('query LavrovCounterpart');
        timings[`ide-${network}: IDE ready (ms)`] = Date.now() - started;
        expect(await page.locator('.graphiql-tab').count()).toBe(operationCount);
        await expect.poll(() => page.locator('.graphiql-doc-explorer').count()).toBe(1);
        await expect.poll(() => editorText(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)')).toContain('"name": "Sergei Lavrov"');
        const answer = await runOpenOperation(page, '"id": "person:liz-truss"');
        expect(answer).toContain('"id": "person:sergei-lavrov"');
        await screenshot(page, `ide-${network}`);
        // The explorer panel (graphiql-explorer, whose declared peers are older graphql and React)
        // lists the schema's root fields; picking one writes it into the open operation, which the
        // panel reads back, so the field's own fields open beneath it.
        await page.locator('button[aria-label="Show GraphiQL Explorer"]').click();
        const explorer = page.locator('.graphiql-explorer-root');
        const summary = explorer.locator('.graphiql-explorer-relations [data-field-name="summary"]');
        await expect.poll(() => explorer.locator('[data-field-name="relations"]').count()).toBeGreaterThan(0);
        expect(await summary.count()).toBe(0);
        await explorer.locator('[data-field-name="relations"]').first().click();
        await expect.poll(() => summary.count()).toBe(1);
        await screenshot(page, `ide-explorer-${network}`);
        expect(outside(requested)).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);

    it('/ shows the counts and the sources, and every link it shows resolves', async () => {
      const { context, page, requested } = await visit(browser, network);
      try {
        const started = Date.now();
        await page.goto(`${inject('baseUrl')}/`);
        await expect.poll(() => page.locator('[data-count="sources"] dt').textContent()).toBe('3');
        timings[`index-${network}: counts shown (ms)`] = Date.now() - started;
        expect(await page.locator('[data-count="people"] dt').textContent()).toMatch(/^[1-9]\d*$/);
        expect(await page.locator('#sources tbody tr').count()).toBe(3);
        await expect.poll(() => page.locator('#operations a').count()).toBe(operationCount);
        expect(await page.locator('#sources tbody').innerText()).toContain('The Guardian');
        await screenshot(page, `index-${network}`);
        await screenshot(page, `index-${network}-full`, true);
        const hrefs = await page.locator('a:visible').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        // The explorer and timeline pages are bundled from their own folders of web/; a build without them has no link target yet.
        const built = hrefs.map((href) => new URL(href, inject('baseUrl')).href).filter((href) => {
          const page = /^\/([a-z-]+)\/$/.exec(new URL(href).pathname)?.[1];
          return !page || page === 'ide' || existsSync(path.join(projectRoot, 'dist', 'web', page, 'index.html'));
        });
        for (const href of built) expect({ href, status: (await context.request.get(href, { headers: { accept: 'text/html' } })).status() }).toEqual({ href, status: 200 });
        expect(outside(requested)).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);

    it('with IDE=bundled, /graphql opens the bundled IDE and asks no other host for anything', async () => {
      const { context, page, requested } = await visit(browser, network);
      try {
        const started = Date.now();
        await page.goto(`${bundled.baseUrl}/graphql`);
        await expect.poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 20_000 }).toContain('query ');
        timings[`graphql-bundled-${network}: IDE ready (ms)`] = Date.now() - started;
        expect(new URL(page.url()).pathname).toBe('/ide/');
        await runOpenOperation(page, '"data"');
        await screenshot(page, `graphql-bundled-${network}`);
        expect(outside(requested)).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);
  });
});
