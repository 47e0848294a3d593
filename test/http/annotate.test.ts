import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

/** A short news-like text written for these tests (not one of the project's sources). */
const text =
  'Liz Truss met Sergei Lavrov in Moscow on Thursday, the Foreign Office said.\n' +
  'The two ministers discussed the border and agreed to talk again next month.\n';

const textsDir = loadConfig().sourceTextsDir;

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${inject('baseUrl')}/annotate/draft`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function refused(response: Response): Promise<{ status: number; message: string; code: string }> {
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  return { status: response.status, message: body.errors[0]!.message, code: body.errors[0]!.extensions.code };
}

const bad = (message: string) => ({ status: 400, code: 'BAD_REQUEST', message });

describe('POST /annotate/draft', () => {
  it('drafts a pasted text: the annotation, its YAML and the spans, resolving names the graph holds', async () => {
    const response = await post({ text, published: { start: '2022-02-10' }, title: 'Truss meets Lavrov', file: 'truss-meets-lavrov.txt' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      annotation: { source: { published: { start?: string }; text?: { file: string } }; actors: { id: string }[] };
      yaml: string;
      spans: { start: number; end: number; kind: string; item: string }[];
    };
    expect(body.annotation.source.published.start).toBe('2022-02-10');
    expect(body.annotation.source.text?.file).toBe('truss-meets-lavrov.txt');
    expect(body.yaml).toContain('truss-meets-lavrov.txt');
    expect(body.spans.length).toBeGreaterThan(0);
    for (const span of body.spans) expect(0 <= span.start && span.start < span.end && span.end <= text.length, JSON.stringify(span)).toBe(true);
    // Liz Truss is in the graph: the draft uses its id rather than minting one.
    expect(body.annotation.actors.map((actor) => actor.id)).toContain('person:liz-truss');
  });

  it.each([
    ['a body that is not an object', '[1]', 'The request body must be a JSON object with the source\'s text and publication date, e.g. {"text": "…", "published": {"start": "2022-02-10"}}.'],
    ['no text', { published: { start: '2022-02-10' } }, "text must be the source's text, a non-empty string."],
    ['a blank text', { text: '  \n', published: { start: '2022-02-10' } }, "text must be the source's text, a non-empty string."],
    ['no publication date', { text }, 'published must be an object {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"} (end is optional).'],
    ['a date that is no day', { text, published: { start: '2022-02-30' } }, 'published.start must be a date YYYY-MM-DD, e.g. 2022-02-10.'],
    ['a date in another form', { text, published: { start: '10/02/2022' } }, 'published.start must be a date YYYY-MM-DD, e.g. 2022-02-10.'],
    ['a bad end', { text, published: { start: '2022-02-10', end: 'soon' } }, 'published.end must be a date YYYY-MM-DD, e.g. 2022-02-10, or left out.'],
    ['an end before the start', { text, published: { start: '2022-02-10', end: '2022-02-09' } }, 'published.end (2022-02-09) is before published.start (2022-02-10).'],
    ['an unknown kind', { text, published: { start: '2022-02-10' }, kind: 'BLOG' }, 'kind must be ARTICLE or READOUT.'],
    ['an unknown field', { text, published: { start: '2022-02-10' }, author: 'me' }, 'Unknown field "author"; the fields are text, published, id, kind, title, publisher, file.'],
    ['a bad source id', { text, published: { start: '2022-02-10' }, id: 'Truss Lavrov' }, 'id must be a source id such as src:some-slug (lower case, digits, hyphens).'],
    ['a file name with a folder', { text, published: { start: '2022-02-10' }, file: '../etc/passwd' }, 'file must be a plain file name such as some-slug.txt (letters, digits, dots, hyphens, underscores; no folders).'],
    ['an empty title', { text, published: { start: '2022-02-10' }, title: '' }, 'title must be a non-empty string of at most 500 characters.'],
  ])('refuses %s with 400 and what to send', async (_case, body, message) => {
    expect(await refused(await post(body))).toEqual(bad(message));
  });

  it('refuses a text over 40 000 characters, and a body over its size limit', async () => {
    expect(await refused(await post({ text: 'a'.repeat(40_001), published: { start: '2022-02-10' } }))).toEqual(
      bad('text is 40001 characters long; at most 40000 can be drafted at once.'),
    );
    const tooLarge = await refused(await post({ text: 'a'.repeat(300_000), published: { start: '2022-02-10' } }));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON as the API does', async () => {
    expect(await refused(await post('{"text": '))).toEqual(bad('The request body is not valid JSON.'));
  });

  it('takes only JSON, which a form on another site cannot send without asking first', async () => {
    const response = await post(JSON.stringify({ text, published: { start: '2022-02-10' } }), { 'content-type': 'text/plain' });
    expect(await refused(response)).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the draft request as JSON, with Content-Type: application/json.' });
  });

  it("refuses a page of another site (403), and answers this server's own pages", async () => {
    const foreign = await post({ text, published: { start: '2022-02-10' } }, { origin: 'https://evil.example' });
    expect(await refused(foreign)).toEqual({
      status: 403,
      code: 'FORBIDDEN',
      message: "Only this server's own pages may ask for a draft; this request came from https://evil.example.",
    });
    const own = await post({ text: 'x', published: { start: '2022-02-30' } }, { origin: inject('baseUrl') });
    // Past the origin check: the body's own mistake is what is answered.
    expect((await refused(own)).status).toBe(400);
  });

  it('writes nothing: the sources folder is the same after a draft', async () => {
    const sourcesDir = loadConfig().sourcesDir;
    const before = readdirSync(sourcesDir).sort();
    expect((await post({ text, published: { start: '2022-02-10' }, id: 'src:written-nowhere' })).status).toBe(200);
    expect(readdirSync(sourcesDir).sort()).toEqual(before);
  });
});

describe('GET /annotate/texts', () => {
  it('lists the text files of the texts folder', async () => {
    const response = await fetch(`${inject('baseUrl')}/annotate/texts`);
    expect(response.status).toBe(200);
    const { texts } = (await response.json()) as { texts: { name: string; bytes: number }[] };
    const expected = readdirSync(textsDir).filter((name) => name.endsWith('.txt')).sort();
    expect(texts.map((entry) => entry.name)).toEqual(expected);
    expect(expected).toContain('truss-lavrov.txt');
  });

  it('returns one of them as it is', async () => {
    const response = await fetch(`${inject('baseUrl')}/annotate/texts/truss-lavrov.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(`${textsDir}/truss-lavrov.txt`, 'utf8'));
  });

  it.each([
    ['a name outside the listing', 'package.json'],
    ['an escaped path out of the folder', '..%2F..%2Fpackage.json'],
    ['an escaped absolute path', '%2Fetc%2Fpasswd'],
    ['a file of the folder that is not a text', 'README.md'],
  ])('answers 404 for %s', async (_case, name) => {
    const response = await fetch(`${inject('baseUrl')}/annotate/texts/${name}`);
    const answer = await refused(response);
    expect(answer.status).toBe(404);
    expect(answer.code).toBe('NOT_FOUND');
  });

  it('never serves a file outside the folder by a dotted path', async () => {
    // fetch would resolve ../ itself; sent raw, the router sees another path and nothing matches.
    const response = await fetch(`${inject('baseUrl')}/annotate/texts/%2e%2e%2fpackage.json`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('"dependencies"');
  });
});
