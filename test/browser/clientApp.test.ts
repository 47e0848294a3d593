import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, chromiumPath, launchChromium } from '../support/chromium.js';

// CI installs Chromium and must run these; elsewhere they are skipped with a reason.
if (!chromiumAvailable && process.env['CI']) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);

/** A page on another origin, as a client app of the API would be served. */
function serveClientPage(): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Client app</title><p>client</p>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!chromiumAvailable)('the API from a browser (headless Chromium)', () => {
  let browser: Browser;
  let clientServer: http.Server;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    clientServer = await serveClientPage();
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(clientServer.address() as AddressInfo).port}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => clientServer?.close(resolve));
  });

  it('lets a client app on another origin query the graph (CORS)', async () => {
    const result = await page.evaluate(async (url) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actorsByName(name: "Zelensky") { id name } }' }),
      });
      return { status: response.status, body: await response.json() };
    }, inject('graphqlUrl'));
    expect(result).toEqual({
      status: 200,
      body: { data: { actorsByName: [{ id: 'person:volodymyr-zelenskiy', name: 'Volodymyr Zelenskiy' }] } },
    });
  });

  it('blocks a simple cross-site GET that could be a forged request (CSRF prevention)', async () => {
    const result = await page.evaluate(async (url) => {
      const response = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
      return { status: response.status, text: await response.text() };
    }, inject('graphqlUrl'));
    expect(result.status).toBe(400);
    expect(result.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('opens our landing page at the endpoint, set up for Sandbox with the analyst query, which gives way to the bundled IDE offline', async () => {
    const landing = await browser.newPage();
    try {
      await landing.route(/^https:/, (route) => route.abort());
      const response = await landing.goto(inject('graphqlUrl'), { waitUntil: 'commit' });
      expect(response?.status()).toBe(200);
      const html = await response!.text();
      expect(html).toContain('<title>GraphQL API · Diplomatic relations graph</title>');
      expect(html).toContain('<main id="embeddableSandbox"></main>');
      expect(html).toContain('query TrussMeetings');
      await landing.waitForURL(/\/ide\/\?fallback=error&operation=TrussMeetings$/);
    } finally {
      await landing.close();
    }
  });
});
