/**
 * Meeting phrasings one at a time, in sentences written for the test: planned visits, hosting,
 * invitations, talks expected, cancelled trips, "the two", titled people and their countries.
 */
import { describe, expect, it } from 'vitest';
import { draftSource } from '../../src/draft/index.js';

type Row = Record<string, any>;
const meetings = (text: string, published = '2024-03-05') =>
  ((draftSource({ text, published: { start: published } }, []).annotation.meetings ?? []) as Row[]).map((m) => ({
    mode: m['mode'], status: m['status'],
    participants: Object.fromEntries((m['participants'] as Row[]).map((p) => [p['actor'], p['role']])),
    place: (m['links'] as Row[]).find((l) => l['type'] === 'TAKES_PLACE_IN')?.['to'],
    time: [m['time']['start'] ?? null, m['time']['end'] ?? null, m['time']['precision']],
  }));

describe('meetings on unseen phrasings', () => {
  // 2024-03-05 is a Tuesday.
  it('"is due to visit" is a planned visit to the capital’s country, on the stated day', () => {
    expect(meetings('Italian Foreign Minister Antonio Tajani is due to visit Ankara on March 14, his ministry said.')).toEqual([
      { mode: 'VISIT', status: 'PLANNED', participants: { 'person:antonio-tajani': 'VISITOR', 'country:tur': 'HOST', 'country:ita': 'VISITOR' }, place: 'place:ankara', time: ['2024-03-14', '2024-03-14', 'DAY'] },
    ]);
  });

  it('"plans to host" makes the subject the host and the guest the visitor', () => {
    expect(meetings('Spanish Prime Minister Pedro Sanchez plans to host Kenyan President William Ruto in Madrid later this month.')).toEqual([
      {
        mode: 'VISIT', status: 'PLANNED',
        participants: { 'person:pedro-sanchez': 'HOST', 'person:william-ruto': 'VISITOR', 'country:esp': 'HOST', 'country:ken': 'VISITOR' },
        place: 'place:madrid', time: ['2024-03-05', '2024-03-31', 'UNKNOWN'],
      },
    ]);
  });

  it('"invited X to <capital>" is a proposed visit', () => {
    const [m] = meetings('Canadian Prime Minister Justin Trudeau invited Ghanaian President Nana Akufo-Addo to Ottawa, his office said on Monday.');
    expect(m).toMatchObject({ mode: 'VISIT', status: 'PROPOSED', participants: { 'person:justin-trudeau': 'HOST', 'country:can': 'HOST', 'person:nana-akufo-addo': 'VISITOR', 'country:gha': 'VISITOR' }, place: 'place:ottawa' });
  });

  it('"are expected to hold talks" with "the two" resolved to the people named before', () => {
    const text = 'Brazilian President Luiz Lula met Argentine President Javier Milei in Brasilia on Monday. The two are expected to hold talks again in Buenos Aires next year.';
    expect(meetings(text)).toEqual([
      {
        mode: 'TALKS', status: 'OCCURRED',
        participants: { 'person:luiz-lula': 'HOST', 'person:javier-milei': 'VISITOR', 'country:bra': 'HOST', 'country:arg': 'VISITOR' },
        place: 'place:brasilia', time: ['2024-03-04', '2024-03-04', 'DAY'],
      },
      {
        mode: 'TALKS', status: 'PLANNED',
        participants: { 'person:luiz-lula': 'VISITOR', 'person:javier-milei': 'HOST', 'country:bra': 'VISITOR', 'country:arg': 'HOST' },
        place: 'place:buenos-aires', time: ['2025-01-01', '2025-12-31', 'YEAR'],
      },
    ]);
  });

  it('a cancelled trip is no meeting; a call gives both titled people and their countries', () => {
    expect(meetings('Dutch Prime Minister Mark Rutte cancelled a planned trip to Kyiv on Friday.')).toEqual([]);
    expect(meetings('Chancellor Olaf Scholz spoke by phone with Russian President Vladimir Putin last week, the German government said.')).toEqual([
      { mode: 'CALL', status: 'OCCURRED', participants: { 'person:olaf-scholz': 'PARTICIPANT', 'person:vladimir-putin': 'PARTICIPANT', 'country:rus': 'PARTICIPANT' }, place: undefined, time: ['2024-02-26', '2024-03-03', 'WEEK'] },
    ]);
  });
});
