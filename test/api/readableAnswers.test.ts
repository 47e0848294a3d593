import { describe, expect, inject, it } from 'vitest';
import { skipWithoutTexts } from '../support/article.js';
import type * as Ops from '../../src/graphql/generated/operations.js';
import { gqlData } from '../support/graphql.js';
import { runOperation } from '../support/operations.js';

interface Quote {
  exact: string;
  prefix: string | null;
  suffix: string | null;
  role: string | null;
  start: number;
  end: number;
  source: { id: string };
}

const talksQuery = `
  query ($id: ID!) {
    meeting(id: $id) {
      time { text start end precision basis inferred }
      evidence { exact prefix suffix role start end source { id } }
      participants { role actor { id } evidence { exact role } }
    }
  }`;

describe('answers an analyst can read without the annotation files', () => {
  it("says which part of the Moscow talks each quote supports: the fact itself, or its time", async () => {
    const data = await gqlData<{ meeting: { evidence: Quote[]; participants: { role: string; actor: { id: string }; evidence: { exact: string; role: string }[] }[] } }>(
      talksQuery,
      { id: 'meeting:truss-lavrov-moscow-talks' },
    );
    const time = data.meeting.evidence.filter((quote) => quote.role === 'TIME');
    expect(time).toEqual([
      { exact: 'Thursday 10 February 2022', prefix: ', in Moscow on ', suffix: '. The meeting', role: 'TIME', start: 205, end: 230, source: { id: 'src:moscow-talks-readout' } },
    ]);
    // Every other quote of the meeting's own is about the talks themselves.
    expect(new Set(data.meeting.evidence.filter((quote) => quote.role !== 'TIME').map((quote) => quote.role))).toEqual(new Set(['CONTENT']));
    const truss = data.meeting.participants.find((p) => p.actor.id === 'person:liz-truss');
    expect(truss?.evidence).toContainEqual({ exact: 'Liz Truss, the UK foreign secretary, held talks', role: 'PARTICIPANT' });
    expect(new Set(data.meeting.participants.flatMap((p) => p.evidence.map((quote) => quote.role)))).toEqual(new Set(['PARTICIPANT']));
  });

  it('names the quote of an actor as NAME, and a quote asked for on its own has no role', async () => {
    const data = await gqlData<{ actor: { evidence: { id: string; role: string }[] } }>(
      `{ actor(id: "person:sergei-lavrov") { evidence { id role } } }`,
    );
    expect(data.actor.evidence.length).toBeGreaterThan(0);
    expect(new Set(data.actor.evidence.map((quote) => quote.role))).toEqual(new Set(['NAME']));
    const alone = await gqlData<{ node: { __typename: string; role: string | null } }>(`query ($id: ID!) { node(id: $id) { __typename ... on Evidence { role } } }`, {
      id: data.actor.evidence[0]!.id,
    });
    expect(alone.node).toEqual({ __typename: 'Evidence', role: null });
  });

  it('gives each source its address where one is known and the text its offsets count in', async () => {
    const data = await gqlData<{ sources: { nodes: unknown[] } }>(`{ sources { nodes { id url textLocation { file length sha256 } } } }`);
    expect(data.sources.nodes).toEqual([
      {
        id: 'src:article',
        url: null,
        textLocation: { file: 'truss-lavrov.txt', length: 3816, sha256: '94a0ee12336f3ed0f571ffe7096acf4e9df7d0ea51956648df7bdf6cde31aab1' },
      },
      {
        id: 'src:moscow-talks-readout',
        url: null,
        textLocation: { file: 'moscow-talks-readout.txt', length: 1905, sha256: '367d891c94b6579c3b275b3a1d0cea194daf26b738be9ec327765be480cc2e02' },
      },
      { id: 'src:background', url: null, textLocation: null },
    ]);
  });

  it('says when dates are inferred: from the publication date or the public record, not the source’s words', async () => {
    const data = await gqlData<Record<string, { time: unknown }>>(`{
      talks: meeting(id: "meeting:truss-lavrov-moscow-talks") { time { basis inferred } }
      pressing: claim(id: "claim:uk-advocates-tough-measures-against-russia") { time { text start end precision basis inferred } }
      reported: claim(id: "claim:bg-embassy-announcement-reported-26-january-2022") { time { basis inferred } }
    }`);
    expect(data).toEqual({
      talks: { time: { basis: 'STATED', inferred: false } },
      pressing: { time: { text: null, start: null, end: '2022-01-30', precision: 'UNKNOWN', basis: 'PUBLICATION', inferred: true } },
      reported: { time: { basis: 'RECORD', inferred: true } },
    });
  });

  it.skipIf(skipWithoutTexts)('serves the text the offsets count in, so a quote can be found in it', async () => {
    const data = await gqlData<{ meeting: { evidence: Quote[] } }>(talksQuery, { id: 'meeting:truss-lavrov-moscow-talks' });
    const quote = data.meeting.evidence.find((e) => e.role === 'TIME')!;
    const response = await fetch(`${inject('baseUrl')}/sources/${encodeURIComponent(quote.source.id)}/text`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const codePoints = [...(await response.text())];
    expect(codePoints).toHaveLength(1905);
    expect(codePoints.slice(quote.start, quote.end).join('')).toBe('Thursday 10 February 2022');
  });

  it('answers a source without a text with a JSON 404 naming the sources that have one', async () => {
    const response = await fetch(`${inject('baseUrl')}/sources/src:background/text`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'No source with a text has the id src:background; the sources with one are src:moscow-talks-readout, src:article.',
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });

  it('shows it all in the example operation Provenance: the talks’ time and the quote that gives it, with its source', async () => {
    const data = await runOperation<Ops.ProvenanceQuery>('Provenance');
    expect(data.meeting?.time).toEqual({ text: 'Thursday 10 February 2022', start: '2022-02-10', end: '2022-02-10', precision: 'DAY', basis: 'STATED', inferred: false });
    expect(data.meeting?.evidence.filter((quote) => quote.role === 'TIME')).toEqual([
      {
        exact: 'Thursday 10 February 2022',
        prefix: ', in Moscow on ',
        suffix: '. The meeting',
        role: 'TIME',
        start: 205,
        end: 230,
        source: { id: 'src:moscow-talks-readout', url: null, textLocation: { file: 'moscow-talks-readout.txt' } },
      },
    ]);
    expect(data.sources.nodes.map((source) => [source.id, source.url, source.textLocation?.file ?? null])).toEqual([
      ['src:article', null, 'truss-lavrov.txt'],
      ['src:moscow-talks-readout', null, 'moscow-talks-readout.txt'],
      ['src:background', null, null],
    ]);
  });
});
