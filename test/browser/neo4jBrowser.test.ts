import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/chromium.js';

const embedded = !process.env['NEO4J_URI'];

describe.skipIf(!chromiumAvailable || !embedded)('Neo4j Browser at /browser (headless Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens connected to the embedded graph and runs an analyst Cypher query', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${inject('baseUrl')}/browser`, { waitUntil: 'load' });
      expect(new URL(page.url()).searchParams.get('connectURL')).toBe(inject('boltUri'));
      await page.getByText('Connected to Neo4j').first().waitFor({ timeout: 20_000 });

      const editor = page.locator('#monaco-main-editor, [data-testid="activeEditor"]').first();
      await editor.click();
      // The readout reports the talks held (the current view); the article's account stays on its SUPPORTED_BY.
      await page.keyboard.type(
        "MATCH (m:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})-[a:SUPPORTED_BY]->(:Source {id: 'src:article'}) RETURN m.status AS current, a.status AS announced",
      );
      await page.keyboard.press('Enter');
      await page.getByText('ANNOUNCED_UNCONFIRMED').first().waitFor({ timeout: 20_000 });
      await page.getByText('OCCURRED').first().waitFor({ timeout: 20_000 });
    } finally {
      await page.close();
    }
  }, 60_000);
});
