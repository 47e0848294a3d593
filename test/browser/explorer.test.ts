import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, chromiumPath, launchChromium } from '../support/chromium.js';
import { gqlData } from '../support/graphql.js';
import { apiQuotes, expectReady, quotesShown } from '../support/pageQuotes.js';
import { artefact, offlineModes, openOffline, staysOnMachine, writeTimings } from '../support/offlinePage.js';

if (!chromiumAvailable && process.env['CI']) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);

/** What web/explorer/main.ts exposes on window for these tests. */
interface ExplorerHooks {
  explorer: {
    cy: {
      nodes(selector?: string): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] };
      edges(selector?: string): { map<T>(f: (e: { id(): string; data(k: string): unknown }) => T): T[] };
      getElementById(id: string): { position(): { x: number; y: number }; renderedPosition(): { x: number; y: number }; length: number };
      zoom(options: { level: number; position: { x: number; y: number } }): void;
      zoom(): number;
      center(element: unknown): void;
      container(): { getBoundingClientRect(): { left: number; top: number } };
    };
    state: string;
    restored: boolean;
    firstDrawnMs: number | null;
  };
}

const trussMeetings = ['meeting:truss-kyiv-visit', 'meeting:truss-lavrov-moscow-talks'];
// Her own events, and those her claims and the claims about her are about.
const trussEvents = [
  'event:plot-to-topple-ukrainian-president',
  'event:russian-invasion-of-ukraine',
  'event:russian-troop-buildup-near-ukraine',
  'event:sanctions-on-russia-if-invasion',
  'event:truss-australia-jet-trip',
  'event:truss-chartered-plane-travel',
  'event:truss-jet-bill',
];
const trussClaims = [
  'claim:article-truss-in-hot-water-over-jet-bill',
  'claim:embassy-announces-truss-lavrov-talks',
  'claim:foreign-office-commercial-flights-lose-24-hours-each-way',
  'claim:foreign-office-truss-needs-daily-top-secret-access',
  'claim:foreign-office-truss-will-keep-chartering-planes',
  'claim:readout-alleged-lavrov-asks-about-rostov-voronezh',
  'claim:readout-alleged-truss-never-recognise',
  'claim:readout-truss-demands-troop-pullback',
  'claim:readout-truss-troops-only-to-threaten-ukraine',
  'claim:readout-truss-uk-resolute-on-diplomacy',
  'claim:readout-tugendhat-praises-truss',
  'claim:russia-says-truss-reads-too-many-spy-novels',
  'claim:truss-accuses-russia-of-plot',
  'claim:truss-to-warn-sanctions-will-hit-putins-allies',
  'claim:truss-warns-of-severe-consequences',
  'claim:truss-warns-of-strategic-mistake',
];
const readoutTitle = 'Readout: Truss and Lavrov hold talks in Moscow';
const articleTitle = 'Truss will meet Lavrov in Moscow within next two weeks, says Russia';

const sortQuotes = (quotes: { exact: string; source: string }[]) =>
  [...quotes].sort((a, b) => a.source.localeCompare(b.source) || a.exact.localeCompare(b.exact));

const nodeIds = (page: Page, kind?: string) =>
  page.evaluate((k) => (globalThis as unknown as ExplorerHooks).explorer.cy.nodes(k ? `[kind = "${k}"]` : undefined).map((n) => n.id()).sort(), kind);

const edgeIds = (page: Page, selector?: string) =>
  page.evaluate((s) => (globalThis as unknown as ExplorerHooks).explorer.cy.edges(s).map((e) => e.id()).sort(), selector);

/** The nodes the picture draws now (filtered and hidden ones are kept but not drawn). */
const shownIds = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as ExplorerHooks).explorer.cy.nodes(':visible').map((n) => n.id()).sort());

/** Waits until the page has drawn everything its URL asks for: the actor, each expansion, the path. */
async function restored(page: Page): Promise<void> {
  await page.locator('body[data-restored="true"]').waitFor({ timeout: 60_000 });
  await expectReady(page);
}

/** The smallest node label on screen at the present zoom, in CSS pixels. */
const smallestLabelPx = (page: Page) =>
  page.evaluate(() => {
    const cy = (globalThis as unknown as ExplorerHooks).explorer.cy as unknown as {
      zoom(): number;
      nodes(selector: string): { map<T>(f: (n: { style(name: string): string }) => T): T[] };
    };
    return Math.min(...cy.nodes(':visible').map((n) => cy.zoom() * parseFloat(n.style('font-size'))));
  });

const modelPosition = (page: Page, id: string) =>
  page.evaluate((nodeId) => (globalThis as unknown as ExplorerHooks).explorer.cy.getElementById(nodeId).position(), id);

/** Zooms onto a node so nothing else lies under the pointer, and returns where it is on the page. */
async function pointAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate(async (nodeId) => {
    const cy = (globalThis as unknown as ExplorerHooks).explorer.cy;
    const node = cy.getElementById(nodeId);
    if (node.length === 0) throw new Error(`no node ${nodeId} drawn`);
    cy.zoom({ level: 2.5, position: node.position() });
    cy.center(node);
    // Clicks are matched against what was last drawn.
    const frame = (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame;
    await new Promise<void>((resolve) => frame(() => frame(resolve)));
    const at = node.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

async function clickNode(page: Page, id: string, heading: string): Promise<void> {
  const { x, y } = await pointAt(page, id);
  await page.mouse.click(x, y);
  await page.locator('#facts h2', { hasText: heading }).waitFor({ timeout: 10_000 });
}

describe.skipIf(!chromiumAvailable)('the graph explorer at /explorer/ (headless Chromium, no internet)', () => {
  let browser: Browser;
  const timings: Record<string, number | null> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    // The first page of a run meets a cold server and database (plans, JIT), which on a loaded
    // machine can take longer than the shared 20 s wait for a page to settle; these tests check
    // what is drawn, not how fast, so one page warms them first.
    const warm = await openOffline(browser, 'blocked');
    try {
      await warm.page.goto(`${inject('baseUrl')}/explorer/?actor=person:liz-truss`);
      await warm.page.locator('body[data-restored="true"]').waitFor({ timeout: 150_000 });
    } finally {
      await warm.close();
    }
  });

  afterAll(async () => {
    if (Object.keys(timings).length) writeTimings('explorer', timings);
    await browser?.close();
  });

  for (const offline of offlineModes) {
    it(`draws Liz Truss's neighbourhood from ?actor= with outside hosts ${offline}, and shows a meeting's and a claim's quotes with their sources`, async () => {
      const { page, requested, close } = await openOffline(browser, offline);
      try {
        await page.goto(`${inject('baseUrl')}/explorer/?actor=person:liz-truss`);
        await expectReady(page);
        timings[offline] = await page.evaluate(() => (globalThis as unknown as ExplorerHooks).explorer.firstDrawnMs);
        await page.screenshot({ path: artefact(`explorer-${offline}.png`) });

        expect(await nodeIds(page, 'meeting')).toEqual(trussMeetings);
        expect(await nodeIds(page, 'event')).toEqual(trussEvents);
        expect(await nodeIds(page, 'claim')).toEqual(trussClaims);
        const people = await nodeIds(page, 'person');
        expect(people).toEqual(expect.arrayContaining(['person:liz-truss', 'person:sergei-lavrov', 'person:volodymyr-zelenskiy']));
        expect(await nodeIds(page, 'country')).toEqual(['country:aus', 'country:gbr', 'country:rus', 'country:ukr']);
        expect(await edgeIds(page)).toEqual(
          expect.arrayContaining([
            'person:liz-truss|VISITOR|meeting:truss-lavrov-moscow-talks',
            'person:sergei-lavrov|HOST|meeting:truss-lavrov-moscow-talks',
            'person:liz-truss|COUNTERPART|person:sergei-lavrov',
            'person:liz-truss|COUNTRY|country:gbr',
            'person:liz-truss|SPEAKER|claim:truss-accuses-russia-of-plot',
            'claim:truss-accuses-russia-of-plot|TARGET|country:rus',
            'meeting:truss-lavrov-moscow-talks|HELD IN|place:moscow',
          ]),
        );
        expect(await page.locator('#facts h2').textContent()).toBe('Liz Truss');
        expect(await page.locator('#legend').textContent()).toContain('announced, unconfirmed');

        await clickNode(page, 'meeting:truss-lavrov-moscow-talks', 'Truss–Lavrov talks in Moscow');
        const meetingPanel = page.locator('#facts');
        expect(await meetingPanel.locator('.status-badge').first().textContent()).toBe('occurred');
        // The quotes are shown under each source's account (test/browser/accounts.test.ts), grouped by source.
        await page.locator('#facts[data-accounts="shown"]').waitFor({ timeout: 20_000 });
        expect(sortQuotes(await quotesShown(page, '#facts .accounts'))).toEqual(sortQuotes(await apiQuotes('meeting:truss-lavrov-moscow-talks')));
        expect(await quotesShown(page, '#facts .accounts')).toContainEqual({ exact: 'Truss and Lavrov hold talks in Moscow', source: readoutTitle });
        expect(await meetingPanel.locator('.account[data-source="src:moscow-talks-readout"] .source').first().textContent()).toContain('2022-02-11');
        await page.screenshot({ path: artefact(`explorer-meeting-${offline}.png`) });

        await clickNode(page, 'claim:russia-says-truss-reads-too-many-spy-novels', 'Russia accused Liz Truss of reading too many spy novels.');
        await page.locator('#facts[data-accounts="shown"] .accounts').waitFor({ timeout: 20_000 });
        expect(await quotesShown(page, '#facts .accounts')).toEqual(await apiQuotes('claim:russia-says-truss-reads-too-many-spy-novels'));
        expect(await quotesShown(page, '#facts .accounts')).toContainEqual({ exact: 'too many spy novels', source: articleTitle });

        expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
        expect(requested.some((url) => url.endsWith('/graphql'))).toBe(true);
      } finally {
        await close();
      }
    }, 60_000);
  }

  it('expands a node on double-click, finds an actor by another spelling, and draws the path between two actors', async () => {
    const { page, requested, close } = await openOffline(browser, 'blocked');
    try {
      await page.goto(`${inject('baseUrl')}/explorer/`);
      await expectReady(page);
      await page.fill('#search', 'Elizabeth Truss');
      await page.press('#search', 'Enter');
      await page.locator('#results button[data-id="person:liz-truss"]').click();
      await expectReady(page);
      expect(new URL(page.url()).searchParams.get('actor')).toBe('person:liz-truss');
      expect(await nodeIds(page, 'claim')).not.toContain('claim:readout-lavrov-denies-invasion-plan');

      const { x, y } = await pointAt(page, 'person:sergei-lavrov');
      await page.mouse.dblclick(x, y);
      await page.waitForFunction(() => (globalThis as unknown as ExplorerHooks).explorer.cy.getElementById('claim:readout-lavrov-denies-invasion-plan').length === 1);
      await expectReady(page);
      expect(await nodeIds(page, 'claim')).toContain('claim:readout-lavrov-denies-invasion-plan');

      await page.fill('#path-to', 'Putin');
      await page.press('#path-to', 'Enter');
      await page.locator('#path-results button[data-id="person:vladimir-putin"]').click();
      await page.waitForFunction(() => (globalThis as unknown as ExplorerHooks).explorer.cy.nodes('.path').map((n) => n.id()).length > 0);
      await expectReady(page);
      await page.screenshot({ path: artefact('explorer-path.png') });

      const { connections } = await gqlData<{
        connections: { nodes: { id: string }[]; steps: { from: { id: string }; to: { id: string }; relationship: string; direction: string; role: string | null }[] }[];
      }>(
        'query ($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 4, first: 3) { nodes { id } steps { from { id } relationship direction to { id } role } } }',
        { from: 'person:liz-truss', to: 'person:vladimir-putin' },
      );
      expect(connections.length).toBeGreaterThan(0);
      const pathNodes = [...new Set(connections.flatMap((path) => path.nodes.map((node) => node.id)))].sort();
      // An edge runs the way its relationship points, labelled with the relationship and its role.
      const pathEdges = [
        ...new Set(
          connections.flatMap((path) =>
            path.steps.map((step) => {
              const [source, target] = step.direction === 'OUTGOING' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
              return `${source}|${step.role ? `${step.relationship} (${step.role})` : step.relationship}|${target}`;
            }),
          ),
        ),
      ].sort();
      expect(await page.evaluate(() => (globalThis as unknown as ExplorerHooks).explorer.cy.nodes('.path').map((n) => n.id()).sort())).toEqual(pathNodes);
      expect(await edgeIds(page, '.path')).toEqual(pathEdges);
      expect(await page.locator('#status').textContent()).toMatch(/^\d+ shortest path\(s\) of \d+ hops drawn in red\.$/);
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it('exports the picture as PNG and SVG and the facts as CSV and JSON', async () => {
    const { page, requested, close } = await openOffline(browser, 'hanging');
    try {
      await page.goto(`${inject('baseUrl')}/explorer/?actor=person:liz-truss`);
      await expectReady(page);
      const save = async (button: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
        const file = artefact(download.suggestedFilename());
        await download.saveAs(file);
        return { name: download.suggestedFilename(), bytes: readFileSync(file) };
      };

      const png = await save('#export-png');
      expect(png.name).toBe('explorer-person-liz-truss.png');
      expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

      const svg = await save('#export-svg');
      expect(svg.name).toBe('explorer-person-liz-truss.svg');
      const svgText = svg.bytes.toString('utf8');
      expect(svgText).toMatch(/<svg[\s>]/);
      // Labels are drawn as text, long ones wrapped over lines.
      expect(svgText).toContain('>Liz Truss</text>');
      expect(svgText).toContain('>Truss–Lavrov talks </text>');
      expect(svgText).toContain('>COUNTERPART</text>');

      const csv = await save('#export-csv');
      expect(csv.name).toBe('explorer-person-liz-truss-facts.csv');
      const lines = csv.bytes.toString('utf8').split('\r\n');
      expect(lines[0]).toBe('subject_id,subject,relation,object_id,object,status,time,quote_prefix,quote,quote_suffix,source_id,source_title,source_published,source_url');
      expect(lines).toContain(
        `meeting:truss-lavrov-moscow-talks,Truss–Lavrov talks in Moscow,status,,OCCURRED,OCCURRED,"2022-02-10, to the day “Thursday 10 February 2022”",Readout: ,Truss and Lavrov hold talks in Moscow,"\nCompiled from",src:moscow-talks-readout,${readoutTitle},"2022-02-11, to the day",`,
      );

      const json = await save('#export-json');
      expect(json.name).toBe('explorer-person-liz-truss-facts.json');
      const exported = JSON.parse(json.bytes.toString('utf8')) as { root: string; facts: { subject: { id: string }; relation: string; object: { id?: string; value?: string }; evidence: { exact: string; source: { title: string } }[] }[] };
      expect(exported.root).toBe('person:liz-truss');
      const visit = exported.facts.find((fact) => fact.subject.id === 'person:liz-truss' && fact.relation === 'VISITOR' && fact.object.id === 'meeting:truss-lavrov-moscow-talks');
      expect(visit).toBeDefined();
      const status = exported.facts.find((fact) => fact.subject.id === 'meeting:truss-lavrov-moscow-talks' && fact.relation === 'status');
      expect(status?.object).toEqual({ value: 'OCCURRED' });
      expect(status?.evidence.map((quote) => quote.source.title)).toContain(readoutTitle);
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it('filters by kind without asking again, hides, restores and pins nodes, opens with readable labels, and redraws the same view from its URL', async () => {
    const { page, requested, close } = await openOffline(browser, 'blocked');
    try {
      await page.goto(`${inject('baseUrl')}/explorer/?actor=person:liz-truss`);
      await restored(page);
      // At the first picture every node label is at least 11 px high on screen.
      expect(await smallestLabelPx(page)).toBeGreaterThanOrEqual(11);

      const total = (await nodeIds(page)).length;
      const claimToggle = page.locator('#kind-filters input[value="claim"]');
      expect(await page.locator('#kind-filters label:has(input[value="claim"]) .count').textContent()).toBe(`(${trussClaims.length})`);
      expect(await page.locator('#kind-filters label:has(input[value="meeting"]) .count').textContent()).toBe(`(${trussMeetings.length})`);
      await page.screenshot({ path: artefact('explorer-default.png') });
      expect(await page.locator('#view-summary').textContent()).toBe(`${total} of ${total} nodes shown; 0 filtered out, 0 hidden.`);
      const asked = requested.filter((url) => url.endsWith('/graphql')).length;
      await claimToggle.uncheck();
      // Every claim leaves the drawing, and nothing was asked of the server.
      expect((await shownIds(page)).filter((id) => id.startsWith('claim:'))).toEqual([]);
      expect(await shownIds(page)).toEqual((await nodeIds(page)).filter((id) => !trussClaims.includes(id)));
      expect(await page.locator('#view-summary').textContent()).toBe(`${total - trussClaims.length} of ${total} nodes shown; ${trussClaims.length} filtered out, 0 hidden.`);
      expect(requested.filter((url) => url.endsWith('/graphql')).length).toBe(asked);

      // Hide one node, then bring it back.
      await clickNode(page, 'country:aus', 'Australia');
      await page.click('#hide-node');
      expect(await shownIds(page)).not.toContain('country:aus');
      expect(await page.locator('#show-hidden').textContent()).toBe('Show hidden (1)');
      expect(await page.locator('#view-summary').textContent()).toBe(`${total - trussClaims.length - 1} of ${total} nodes shown; ${trussClaims.length} filtered out, 1 hidden.`);

      // A pinned node stays where it is while an expansion lays the picture out again.
      await clickNode(page, 'meeting:truss-lavrov-moscow-talks', 'Truss–Lavrov talks in Moscow');
      await page.click('#pin-node');
      const pinnedAt = await modelPosition(page, 'meeting:truss-lavrov-moscow-talks');
      await clickNode(page, 'person:sergei-lavrov', 'Sergei Lavrov');
      await page.click('#expand-node');
      await page.waitForFunction(() => (globalThis as unknown as ExplorerHooks).explorer.cy.getElementById('claim:readout-lavrov-denies-invasion-plan').length === 1);
      await expectReady(page);
      expect(await modelPosition(page, 'meeting:truss-lavrov-moscow-talks')).toEqual(pinnedAt);

      const shared = new URL(page.url());
      expect(shared.search).toBe('?actor=person:liz-truss&expand=person:sergei-lavrov&hideKinds=claim&hide=country:aus');
      const drawn = await shownIds(page);
      expect(drawn).not.toContain('country:aus');
      expect(drawn).toContain('person:sergei-lavrov');
      expect(drawn.filter((id) => id.startsWith('claim:'))).toEqual([]);

      // The shared link, with values the page never writes added, draws the same nodes; the unknown values are dropped.
      const again = await openOffline(browser, 'blocked');
      try {
        await again.page.goto(`${shared.href}&hideStatuses=NOPE,<b>&to=javascript:alert(1)&hide=not an id&colour=red`);
        await restored(again.page);
        expect(await shownIds(again.page)).toEqual(drawn);
        expect(new URL(again.page.url()).search).toBe(shared.search);
        expect(await again.page.locator('#kind-filters input[value="claim"]').isChecked()).toBe(false);
        expect(await again.page.locator('#show-hidden').textContent()).toBe('Show hidden (1)');
        expect(await smallestLabelPx(again.page)).toBeGreaterThanOrEqual(11);
        await again.page.screenshot({ path: artefact('explorer-shared.png') });
      } finally {
        await again.close();
      }

      await page.click('#show-hidden');
      expect(await shownIds(page)).toContain('country:aus');
      expect(await page.locator('#show-hidden').textContent()).toBe('Show hidden (0)');
      expect(new URL(page.url()).searchParams.get('hide')).toBeNull();
      await claimToggle.check();
      expect(await shownIds(page)).toEqual(await nodeIds(page));
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it('lists a path between two actors step by step with each step’s quotes, draws it as a line, and highlights a step when it is clicked', async () => {
    const { page, requested, close } = await openOffline(browser, 'blocked');
    try {
      await page.goto(`${inject('baseUrl')}/explorer/?actor=person:liz-truss&to=person:vladimir-putin`);
      await restored(page);
      expect(new URL(page.url()).search).toBe('?actor=person:liz-truss&to=person:vladimir-putin');
      // Each step reads from → relation → to in walking order (the arrow shows which way the
      // relationship points), then as a sentence, then with the quotes behind it.
      const listed = await page.locator('#path-steps').evaluate((section) =>
        [...section.querySelectorAll('.path')].map((path) => ({
          heading: path.querySelector('h3')?.textContent,
          steps: [...path.querySelectorAll('.path-step')].map((step) => ({
            line: step.querySelector('.step-line')?.textContent,
            quotes: [...step.querySelectorAll('.evidence')].map((figure) => `${figure.querySelector('.quote-exact')?.textContent} — ${figure.querySelector('.source cite')?.textContent}`),
          })),
        })),
      );
      const embassy = 'The Russian embassy in London announced that Liz Truss will travel to Russia within the next two weeks for talks with Sergei Lavrov.';
      const asked = 'Lavrov asked Truss whether the UK recognised Russia’s sovereignty over the Rostov and Voronezh regions.';
      const replied = 'Truss replied that the UK would never recognise Russia’s sovereignty over the Rostov and Voronezh regions.';
      const embassyQuotes = ['Truss will meet Lavrov in Moscow', 'Embassy says', 'Russian embassy in London'].map((quote) => `${quote} — ${articleTitle}`);
      const askedQuotes = ["Lavrov asked Truss whether the UK recognised Russia's sovereignty", 'sovereignty over the Rostov and Voronezh regions'].map((quote) => `${quote} — ${readoutTitle}`);
      const repliedQuotes = [`she replied that it never would — ${readoutTitle}`];
      const national = { line: 'Russia ← is a national of ← Vladimir Putin', quotes: [] };
      expect(listed).toEqual([
        {
          heading: 'Path 1 (3 steps)',
          steps: [{ line: `Liz Truss ← is about ← ${embassy}`, quotes: embassyQuotes }, { line: `${embassy} ← asserted ← Russia`, quotes: embassyQuotes }, national],
        },
        {
          heading: 'Path 2 (3 steps)',
          steps: [{ line: `Liz Truss ← is about ← ${asked}`, quotes: askedQuotes }, { line: `${asked} → is about → Russia`, quotes: askedQuotes }, national],
        },
        {
          heading: 'Path 3 (3 steps)',
          steps: [{ line: `Liz Truss → asserted → ${replied}`, quotes: repliedQuotes }, { line: `${replied} → is about → Russia`, quotes: repliedQuotes }, national],
        },
      ]);
      expect(await page.locator('#path-steps .step-sentence').nth(2).textContent()).toBe('Vladimir Putin is a national of Russia');

      // Only the path is drawn, as a line from Truss to Putin, and no two labels on it meet.
      const onPath = await page.evaluate(() => (globalThis as unknown as ExplorerHooks).explorer.cy.nodes('.path').map((n) => n.id()).sort());
      expect(await shownIds(page)).toEqual(onPath);
      const xs = Object.fromEntries(await Promise.all(onPath.map(async (id) => [id, (await modelPosition(page, id)).x] as const)));
      expect(Math.min(...Object.values(xs))).toBe(xs['person:liz-truss']);
      expect(Math.max(...Object.values(xs))).toBe(xs['person:vladimir-putin']);
      const labels = await page.evaluate(() => {
        const cy = (globalThis as unknown as { explorer: { cy: { elements(s: string): { map<T>(f: (e: { id(): string; boundingBox(o: object): { x1: number; x2: number; y1: number; y2: number; w: number } }) => T): T[] } } } }).explorer.cy;
        return cy.elements(':visible').map((e) => ({ id: e.id(), box: e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) }));
      });
      expect(labels.filter((label) => label.box.w > 0).length).toBe(labels.length);
      const meeting = labels.flatMap((a, i) =>
        labels.slice(i + 1).filter((b) => a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2).map((b) => `${a.id} × ${b.id}`),
      );
      expect(meeting).toEqual([]);
      expect(await smallestLabelPx(page)).toBeGreaterThanOrEqual(11);

      // Clicking a step marks its hop and both its ends in the drawing.
      const step = page.locator('#path-steps .step-line').nth(1);
      const edge = await step.getAttribute('data-edge');
      await step.click();
      expect(await edgeIds(page, '.step')).toEqual([edge]);
      expect(await page.evaluate(() => (globalThis as unknown as ExplorerHooks).explorer.cy.nodes('.step').map((n) => n.id()).sort())).toEqual(['claim:embassy-announces-truss-lavrov-talks', 'country:rus']);
      expect(await page.locator('#path-steps .path-step.active .step-line').getAttribute('data-edge')).toBe(edge);
      await page.screenshot({ path: artefact('explorer-path-steps.png') });

      // Back to the neighbourhood: everything drawn again, and the path leaves the URL.
      await page.click('#close-path');
      expect(await shownIds(page)).toEqual(await nodeIds(page));
      expect(new URL(page.url()).search).toBe('?actor=person:liz-truss');
      expect(await page.locator('#path-steps').isHidden()).toBe(true);
      expect(requested.filter((url) => !staysOnMachine(url))).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
