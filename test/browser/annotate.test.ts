import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { chromiumAvailable, chromiumPath, launchChromium } from '../support/chromium.js';
import { artefact, openOffline, settledState, staysOnMachine } from '../support/offlinePage.js';

if (!chromiumAvailable && process.env['CI']) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);

const run = promisify(execFile);

/** A short news-like text written for this test (not one of the project's sources). */
const text = [
  'Britain and Russia hold talks in Moscow',
  '',
  'The UK foreign secretary, Liz Truss, met Sergei Lavrov in Moscow on Thursday, the Foreign Office said.',
  'Russia said the veteran diplomat had warned London against sending more weapons to Ukraine.',
  'Truss said Britain would stand by Kyiv and announced £88 million in new aid.',
  '',
].join('\n');

interface Annotation {
  source: { id: string; text?: { file: string } };
  actors?: { id: string; evidence?: unknown[] }[];
  [section: string]: unknown;
}

/** What web/annotate/main.ts exposes for tests: the draft as edited. */
interface AnnotateHooks {
  annotate: { annotation(): Annotation | null; yaml(): string | null };
}

const annotation = (page: Page) => page.evaluate(() => (globalThis as unknown as AnnotateHooks).annotate.annotation());

/** Selects the words of the text view from `words`' first character to its last, as a reviewer's drag would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.locator('#text-view').evaluate((view, target) => {
    // No named functions in here: the page runs this as text, without the bundler's helpers.
    const pieces = [...view.querySelectorAll('[data-start]')];
    const full = pieces.map((piece) => piece.textContent ?? '').join('');
    const start = full.indexOf(target);
    const range = view.ownerDocument.createRange();
    for (const [offset, setter] of [[start, 'setStart'], [start + target.length, 'setEnd']] as const) {
      const piece = pieces.filter((candidate) => Number(candidate.getAttribute('data-start')) <= offset).at(-1)!;
      range[setter](piece.firstChild!, offset - Number(piece.getAttribute('data-start')));
    }
    view.ownerDocument.getSelection()!.removeAllRanges();
    view.ownerDocument.getSelection()!.addRange(range);
  }, words);
}

describe.skipIf(!chromiumAvailable)('the review page at /annotate/ (headless Chromium, no internet)', () => {
  let browser: Browser;
  let work: string;

  beforeAll(async () => {
    browser = await launchChromium();
    work = mkdtempSync(path.join(tmpdir(), 'annotate-test-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('drafts a pasted text, lets the reviewer fix, reject and add items, and downloads YAML that passes --check', async () => {
    const { page, requested, close } = await openOffline(browser, 'blocked');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${inject('baseUrl')}/annotate/`);
      expect(await settledState(page)).toBe('ready');
      expect(await page.locator('#text-choice option').allTextContents()).toContain('truss-lavrov.txt');

      await page.locator('#text').fill(text);
      await page.locator('#published-start').fill('2022-02-10');
      await page.locator('#source-title').fill('Britain and Russia hold talks in Moscow');
      // The text's file name follows the title until the reviewer types one.
      expect(await page.locator('#text-file').inputValue()).toBe('britain-and-russia-hold-talks-in-moscow.txt');
      await page.locator('#draft').click();
      await page.locator('body[data-state="drafted"], body[data-state="error"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('#status').textContent()).toMatch(/^Drafted \d+ items/);
      expect(await page.locator('#text-view').textContent()).toBe(text);
      expect(await page.locator('#text-view .span').count()).toBeGreaterThan(0);
      expect(await page.locator('#legend .legend-item').count()).toBe(8);
      await page.screenshot({ path: artefact('annotate-drafted.png') });

      // A highlight selects its item in the list, and the other way round.
      const first = page.locator('#text-view .span').first();
      const firstItem = (await first.getAttribute('data-items'))!.split(' ')[0]!;
      await first.click();
      await page.locator(`#items li.item.selected[data-id="${firstItem}"]`).waitFor();
      const someItem = page.locator('#items li.item').last();
      const someId = (await someItem.getAttribute('data-id'))!;
      await someItem.locator('.pick').click();
      await page.locator(`#items li.item.selected[data-id="${someId}"]`).waitFor();

      // Reject an actor: it goes, with every reference to it.
      const drafted = (await annotation(page))!;
      const rejected = drafted.actors!.find((actor) => actor.id !== 'person:liz-truss' && actor.id !== 'person:sergei-lavrov')?.id ?? drafted.actors![0]!.id;
      await page.locator(`#items li.item[data-id="${rejected}"] .pick`).click();
      await page.locator(`#items li.item.selected[data-id="${rejected}"] .reject`).click();
      await page.locator(`#items li.item[data-id="${rejected}"]`).waitFor({ state: 'detached' });
      expect(JSON.stringify(await annotation(page))).not.toContain(`"${rejected}"`);
      expect(await page.locator(`#text-view [data-items~="${rejected}"]`).count()).toBe(0);

      // Add an actor from selected words, then give it the graph's id found by the search.
      await selectWords(page, 'veteran diplomat');
      await page.locator('#add-actor').click();
      const added = page.locator('#items li.item.selected');
      // A new id from the words, numbered when the draft already holds one (the drafter may have
      // drafted "the veteran diplomat" as an unnamed person of its own).
      const addedId = (await added.getAttribute('data-id'))!;
      expect(addedId).toMatch(/^person:veteran-diplomat(-\d+)?$/);
      await added.locator('.graph-search').fill('Lavrov');
      await added.locator('.search-row button').click();
      await added.locator('.choices button[data-id="person:sergei-lavrov"]').click();
      await page.locator('#items li.item.selected[data-id="person:sergei-lavrov"]').waitFor();
      const edited = (await annotation(page))!;
      expect(JSON.stringify(edited)).not.toContain(`"${addedId}"`);
      const lavrov = edited.actors!.find((actor) => actor.id === 'person:sergei-lavrov')!;
      expect(JSON.stringify(lavrov.evidence)).toContain('veteran diplomat');

      // Change the status of the first happening, if the draft has one.
      const happening = page.locator('#items [data-section="meetings"] li.item, #items [data-section="events"] li.item').first();
      if ((await happening.count()) > 0) {
        const id = (await happening.getAttribute('data-id'))!;
        await happening.locator('.pick').click();
        await page.locator(`#items li.item.selected[data-id="${id}"] select[name="status"]`).selectOption('PLANNED');
        const changed = (await annotation(page))!;
        const all = [...((changed['meetings'] as { id: string; status: string }[]) ?? []), ...((changed['events'] as { id: string; status: string }[]) ?? [])];
        expect(all.find((item) => item.id === id)?.status).toBe('PLANNED');
      }

      await page.locator('#accept-all').click();
      expect(await page.locator('#items li.item[data-review="UNREVIEWED"]').count()).toBe(0);
      await page.locator('#text-view .span').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: artefact('annotate-reviewed.png') });

      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
      const yamlText = readFileSync((await download.path())!, 'utf8');
      const doc = parse(yamlText) as Annotation;
      expect(download.suggestedFilename()).toBe(`${doc.source.id.replace(/^src:/, '')}.yaml`);
      expect(doc.source.text?.file).toBe('britain-and-russia-hold-talks-in-moscow.txt');
      expect(yamlText).not.toContain(rejected);
      expect(yamlText).not.toContain('UNREVIEWED');

      // The project's own check, with the text in a texts folder and the repository's sources beside the file.
      const sourcesDir = path.join(work, 'sources');
      const textsDir = path.join(work, 'texts');
      mkdirSync(textsDir, { recursive: true });
      cpSync(path.join(projectRoot, 'sources'), sourcesDir, { recursive: true });
      writeFileSync(path.join(textsDir, doc.source.text!.file), text);
      const file = path.join(sourcesDir, download.suggestedFilename());
      writeFileSync(file, yamlText);
      // Warnings (a person with no nationality yet) go to stderr too: only the exit code and the verdict count.
      const checked = await run('npm', ['run', '--silent', 'ingest', '--', '--check', file], {
        cwd: projectRoot,
        env: { ...process.env, SOURCES_DIR: sourcesDir, SOURCE_TEXTS_DIR: textsDir },
      }).then(
        (done) => ({ ...done, failed: '' }),
        (error: { stdout: string; stderr: string }) => ({ stdout: error.stdout, stderr: error.stderr, failed: `--check failed:\n${error.stderr}` }),
      );
      expect(checked.failed).toBe('');
      expect(checked.stdout).toMatch(/^ok .*: \d+ nodes/m);

      expect(errors).toEqual([]);
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
