import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/draft/claims.js';
import { findEvents } from '../../src/draft/events.js';
import { findMeetings } from '../../src/draft/meetings.js';
import { findMentions } from '../../src/draft/mentions.js';
import { findQuantities } from '../../src/draft/quantities.js';
import { indexKnown } from '../../src/draft/resolve.js';
import { splitSentences } from '../../src/draft/sentences.js';
import { findTimes } from '../../src/draft/times.js';

function layers(text: string, published = '2023-05-10') {
  const sentences = splitSentences(text);
  const mentions = findMentions(text, sentences, indexKnown([]));
  const times = findTimes(text, sentences, { start: published, end: published });
  return { sentences, mentions, times };
}

const meetingsOf = (text: string) => {
  const { sentences, mentions, times } = layers(text);
  return findMeetings(text, sentences, mentions, times).map((m) => ({
    mode: m.mode, status: m.status, participants: m.participants.map((p) => `${p.entity} ${p.role}`), place: m.place?.entity ?? null,
    time: m.time ? [m.time.startDay, m.time.endDay, m.time.precision] : null,
  }));
};
const claimsOf = (text: string) => {
  const { sentences, mentions, times } = layers(text);
  return findClaims(text, sentences, mentions, times).map((c) => [c.speaker, c.kind, c.mode, text.slice(c.content.start, c.content.end)]);
};

describe('the meetings stage', () => {
  it('drafts a held visit: the visitor, the host country from the capital, the place and the day', () => {
    expect(meetingsOf('Kenya’s president, Amina Odhiambo, visited Tokyo on Monday.')).toEqual([
      { mode: 'VISIT', status: 'OCCURRED', participants: ['person:amina-odhiambo VISITOR', 'country:jpn HOST', 'country:ken VISITOR'], place: 'place:tokyo', time: ['2023-05-08', '2023-05-08', 'DAY'] },
    ]);
  });

  it('drafts planned talks in one side’s capital with that side as host, and a proposed call', () => {
    expect(meetingsOf('Peru’s foreign minister, Rosa Quispe, will hold talks with Chile’s foreign minister, Tomás Vidal, in Santiago next week.')).toEqual([
      { mode: 'TALKS', status: 'PLANNED', participants: ['person:rosa-quispe VISITOR', 'person:tomas-vidal HOST', 'country:per VISITOR', 'country:chl HOST'], place: 'place:santiago', time: ['2023-05-15', '2023-05-21', 'WEEK'] },
    ]);
    expect(meetingsOf('Ghana offered a phone call with Togo.')[0]).toMatchObject({ mode: 'CALL', status: 'PROPOSED' });
  });

  it('marks a meeting one side announced and the other did not confirm', () => {
    expect(meetingsOf('Greta Holm will meet Ivan Petrov in Oslo next month, the Norwegian embassy announced. Moscow did not confirm the meeting.')[0]).toMatchObject({
      status: 'ANNOUNCED_UNCONFIRMED', participants: ['person:greta-holm PARTICIPANT', 'person:ivan-petrov PARTICIPANT'],
    });
  });
});

describe('the claims stage', () => {
  it('attributes reported speech, inverted verbs, pronouns and direct quotes to their speakers', () => {
    const text = 'Lena Braun, the German finance minister, warned that Hungary would lose funds. "We will not yield," she said. Hungary denied the charge, says the Polish government.';
    expect(claimsOf(text)).toEqual([
      ['person:lena-braun', 'WARNING', 'REPORTED', 'Hungary would lose funds.'],
      ['person:lena-braun', 'STATEMENT', 'DIRECT_QUOTE', 'We will not yield,'],
      ['country:hun', 'DENIAL', 'REPORTED', 'the charge'],
      ['org:polish-government', 'STATEMENT', 'REPORTED', 'Hungary denied the charge'],
    ]);
  });

  it('gives coordinated verbs one speaker and reads accusations with their target', () => {
    const text = 'Turkish officials accused Greece of provocation and said talks were over.';
    expect(claimsOf(text)).toEqual([
      ['group:turkish-officials', 'ACCUSATION', 'REPORTED', 'Greece of provocation'],
      ['group:turkish-officials', 'STATEMENT', 'REPORTED', 'talks were over.'],
    ]);
  });
});

describe('the events and quantities stages', () => {
  it('codes sanctions threatened on a condition as hypothetical, and delivered weapons as military aid', () => {
    const text = 'Canada sent 300 drones to Ukraine. Canada warned of sanctions against Belarus if it joined the war.';
    const { sentences, mentions, times } = layers(text);
    expect(findEvents(text, sentences, mentions, times).map((e) => [e.eventKind, e.status, e.cameo, e.participants.map((p) => `${p.entity} ${p.role}`)])).toEqual([
      ['AID', 'OCCURRED', '072', ['country:can SOURCE', 'country:ukr BENEFICIARY']],
      ['SANCTIONS', 'HYPOTHETICAL', '1312', ['country:can SOURCE', 'country:blr TARGET']],
    ]);
  });

  it('reads money, durations and counts with their units, and leaves time expressions to the times stage', () => {
    const text = 'The fund gives €2.5bn and $300,000 over a four-day summit; about 1,200 troops and 40 tanks stay for 18 months, from two weeks ago.';
    const { sentences, times } = layers(text);
    expect(findQuantities(text, sentences, times).map((q) => [q.text, q.value, q.unit, q.quantityKind, q.currency ?? null])).toEqual([
      ['€2.5bn', 2_500_000_000, 'EUR', 'MONEY', 'EUR'],
      ['$300,000', 300_000, 'USD', 'MONEY', 'USD'],
      ['four-day', 4, 'day', 'DURATION', null],
      ['about 1,200 troops', 1200, 'troop', 'COUNT', null],
      ['40 tanks', 40, 'tank', 'COUNT', null],
      ['18 months', 18, 'month', 'DURATION', null],
    ]);
  });
});
