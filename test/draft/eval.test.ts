/**
 * The draft scorer (src/draft/eval) on small hand-written pairs of gold and draft annotations of
 * texts written for this test, with the exact hits, false alarms and misses each rule gives.
 */
import { describe, expect, it } from 'vitest';
import { matchInStages } from '../../src/draft/eval/matching.js';
import { scoreDraft } from '../../src/draft/eval/score.js';
import { scoreTable } from '../../src/draft/eval/table.js';
import { annotationSchema, type Annotation } from '../../src/ingest/format.js';

const text =
  'Sergey Lavrov hosted Annalena Baerbock in Moscow on Tuesday 18 January 2022. Their talks lasted three hours. ' +
  'Lavrov said afterwards that the talks had been "useful". Baerbock warned that sanctions would follow any attack, ' +
  'and Germany pledged €2bn in aid. The two ministers will meet again in Berlin next month.';

const source = { id: 'src:test', kind: 'ARTICLE', title: 'A test text', published: { start: '2022-01-19', end: '2022-01-19', precision: 'DAY' } };
const annotation = (body: Record<string, unknown>): Annotation => annotationSchema.parse({ source, ...body });
const person = (id: string, name: string, evidence: string[], aliases: string[] = []) => ({ id, kind: 'Person', name, aliases, evidence });

const gold = annotation({
  supports: ['country:ukr'],
  actors: [
    person('person:sergei-lavrov', 'Sergei Lavrov', ['Sergey Lavrov hosted'], ['Sergey Lavrov', 'Lavrov']),
    person('person:annalena-baerbock', 'Annalena Baerbock', ['Annalena Baerbock']),
    { id: 'country:deu', kind: 'Country', name: 'Germany', evidence: ['Germany pledged'] },
    // Named only as a link's end in this text: no quote, so not scored.
    { id: 'country:rus', kind: 'Country', name: 'Russia' },
  ],
  places: [
    { id: 'place:moscow', name: 'Moscow', placeKind: 'CITY', evidence: ['in Moscow'] },
    { id: 'place:berlin', name: 'Berlin', placeKind: 'CITY', evidence: ['in Berlin'] },
  ],
  meetings: [
    {
      id: 'meeting:lavrov-baerbock-moscow',
      title: 'Talks in Moscow',
      mode: 'VISIT',
      status: 'OCCURRED',
      time: { text: 'Tuesday 18 January 2022', evidence: ['Tuesday 18 January 2022'], start: '2022-01-18', end: '2022-01-18', precision: 'DAY' },
      participants: [
        { actor: 'person:sergei-lavrov', role: 'HOST' },
        { actor: 'person:annalena-baerbock', role: 'VISITOR' },
      ],
      evidence: ['Sergey Lavrov hosted Annalena Baerbock'],
    },
    {
      id: 'meeting:lavrov-baerbock-berlin',
      title: 'Talks in Berlin',
      mode: 'VISIT',
      status: 'PLANNED',
      time: { text: 'next month', start: '2022-02-01', end: '2022-02-28', precision: 'MONTH' },
      participants: [
        { actor: 'person:sergei-lavrov', role: 'VISITOR' },
        { actor: 'person:annalena-baerbock', role: 'HOST' },
      ],
      evidence: ['will meet again in Berlin'],
    },
  ],
  claims: [
    {
      id: 'claim:lavrov-talks-useful',
      text: 'Lavrov said the talks had been useful.',
      claimKind: 'ASSESSMENT',
      mode: 'DIRECT_QUOTE',
      status: 'OCCURRED',
      time: { text: 'afterwards', start: '2022-01-18', end: '2022-01-18', precision: 'DAY' },
      speakers: [{ actor: 'person:sergei-lavrov', evidence: ['Lavrov said afterwards'] }],
      evidence: ['the talks had been "useful"'],
    },
    {
      id: 'claim:baerbock-warns-of-sanctions',
      text: 'Baerbock warned that sanctions would follow any attack.',
      claimKind: 'WARNING',
      mode: 'REPORTED',
      status: 'OCCURRED',
      time: { text: 'afterwards', start: '2022-01-18', end: '2022-01-18', precision: 'DAY' },
      speakers: [{ actor: 'person:annalena-baerbock', evidence: ['Baerbock warned'] }],
      evidence: ['sanctions would follow any attack'],
    },
  ],
  events: [
    {
      id: 'event:germany-pledges-aid',
      title: 'Germany pledges aid',
      eventKind: 'AID',
      status: 'OCCURRED',
      cameoCode: '071',
      time: { precision: 'UNKNOWN' },
      participants: [{ actor: 'country:deu', role: 'SOURCE' }],
      evidence: ['Germany pledged €2bn in aid'],
    },
  ],
  quantities: [
    { id: 'qty:three-hours', value: 3, unit: 'hour', quantityKind: 'DURATION', evidence: ['three hours'] },
    { id: 'qty:two-billion-euros', value: 2e9, unit: 'euro', currency: 'EUR', quantityKind: 'MONEY', evidence: ['€2bn'] },
  ],
});

const draft = annotation({
  actors: [
    // A name key in common with the gold's aliases.
    person('person:sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov']),
    // No name in common ("baerbock" is not a gold name key), but the same words of the text.
    person('person:baerbock', 'Baerbock', ['Annalena Baerbock']),
    { id: 'country:germany', kind: 'Country', name: 'Germany', evidence: ['Germany'] },
    // Nothing in the gold: a false alarm.
    { id: 'org:two-ministers', kind: 'Group', name: 'The two ministers', evidence: ['The two ministers'] },
    // No quote: left out, as on the gold side.
    { id: 'country:ukr', kind: 'Country', name: 'Ukraine' },
    // A node the gold names without quoting: set aside, neither a hit nor a false alarm.
    { id: 'country:rus', kind: 'Country', name: 'Russia', evidence: ['in Moscow'] },
  ],
  places: [{ id: 'place:moscow', name: 'Moscow City', placeKind: 'CITY', evidence: ['Moscow'] }],
  meetings: [
    {
      id: 'meeting:moscow-talks',
      title: 'Moscow talks',
      mode: 'TALKS',
      status: 'OCCURRED',
      time: { evidence: ['18 January 2022'], start: '2022-01-18', end: '2022-01-18', precision: 'DAY' },
      participants: [
        { actor: 'person:sergey-lavrov', role: 'PARTICIPANT' },
        { actor: 'person:baerbock', role: 'PARTICIPANT' },
      ],
      evidence: ['hosted'],
    },
    {
      id: 'meeting:berlin-talks',
      title: 'Berlin talks',
      mode: 'TALKS',
      status: 'PLANNED',
      // The right words read wrongly: found, but not the gold's interval.
      time: { evidence: ['next month'], precision: 'UNKNOWN' },
      participants: [{ actor: 'person:sergey-lavrov', role: 'PARTICIPANT' }],
      evidence: ['meet again'],
    },
  ],
  claims: [
    {
      id: 'claim:useful',
      text: 'Lavrov called the talks useful.',
      claimKind: 'ASSESSMENT',
      mode: 'DIRECT_QUOTE',
      status: 'OCCURRED',
      time: { precision: 'UNKNOWN' },
      speakers: [{ actor: 'person:sergey-lavrov', evidence: ['Lavrov said'] }],
      evidence: ['"useful"'],
    },
    {
      id: 'claim:sanctions',
      text: 'Sanctions would follow any attack.',
      claimKind: 'WARNING',
      mode: 'AUTHORIAL',
      status: 'OCCURRED',
      time: { precision: 'UNKNOWN' },
      speakers: [],
      reported: { evidence: ['sanctions would follow'] },
    },
  ],
  events: [
    {
      id: 'event:aid',
      title: 'Aid',
      eventKind: 'AID',
      status: 'OCCURRED',
      cameoCode: '073',
      time: { precision: 'UNKNOWN' },
      evidence: ['pledged €2bn'],
    },
  ],
  quantities: [
    { id: 'qty:hours', value: 3, unit: 'hours', quantityKind: 'DURATION', evidence: ['three hours'] },
    { id: 'qty:money', value: 2e9, unit: 'dollar', currency: 'USD', quantityKind: 'MONEY', evidence: ['€2bn'] },
  ],
});

describe('the draft scorer', () => {
  const score = scoreDraft(gold, draft, text);
  const counts = (kind: keyof typeof score.kinds) => {
    const { tp, fp, fn } = score.kinds[kind];
    return { tp, fp, fn };
  };

  it('places both sides’ quotes in the text', () => {
    expect(score.unplacedQuotes).toEqual({ gold: [], draft: [] });
  });

  it('matches actors by id, then a shared name key, then overlapping quotes, and leaves out the unquoted', () => {
    expect(counts('actors')).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(score.kinds.actors.matched).toEqual(
      expect.arrayContaining([
        { gold: 'person:sergei-lavrov', draft: 'person:sergey-lavrov', by: 'name' },
        { gold: 'person:annalena-baerbock', draft: 'person:baerbock', by: 'span' },
        { gold: 'country:deu', draft: 'country:germany', by: 'name' },
      ]),
    );
    expect(score.kinds.actors.spurious).toEqual(['org:two-ministers']);
    expect(score.kinds.actors.excluded).toEqual({ gold: 1, draft: 1, setAside: 1 });
    expect(score.kinds.actors.precision).toBe(0.75);
    expect(score.kinds.actors.recall).toBe(1);
  });

  it('scores places by the same rules', () => {
    expect(counts('places')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(score.kinds.places.missed).toEqual(['place:berlin']);
  });

  it('counts a time when its words overlap and its interval is the gold’s, and the looser "span found" when only the words are', () => {
    // Gold: "Tuesday 18 January 2022" and "next month" (quoted or found by their words), and one
    // "afterwards" shared by the two claims. The draft reads the first right, the second wrongly.
    expect(counts('times')).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(score.kinds.times.loose).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(score.kinds.times.missed).toContain('claim:lavrov-talks-useful,claim:baerbock-warns-of-sanctions#time(2022-01-18..2022-01-18 DAY)');
    // Left out: times with no words in the text (the gold's event; the draft's claims and event).
    expect(score.kinds.times.excluded).toEqual({ gold: 1, draft: 3, setAside: 0 });
  });

  it('matches meetings on participants after actor matching and status, or loosely on a participant in common', () => {
    expect(counts('meetings')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.kinds.meetings.matched).toEqual([{ gold: 'meeting:lavrov-baerbock-moscow', draft: 'meeting:moscow-talks', by: 'participants+status' }]);
    expect(score.kinds.meetings.loose).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
  });

  it('matches claims on speakers and overlapping quotes, or loosely on the quotes alone', () => {
    expect(counts('claims')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.kinds.claims.missed).toEqual(['claim:baerbock-warns-of-sanctions']);
    expect(score.kinds.claims.loose).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('matches events on overlapping quotes and reports whether their CAMEO roots agree', () => {
    expect(counts('events')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.kinds.events.cameoRoot).toEqual({ agreed: 1, compared: 1 });
  });

  it('matches quantities on value and kind of unit: a duration’s unit, money’s currency', () => {
    expect(counts('quantities')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.kinds.quantities.matched).toEqual([{ gold: 'qty:three-hours', draft: 'qty:hours', by: 'value+unit' }]);
  });

  it('sums every kind’s counts and prints them as a table', () => {
    expect(score.all).toMatchObject({ tp: 9, fp: 5, fn: 6 });
    const table = scoreTable('test', score);
    expect(table).toMatch(/^actors\s+3\s+1\s+0\s+75%\s+100%\s+86%/m);
    expect(table).toMatch(/^all\s+9\s+5\s+6\b/m);
  });

  it('gives null rates when a side has nothing of a kind, and full marks to the gold scored against itself', () => {
    const empty = scoreDraft(gold, annotation({}), text);
    expect(empty.kinds.meetings).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: null, recall: 0, f1: null });
    const same = scoreDraft(gold, gold, text);
    for (const kind of Object.values(same.kinds)) expect([kind.precision, kind.recall]).toEqual([1, 1]);
  });

  it('reports a draft quote it cannot place in the text, and the item that had only it is left out', () => {
    const stray = annotation({ actors: [person('person:nobody', 'Nobody', ['words not in the text'])] });
    const result = scoreDraft(gold, stray, text);
    expect(result.unplacedQuotes.draft).toEqual(['"words not in the text" is not in the text']);
    expect(result.kinds.actors).toMatchObject({ tp: 0, fp: 0, fn: 3, excluded: { gold: 1, draft: 1, setAside: 0 } });
  });
});

describe('one-to-one matching in stages', () => {
  const stages = [
    { name: 'same', accepts: (g: string, d: string) => g === d },
    { name: 'initial', accepts: (g: string, d: string) => g[0] === d[0] },
  ];

  it('lets a stronger stage take its pair before a weaker one, and finds each gold item once', () => {
    const result = matchInStages(['ab', 'ac'], ['ac', 'ad', 'ae'], stages);
    expect(result.pairs).toEqual([
      { gold: 'ac', draft: 'ac', by: 'same' },
      { gold: 'ab', draft: 'ad', by: 'initial' },
    ]);
    expect(result.spurious).toEqual(['ae']);
    expect(result.missed).toEqual([]);
  });

  it('finds a maximum matching within a stage, whatever the order of the items', () => {
    const accepts = (g: string, d: string) => (g === 'x' ? ['1', '2'].includes(d) : d === '1');
    const result = matchInStages(['x', 'y'], ['1', '2'], [{ name: 'any', accepts }]);
    expect(result.pairs.map((p) => `${p.gold}${p.draft}`).sort()).toEqual(['x2', 'y1']);
  });
});
