import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createStartingServer } from '../../src/http/startingServer.js';
import { pagePolicy } from '../../src/http/webPages.js';
import { createStartupProgress, type StartupProgress } from '../../src/startup/progress.js';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function starting(progress: StartupProgress) {
  const server = createStartingServer(progress);
  servers.push(server.httpServer);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return { server, base };
}

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the server while it starts', () => {
  it('shows every page a browser opens as the status page, with the step, reloading itself', async () => {
    const progress = createStartupProgress();
    progress.report({ kind: 'loadingSources', index: 2, total: 3, titles: ['Truss <b>meets</b> "Lavrov" & co'] });
    const { base } = await starting(progress);
    for (const path of ['/', '/explorer/', '/graphql']) {
      const response = await fetch(`${base}${path}`, { headers: html });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('retry-after')).toBe('1');
      // The pages' own headers: nothing loads from elsewhere, no framing by other sites.
      expect(response.headers.get('content-security-policy')).toBe(pagePolicy);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const page = await response.text();
      expect(page).toContain('<meta http-equiv="refresh" content="1">');
      expect(page).toContain('<h1>The server is starting</h1>');
      // A title from an annotation file is text, never markup.
      expect(page).toContain(
        '<p id="startup-step" data-step="loadingSources" role="status">Loading source 2 of 3 (Truss &lt;b&gt;meets&lt;/b&gt; &quot;Lavrov&quot; &amp; co)</p>',
      );
      expect(page).not.toMatch(/<(script|link|img)\b/);
    }
  });

  it('answers JSON clients, the API and everything else with a 503 that names the step', async () => {
    const progress = createStartupProgress();
    progress.report({ kind: 'warmingPlans', index: 5, total: 27, operation: 'Dyads' });
    const { base } = await starting(progress);

    const discovery = await fetch(`${base}/`, { headers: { accept: 'application/json' } });
    expect(discovery.status).toBe(503);
    expect(await discovery.json()).toMatchObject({ status: 'starting', step: { kind: 'warmingPlans', index: 5, total: 27 }, message: 'Warming plans 5 of 27 (Dyads)' });

    const query = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(query.status).toBe(503);
    expect(query.headers.get('retry-after')).toBe('1');
    const body = (await query.json()) as { errors: { message: string; extensions: { code: string; startup: { status: string } } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toBe('The server is starting (Warming plans 5 of 27 (Dyads)); try again in a moment. Progress is at /status.');
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0]!.extensions.startup.status).toBe('starting');

    // A script's fetch of a page asset is not a browser opening a page.
    const asset = await fetch(`${base}/explorer/main.js`);
    expect(asset.status).toBe(503);
    expect(asset.headers.get('content-type')).toMatch(/^application\/json/);

    expect((await fetch(`${base}/ready`)).status).toBe(503);
    const health = await fetch(`${base}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok', database: 'starting' }]);
    const status = await fetch(`${base}/status`);
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ status: 'starting', message: 'Warming plans 5 of 27 (Dyads)' });
  });

  it('shows a failed start with its reason, without reloading, and reports it on /health', async () => {
    const progress = createStartupProgress();
    progress.fail('Embedded Neo4j could not start: Bolt port 7687 is already in use');
    const { base } = await starting(progress);
    const page = await (await fetch(`${base}/`, { headers: html })).text();
    expect(page).toContain('<h1>The server could not start</h1>');
    expect(page).toContain('Start-up failed: Embedded Neo4j could not start: Bolt port 7687 is already in use');
    expect(page).not.toContain('http-equiv="refresh"');
    const health = await fetch(`${base}/health`);
    expect([health.status, await health.json()]).toEqual([503, { status: 'failed', database: 'failed' }]);
    const query = (await (await fetch(`${base}/graphql`, { method: 'POST' })).json()) as { errors: { message: string }[] };
    expect(query.errors[0]!.message).toBe('The server could not start and is stopping: Start-up failed: Embedded Neo4j could not start: Bolt port 7687 is already in use.');
  });

  it('hands every request to the started app once opened', async () => {
    const progress = createStartupProgress();
    const { server, base } = await starting(progress);
    expect((await fetch(`${base}/`, { headers: html })).status).toBe(503);
    server.open((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('the index'));
    const response = await fetch(`${base}/`, { headers: html });
    expect([response.status, await response.text()]).toEqual([200, 'the index']);
  });
});
