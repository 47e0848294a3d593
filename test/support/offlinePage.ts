import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { projectRoot } from '../../src/config.js';

/** Where browser tests leave screenshots, downloads and timings (git-ignored). */
export const artefactsDir = path.join(projectRoot, 'test-artefacts');

/**
 * How the machine's network treats outside hosts: `blocked` refuses them at once (a closed
 * network), `hanging` never answers (a firewall that drops packets), where a page that waited
 * for an outside script or font would stay blank.
 */
export type Offline = 'blocked' | 'hanging';
export const offlineModes: readonly Offline[] = ['blocked', 'hanging'];

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for requests that cannot leave the machine: loopback hosts, and data: and blob: URLs made in the page. */
export function staysOnMachine(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || loopback.has(parsed.hostname);
}

export interface OfflinePage {
  page: Page;
  /** Every URL the page asked for, outside ones included (those never got an answer). */
  requested: string[];
  /** Closes the page with its own browser context (cookies, downloads, held requests). */
  close(): Promise<void>;
}

/** A page whose outside requests are refused or left hanging, recording every request it makes. */
export async function openOffline(browser: Browser, offline: Offline): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const requested: string[] = [];
  const held: Route[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('websocket', (socket) => requested.push(socket.url()));
  // A request still in flight when the test closes the page is cancelled, not a failure.
  const ignoreClosed = () => undefined;
  await page.route('**/*', (route) => {
    if (staysOnMachine(route.request().url())) return route.continue().catch(ignoreClosed);
    if (offline === 'blocked') return route.abort('internetdisconnected').catch(ignoreClosed);
    held.push(route);
    return undefined;
  });
  return { page, requested, close: () => context.close() };
}

export function artefact(name: string): string {
  mkdirSync(artefactsDir, { recursive: true });
  return path.join(artefactsDir, name);
}

/** Records how long a page took to show its first useful screen, per offline mode (a figure, never asserted). */
export function writeTimings(page: string, timings: Record<string, number | null>): void {
  // The machine's load goes with the figures: on a shared runner they say as much about it as about the page.
  const machine = { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 };
  const record = { page, firstUsefulScreenMs: timings, measuredFrom: 'navigation start (performance.now())', machine, measuredAt: new Date().toISOString() };
  writeFileSync(artefact(`timings-${page}.json`), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * Waits until the page says it is done (body[data-state] ready or error, set by web/<page>/main.ts)
 * and returns which. Read through selectors: the pages' policy forbids evaluating strings.
 */
export async function settledState(page: Page): Promise<string | null> {
  await page.locator('body[data-state="ready"], body[data-state="error"]').waitFor({ timeout: 20_000 });
  return page.locator('body').getAttribute('data-state');
}
