import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { sandboxFrameOrigin, sandboxScript } from '../../src/workbench/graphqlLanding.js';
import { startApiServer } from '../support/apiServer.js';

/** Every example operation in operations/: the IDE and the index offer each one. */
const operationCount = readdirSync(path.join(projectRoot, 'operations')).filter((file) => file.endsWith('.graphql')).length;

const embedded = !process.env['NEO4J_URI'];
const post = (query: string, contentType: string, search = '') =>
  fetch(`${inject('graphqlUrl')}${search}`, { method: 'POST', headers: { 'content-type': contentType, accept: 'application/json' }, body: query });

describe('application/graphql request bodies', () => {
  it('answers a POST whose body is the operation text', async () => {
    const response = await post('{ actor(id: "person:liz-truss") { name } }', 'application/graphql');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { actor: { name: 'Liz Truss' } } });
  });

  it('takes variables and the operation name from the query string', async () => {
    const document = readFileSync(path.join(projectRoot, 'operations', 'ActorById.graphql'), 'utf8');
    const search = `?${new URLSearchParams({ variables: JSON.stringify({ id: 'country:ukr' }), operationName: 'ActorById' })}`;
    const response = await post(document, 'application/graphql; charset=utf-8', search);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { actor: { id: string } } }).data.actor.id).toBe('country:ukr');
  });

  it('refuses variables that are not a JSON object, saying what is allowed', async () => {
    const response = await post('query Q($id: ID!) { actor(id: $id) { name } }', 'application/graphql', '?variables=%5B1%5D');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The query parameter "variables" must be a JSON object, e.g. ?variables={"name":"Liz Truss"} (URL-encoded).',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('keeps the 100 kB limit of JSON bodies', async () => {
    const response = await post(`{ __typename }${' '.repeat(110_000)}`, 'application/graphql');
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('still blocks a body type a browser sends cross-site without asking (CSRF prevention)', async () => {
    const response = await post('{ __typename }', 'text/plain');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });
});

describe('the browser view of /graphql', () => {
  it('is our page: Sandbox with telemetry off, loaded by our script, and a policy naming only the Sandbox hosts', async () => {
    const response = await fetch(inject('graphqlUrl'), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self' https://embeddable-sandbox.cdn.apollographql.com; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src https://sandbox.embed.apollographql.com; frame-ancestors 'self'",
    );
    const html = await response.text();
    const config = JSON.parse(/<script type="application\/json" id="sandbox-config">(.*?)<\/script>/s.exec(html)![1]!) as {
      script: string;
      operation: string;
      sandbox: { runTelemetry: boolean; initialState: { document: string; variables: unknown } };
    };
    expect(config.script).toBe(sandboxScript);
    expect(config.operation).toBe('TrussMeetings');
    expect(config.sandbox.runTelemetry).toBe(false);
    expect(config.sandbox.initialState.document).toContain('query TrussMeetings');
    expect(config.sandbox.initialState.variables).toEqual({ name: 'Liz Truss' });
    // Nothing from another host is in the page itself: the script of ours loads Sandbox, async.
    expect([...new Set(html.match(/https:\/\/[a-z.-]+/g))]).toEqual([new URL(sandboxScript).origin]);
    expect(html).not.toMatch(/(src|href)="https:/);
    expect(response.headers.get('content-security-policy')).toContain(`frame-src ${sandboxFrameOrigin}`);
  });

  it('with IDE=bundled, sends the browser to the bundled IDE', async () => {
    const server = await startApiServer({ IDE: 'bundled' });
    try {
      const response = await fetch(`${server.baseUrl}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
      expect({ status: response.status, location: response.headers.get('location') }).toEqual({ status: 302, location: '/ide/' });
    } finally {
      await server.close();
    }
  });

  it("in production, stays Apollo's production landing page", async () => {
    const server = await startApiServer({ NODE_ENV: 'production' });
    try {
      const response = await fetch(`${server.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<title>Apollo Server</title>');
      expect(html).not.toContain('sandbox-config');
    } finally {
      await server.close();
    }
  });

  it('still answers clients that ask for JSON', async () => {
    const response = await fetch(`${inject('graphqlUrl')}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the discovery document at /', () => {
  it('answers JSON to a client asking for JSON, with the Bolt address Neo4j Browser connects to', async () => {
    const response = await fetch(`${inject('baseUrl')}/`, { headers: { accept: 'application/json' } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const host = new URL(inject('baseUrl')).host;
    expect(await response.json()).toEqual({
      graphql: `http://${host}/graphql`,
      ide: `http://${host}/ide/`,
      ...(embedded ? { bolt_direct: `bolt://${host}`, neo4j_edition: 'community', browser: `http://${host}/browser` } : {}),
    });
  });

  it('answers the index page to a browser', async () => {
    const response = await fetch(`${inject('baseUrl')}/`, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<h1>Diplomatic relations graph</h1>');
  });
});

describe('the example operations for the IDE', () => {
  it('serves every operation file with its example variables', async () => {
    const response = await fetch(`${inject('baseUrl')}/ide/operations.json`);
    const { operations } = (await response.json()) as { operations: { name: string; file: string; description: string; variables: unknown }[] };
    expect(operations).toHaveLength(operationCount);
    expect(operations.find((operation) => operation.name === 'TrussMeetings')).toMatchObject({
      file: 'operations/TrussMeetings.graphql',
      description: 'Who is Liz Truss meeting or has she met, with whom, where, when, and how sure is it? Try other names: "Lavrov", "Boris Johnson", "Zelensky".',
      variables: { name: 'Liz Truss' },
    });
  });
});
