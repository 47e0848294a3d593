/**
 * An analyst opens the workbench while the server starts: Chromium shows the status page with the
 * step the start is at, reloading by itself, and the same tab turns into the index once the
 * server serves it, with no click and nothing loaded from outside the machine.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { launchChromium, chromiumAvailable } from '../support/chromium.js';
import { openOffline, staysOnMachine } from '../support/offlinePage.js';
import { freePort } from '../support/ports.js';
import { spawnServerProcess, waitUntilGone, type SpawnedServer } from '../support/serverProcess.js';

describe.skipIf(!chromiumAvailable)('the status page in headless Chromium during a start', () => {
  let browser: Browser;
  let server: SpawnedServer | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (!server) return;
    if (server.child.exitCode === null) server.child.kill('SIGTERM');
    await server.exited;
    const jvm = server.logs.find((entry) => entry.message === 'embedded Neo4j starting')?.pid;
    if (jvm) await waitUntilGone(jvm, 60_000);
    rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('shows the step the start is at, then becomes the index by itself', async () => {
    const port = await freePort();
    // How a page follows a start does not depend on the plans: no warm-up to wait for.
    server = await spawnServerProcess({ PORT: String(port), WARM_UP: 'off' });
    await server.waitForLog('server listening', 120_000);
    const opened = await openOffline(browser, 'blocked');
    const { page } = opened;
    try {
      // Each reload is a navigation; the texts shown, in order, are the page's own account of the start.
      const shown: string[] = [];
      page.on('load', () => {
        void page
          .locator('#startup-step')
          .textContent({ timeout: 1000 })
          .then((text) => text !== null && shown.at(-1) !== text && shown.push(text))
          .catch(() => undefined);
      });
      const response = await page.goto(`http://127.0.0.1:${port}/`);
      expect(response?.status()).toBe(503);
      expect(await page.title()).toBe('Starting · Diplomatic relations graph');
      await expect.poll(() => page.locator('h1').textContent()).toBe('The server is starting');
      expect(await page.locator('#startup-step').textContent()).toMatch(/^(Loading the server|Starting Neo4j|Connecting to Neo4j)$/);
      // A step past loading the code, for the picture in the docs.
      await expect
        .poll(async () => (await page.locator('#startup-step').textContent({ timeout: 1000 }).catch(() => null)) ?? 'Loading the server', { timeout: 600_000, interval: 200 })
        .not.toBe('Loading the server');
      await page.screenshot({ path: path.join(projectRoot, 'docs', 'screenshots', 'starting.png') });

      // No click, no reload by the test: the page it reloads into is the index.
      await expect.poll(() => page.title().catch(() => ''), { timeout: 600_000, interval: 500 }).toBe('Diplomatic relations graph');
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('Diplomatic relations graph');
      expect(page.url()).toBe(`http://127.0.0.1:${port}/`);
      expect(shown[0]).toMatch(/^(Loading the server|Starting Neo4j|Connecting to Neo4j)$/);
      // It moved on while the tab reloaded itself: Neo4j takes seconds to start, the sources to load.
      expect(shown.length).toBeGreaterThan(1);
      expect(shown.at(-1)).not.toBe(shown[0]);
      expect(opened.requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 900_000);
});
