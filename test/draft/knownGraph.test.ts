/**
 * What the drafter takes from the graph it is given (test/draft/dev/talks-after-announcement.txt,
 * written for this test): a person's country the text does not give, and a meeting the graph
 * already holds, whose id a new mention of it reuses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftSource, type KnownNode } from '../../src/draft/index.js';
import { compatibleTime } from '../../src/draft/knownMeetings.js';

type Row = Record<string, any>;
const text = readFileSync(path.join(import.meta.dirname, 'dev', 'talks-after-announcement.txt'), 'utf8');

const known: KnownNode[] = [
  { id: 'person:penny-wong', kind: 'Person', name: 'Penny Wong', aliases: [], country: 'country:aus' },
  { id: 'person:wang-yi', kind: 'Person', name: 'Wang Yi', aliases: [], country: 'country:chn' },
  { id: 'country:aus', kind: 'Country', name: 'Australia', aliases: [], iso3: 'AUS' },
  { id: 'country:chn', kind: 'Country', name: 'China', aliases: [], iso3: 'CHN' },
  {
    id: 'meeting:wong-wang-beijing-talks', kind: 'Meeting', name: 'Wong and Wang talks in Beijing', aliases: [],
    meeting: {
      status: 'ANNOUNCED_UNCONFIRMED', start: '2024-03-18', end: '2024-03-31', precision: 'UNKNOWN',
      participants: [
        { actor: 'person:penny-wong', role: 'VISITOR' }, { actor: 'country:aus', role: 'VISITOR' },
        { actor: 'person:wang-yi', role: 'HOST' }, { actor: 'country:chn', role: 'HOST' },
      ],
    },
  },
  {
    // The same two people a year before: not this meeting.
    id: 'meeting:wong-wang-2023', kind: 'Meeting', name: 'Wong and Wang talks in 2023', aliases: [],
    meeting: { status: 'OCCURRED', start: '2023-07-13', end: '2023-07-13', precision: 'DAY', participants: [{ actor: 'person:penny-wong', role: 'PARTICIPANT' }, { actor: 'person:wang-yi', role: 'PARTICIPANT' }] },
  },
];

const draft = (nodes: KnownNode[]) => (draftSource({ text, published: { start: '2024-04-03' }, file: 'talks-after-announcement.txt' }, nodes).annotation.meetings ?? []) as Row[];
const roles = (m: Row) => Object.fromEntries((m['participants'] as Row[]).map((p) => [p['actor'], p['role']]));

describe('the known graph in the drafter', () => {
  it("adds a person's country from the graph when the text does not give it, saying so", () => {
    const talks = draft(known).find((m) => 'person:wang-yi' in roles(m))!;
    expect(roles(talks)).toEqual({ 'person:penny-wong': 'VISITOR', 'country:aus': 'VISITOR', 'person:wang-yi': 'HOST', 'country:chn': 'HOST' });
    expect(talks['review']['reason']).toMatch(/country:aus .*from the graph/);
    const manila = draft(known).find((m) => 'person:enrique-manalo' in roles(m))!;
    expect(roles(manila)).toEqual({ 'person:penny-wong': 'VISITOR', 'country:aus': 'VISITOR', 'person:enrique-manalo': 'HOST', 'country:phl': 'HOST' });
  });

  it('reuses the id of the announced meeting the talks are, naming it in the review', () => {
    const talks = draft(known).find((m) => 'person:wang-yi' in roles(m))!;
    expect(talks['id']).toBe('meeting:wong-wang-beijing-talks');
    expect(talks['status']).toBe('OCCURRED');
    expect(talks['time']).toMatchObject({ start: '2024-04-02', end: '2024-04-02', precision: 'DAY' });
    expect(talks['review']['reason']).toMatch(/meeting:wong-wang-beijing-talks/);
    // The trip to Manila is no meeting the graph holds.
    expect(draft(known).find((m) => 'person:enrique-manalo' in roles(m))!['id']).not.toMatch(/^meeting:wong-wang/);
  });

  it('without the graph, mints its own ids and adds no country the text does not give', () => {
    const talks = draft([]).find((m) => 'person:wang-yi' in roles(m))!;
    expect(talks['id']).not.toBe('meeting:wong-wang-beijing-talks');
    expect(Object.keys(roles(talks))).not.toContain('country:aus');
  });

  it('matches times: overlapping, or within or a few weeks after an announced window', () => {
    const announced = { status: 'PLANNED', start: '2024-03-18', end: '2024-03-31', participants: [] };
    expect(compatibleTime({ start: '2024-03-20', end: '2024-03-20' }, announced)).toBe(true);
    expect(compatibleTime({ start: '2024-04-20', end: '2024-04-20' }, announced)).toBe(true);
    expect(compatibleTime({ start: '2024-06-20', end: '2024-06-20' }, announced)).toBe(false);
    expect(compatibleTime({ start: '2024-03-01', end: '2024-03-01' }, announced)).toBe(false);
    const held = { status: 'OCCURRED', start: '2023-07-13', end: '2023-07-13', participants: [] };
    expect(compatibleTime({ start: '2023-07-01', end: '2023-07-31' }, held)).toBe(true);
    expect(compatibleTime({ start: '2023-08-01', end: '2023-08-01' }, held)).toBe(false);
    expect(compatibleTime({ start: '2024-05-01', end: '2024-05-01' }, { status: 'PROPOSED', start: '2024-04-01', participants: [] })).toBe(true);
  });
});
