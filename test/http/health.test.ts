import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';

describe('health and readiness endpoints', () => {
  it('reports the process alive on /health, with the database up', async () => {
    const response = await fetch(`${inject('baseUrl')}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('reports ready on /ready once the database answers and the graph is loaded', async () => {
    const response = await fetch(`${inject('baseUrl')}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('the GraphQL endpoint in a browser', () => {
  it('serves the Apollo Sandbox landing page with an analyst query already in the editor', async () => {
    const response = await fetch(inject('graphqlUrl'), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain('query TrussMeetings');
  });

  it('answers introspection outside production, as Sandbox needs', async () => {
    const response = await fetch(inject('graphqlUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
