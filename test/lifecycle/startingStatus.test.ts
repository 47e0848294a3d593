/**
 * A real start, watched from outside as an analyst's browser and a script would: `/` answers from
 * the first seconds with the status page while `/ready` still says 503, the steps it reports move
 * forward as the embedded Neo4j starts, the sources load and the plans warm, and once started `/`
 * is the workbench's index (or, asked for JSON, the discovery document) again.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { stepOrder, type StartupStatus } from '../../src/startup/progress.js';
import { freePort } from '../support/ports.js';
import { spawnServerProcess, waitUntilGone, type SpawnedServer } from '../support/serverProcess.js';

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const operationCount = readdirSync(path.join(projectRoot, 'operations')).filter((file) => file.endsWith('.graphql')).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function spawn(env: Record<string, string>): Promise<{ server: SpawnedServer; base: string }> {
  const port = await freePort();
  const server = await spawnServerProcess({ PORT: String(port), ...env });
  cleanups.push(() => rmSync(server.dataDir, { recursive: true, force: true }));
  cleanups.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
    await server.exited;
    const jvm = server.logs.find((entry) => entry.message === 'embedded Neo4j starting')?.pid;
    if (jvm) await waitUntilGone(jvm, 60_000);
  });
  return { server, base: `http://127.0.0.1:${port}` };
}

/** The first answer at `/`, asked for as a browser does, as soon as anything answers. */
async function firstPage(server: SpawnedServer, base: string): Promise<{ status: number; text: string }> {
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`server exited with ${server.child.exitCode} before answering`);
    const response = await fetch(`${base}/`, { headers: html }).catch(() => undefined);
    if (response) return { status: response.status, text: await response.text() };
    await sleep(50);
  }
}

const stepOf = (page: string) => /<p id="startup-step" data-step="(\w+)" role="status">([^<]*)<\/p>/.exec(page);

describe('the status page while the server starts', () => {
  it('answers / at once while /ready is 503, reports the steps in order, then serves the index', async () => {
    const { server, base } = await spawn({});
    const first = await firstPage(server, base);
    const readyMeanwhile = await fetch(`${base}/ready`);
    expect(readyMeanwhile.status).toBe(503);
    expect(first.status).toBe(503);
    expect(first.text).toContain('<h1>The server is starting</h1>');
    expect(first.text).toContain('<meta http-equiv="refresh" content="1">');
    // Answered before the JVM served anything: it listens first.
    expect(['starting', 'startingNeo4j']).toContain(stepOf(first.text)?.[1]);
    const messages = server.logs.map((entry) => entry.message);
    expect(messages).toContain('server listening');
    if (messages.includes('embedded Neo4j starting')) expect(messages.indexOf('server listening')).toBeLessThan(messages.indexOf('embedded Neo4j starting'));

    // While it starts, the API and JSON clients are told so, not refused.
    const query = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(query.status).toBe(503);
    const error = ((await query.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]!;
    expect(error.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/^The server is starting \(.+\); try again in a moment\. Progress is at \/status\.$/);
    const discovery = await fetch(`${base}/`, { headers: { accept: 'application/json' } });
    expect(discovery.status).toBe(503);
    expect(await discovery.json()).toMatchObject({ status: 'starting' });

    const seen: StartupStatus[] = [];
    for (;;) {
      const status = (await (await fetch(`${base}/status`)).json()) as StartupStatus;
      seen.push(status);
      if (status.status !== 'starting') break;
      await sleep(100);
    }
    expect(seen.at(-1)?.status).toBe('ready');
    const kinds = seen.map((status) => status.step.kind).filter((kind, i, all) => kind !== all[i - 1]);
    // Forward only: each step comes after the one before it.
    const ranks = kinds.map((kind) => stepOrder.indexOf(kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const slow of ['startingNeo4j', 'loadingSources', 'warmingPlans', 'ready'] as const) expect(kinds).toContain(slow);
    // A new store: every source is loaded, counted up to all of them.
    const sources = seen.flatMap((status) => (status.step.kind === 'loadingSources' ? [status.step] : []));
    expect(new Set(sources.map((step) => step.total))).toEqual(new Set([3]));
    expect(sources.map((step) => step.index)).toEqual([...sources.map((step) => step.index)].sort((a, b) => a - b));
    const plans = seen.flatMap((status) => (status.step.kind === 'warmingPlans' ? [status.step] : []));
    expect(new Set(plans.map((step) => step.total))).toEqual(new Set([operationCount]));
    expect(new Set(plans.map((step) => step.index)).size).toBeGreaterThan(1);
    expect(plans.every((step) => /^[A-Za-z]+$/.test(step.operation))).toBe(true);

    // Started: the index and the discovery document, as before.
    const index = await fetch(`${base}/`, { headers: html });
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Diplomatic relations graph</title>');
    const document = await fetch(`${base}/`, { headers: { accept: 'application/json' } });
    expect(document.status).toBe(200);
    expect(await document.json()).toMatchObject({ graphql: `${base}/graphql`, ide: `${base}/ide/` });
    await vi.waitFor(async () => expect((await fetch(`${base}/ready`)).status).toBe(200), { timeout: 300_000, interval: 500 });
  }, 900_000);

  it('shows why a start failed on the page, then exits 1', async () => {
    const { server, base } = await spawn({ NEO4J_START_TIMEOUT_MS: '1000' });
    let page = (await firstPage(server, base)).text;
    while (!page.includes('could not start')) {
      await sleep(100);
      const response = await fetch(`${base}/`, { headers: html }).catch(() => undefined);
      if (!response) throw new Error('the server stopped answering before showing why');
      page = await response.text();
    }
    expect(page).toContain('<h1>The server could not start</h1>');
    expect(stepOf(page)?.[1]).toBe('failed');
    expect(stepOf(page)?.[2]).toBe(
      `Start-up failed: Embedded Neo4j did not serve queries within 1 s (NEO4J_START_TIMEOUT_MS) and was stopped (NEO4J_DATA_DIR ${server.dataDir}); its log shows no error, so the machine may just be slow`,
    );
    expect(page).not.toContain('http-equiv="refresh"');
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(503);
    expect(await server.exited).toBe(1);
  }, 300_000);
});
