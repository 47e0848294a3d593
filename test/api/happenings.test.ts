import { describe, expect, it } from 'vitest';
import { type Page, gql, gqlData, ids } from '../support/graphql.js';

describe('meetingsBetween', () => {
  it('finds the Truss–Lavrov talks between the UK and Russia through their people, held as the readout of them reports', async () => {
    const data = await gqlData<{ meetingsBetween: Page<{ id: string; status: string; time: unknown; place: { name: string } }> }>(
      `{ meetingsBetween(a: "country:gbr", b: "country:rus") {
           totalCount nodes { id status time { text start end precision } place { name } } } }`,
    );
    expect(ids(data.meetingsBetween)).toEqual([
      'meeting:johnson-moscow-visit-2017',
      'meeting:may-putin-g20-2019',
      'meeting:truss-lavrov-moscow-talks',
    ]);
    // The readout of the talks (published 11 Feb 2022) reports them held, so the current view is
    // OCCURRED on 10 February; the article's account (announced, unconfirmed) stays in history.
    expect(data.meetingsBetween.nodes.at(-1)).toEqual({
      id: 'meeting:truss-lavrov-moscow-talks',
      status: 'OCCURRED',
      time: { text: 'Thursday 10 February 2022', start: '2022-02-10', end: '2022-02-10', precision: 'DAY' },
      place: { name: 'Moscow' },
    });
  });

  it('pairs two people, and a person with a country', async () => {
    const data = await gqlData<Record<string, Page<{ id: string }>>>(
      `{ people: meetingsBetween(a: "person:liz-truss", b: "person:sergei-lavrov") { totalCount nodes { id } }
         mixed: meetingsBetween(a: "person:liz-truss", b: "country:ukr") { totalCount nodes { id } }
         none: meetingsBetween(a: "person:theresa-may", b: "person:sergei-lavrov") { totalCount nodes { id } } }`,
    );
    expect(ids(data['people']!)).toEqual(['meeting:truss-lavrov-moscow-talks']);
    expect(ids(data['mixed']!)).toEqual(['meeting:truss-kyiv-visit']);
    expect(data['none']).toEqual({ totalCount: 0, nodes: [] });
  });

  it('filters by status and time range', async () => {
    const data = await gqlData<Record<string, Page<{ id: string }>>>(
      `{ held: meetingsBetween(a: "country:gbr", b: "country:rus", filter: { status: [OCCURRED] }) { totalCount nodes { id } }
         recent: meetingsBetween(a: "country:gbr", b: "country:rus", filter: { time: { from: "2020-01-01" } }) { totalCount nodes { id } } }`,
    );
    // Held, by the readout of the talks.
    expect(ids(data['held']!)).toEqual(['meeting:johnson-moscow-visit-2017', 'meeting:may-putin-g20-2019', 'meeting:truss-lavrov-moscow-talks']);
    expect(ids(data['recent']!)).toEqual(['meeting:truss-lavrov-moscow-talks']);
  });

  it('refuses the same actor on both sides with BAD_USER_INPUT', async () => {
    const response = await gql('{ meetingsBetween(a: "country:gbr", b: "country:gbr") { totalCount } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe('a and b must be two different actors; got "country:gbr" for both');
  });
});

describe('meetings', () => {
  it('lists every meeting with a Russian participant, oldest first, and newest first with DESC', async () => {
    const data = await gqlData<Record<string, Page<{ id: string }>>>(
      `{ asc: meetings(filter: { participant: "country:rus" }) { totalCount nodes { id } }
         desc: meetings(filter: { participant: "country:rus" }, order: DESC) { totalCount nodes { id } } }`,
    );
    const oldestFirst = ['meeting:johnson-moscow-visit-2017', 'meeting:may-putin-g20-2019', 'meeting:truss-lavrov-moscow-talks'];
    expect(ids(data['asc']!)).toEqual(oldestFirst);
    expect(ids(data['desc']!)).toEqual([...oldestFirst].reverse());
  });

  it('filters by place, and by a time range that overlaps the meeting interval', async () => {
    const data = await gqlData<Record<string, Page<{ id: string }>>>(
      `{ moscow: meetings(filter: { place: "place:moscow" }) { totalCount nodes { id } }
         firstOfFebruary: meetings(filter: { time: { from: "2022-02-01", to: "2022-02-01", match: OVERLAPS } }) { totalCount nodes { id } }
         withinFirstOfFebruary: meetings(filter: { time: { from: "2022-02-01", to: "2022-02-01" } }) { totalCount nodes { id } }
         plannedOrAnnounced: meetings(filter: { status: [PLANNED, ANNOUNCED_UNCONFIRMED] }) { totalCount nodes { id } } }`,
    );
    expect(ids(data['moscow']!)).toEqual(['meeting:johnson-moscow-visit-2017', 'meeting:truss-lavrov-moscow-talks']);
    // The talks were announced for "within next two weeks" (24 Jan–13 Feb); the readout dates them
    // to 10 February and reports them held, so 1 February and the announced status no longer match.
    expect(ids(data['firstOfFebruary']!)).toEqual(['meeting:truss-kyiv-visit']);
    // A window now asks for meetings lying wholly in it unless it says OVERLAPS: the Kyiv visit,
    // planned for 31 January–6 February, does not lie within one day.
    expect(ids(data['withinFirstOfFebruary']!)).toEqual([]);
    expect(ids(data['plannedOrAnnounced']!)).toEqual(['meeting:truss-kyiv-visit']);
  });

  it('answers meeting(id) with who announced, requested and did not confirm it', async () => {
    const data = await gqlData<{ meeting: unknown; unknown: unknown; wrongType: unknown }>(
      `{ meeting(id: "meeting:truss-lavrov-moscow-talks") {
           title announcedBy { id } notConfirmedBy { id }
           requestedBy { actor { id } claim { id speakers { id } } }
           participants { role actor { id } } }
         unknown: meeting(id: "meeting:nope") { id }
         wrongType: meeting(id: "person:liz-truss") { id } }`,
    );
    expect(data.meeting).toEqual({
      title: 'Truss–Lavrov talks in Moscow',
      announcedBy: [{ id: 'org:russian-embassy-london' }],
      notConfirmedBy: [{ id: 'org:foreign-office' }],
      requestedBy: [
        {
          actor: { id: 'country:gbr' },
          claim: { id: 'claim:russia-says-uk-requested-talks', speakers: [{ id: 'country:rus' }, { id: 'org:russian-embassy-london' }] },
        },
      ],
      participants: expect.arrayContaining([
        { role: 'VISITOR', actor: { id: 'person:liz-truss' } },
        { role: 'VISITOR', actor: { id: 'country:gbr' } },
        { role: 'HOST', actor: { id: 'person:sergei-lavrov' } },
        { role: 'HOST', actor: { id: 'country:rus' } },
      ]),
    });
    expect(data.unknown).toBeNull();
    expect(data.wrongType).toBeNull();
  });
});

describe('claims', () => {
  it("lists Liz Truss's accusations and warnings, with their targets and the article's words", async () => {
    const data = await gqlData<{ claims: Page<{ id: string; kind: string; about: unknown[]; evidence: { exact: string }[] }> }>(
      `{ claims(filter: { speaker: "person:liz-truss", kinds: [ACCUSATION, ALLEGATION, WARNING] }) {
           totalCount nodes { id kind about { role node { id } } evidence { exact } } } }`,
    );
    // The readout adds her accusation at the press conference (10 Feb 2022): the troops are there to threaten Ukraine.
    // Her two warnings have no known start (only that they were made by the article's week), so
    // they sort last, after everything with a start, rather than by that end.
    expect(ids(data.claims)).toEqual([
      'claim:truss-accuses-russia-of-plot',
      'claim:truss-to-warn-sanctions-will-hit-putins-allies',
      'claim:readout-truss-troops-only-to-threaten-ukraine',
      'claim:truss-warns-of-severe-consequences',
      'claim:truss-warns-of-strategic-mistake',
    ]);
    const plot = data.claims.nodes[0]!;
    expect(plot.kind).toBe('ACCUSATION');
    expect(plot.about).toContainEqual({ role: 'TARGET', node: { id: 'country:rus' } });
    expect(plot.about).toContainEqual({ role: 'SUBJECT', node: { id: 'event:plot-to-topple-ukrainian-president' } });
    expect(plot.evidence.map((e) => e.exact)).toContain('plot to topple the Ukrainian president');
  });

  it('matches a country as speaker and as target through its people and organisations', async () => {
    const data = await gqlData<{ claims: Page<{ id: string }> }>(
      '{ claims(filter: { speaker: "country:rus", target: "country:gbr" }) { totalCount nodes { id } } }',
    );
    // "Reads too many spy novels" is about Truss, the UK's foreign secretary; the embassy speaks for Russia.
    // The readout adds what Lavrov, Russia's foreign minister, said of the British side at the talks.
    expect(ids(data.claims).sort()).toEqual([
      'claim:embassy-announces-truss-lavrov-talks',
      'claim:readout-alleged-lavrov-asks-about-rostov-voronezh',
      'claim:readout-lavrov-british-delegation-unprepared',
      'claim:readout-lavrov-relations-at-lowest-point',
      'claim:readout-lavrov-talks-like-mute-and-deaf',
      'claim:russia-believes-uk-in-decline',
      'claim:russia-says-truss-reads-too-many-spy-novels',
      'claim:russia-says-uk-requested-talks',
    ]);
  });

  it('filters by mode and status', async () => {
    const data = await gqlData<Record<string, Page<{ id: string }>>>(
      `{ planned: claims(filter: { status: [PLANNED] }) { totalCount nodes { id } }
         quoted: claims(filter: { modes: [DIRECT_QUOTE] }) { totalCount nodes { id } } }`,
    );
    expect(ids(data['planned']!)).toEqual(['claim:truss-to-warn-sanctions-will-hit-putins-allies']);
    // The readout quotes Lavrov and Truss at the press conference.
    expect(ids(data['quoted']!)).toEqual([
      'claim:chatham-house-city-of-london-gives-uk-leverage',
      'claim:readout-lavrov-talks-like-mute-and-deaf',
      'claim:readout-truss-troops-only-to-threaten-ukraine',
    ]);
  });
});

describe('events and aid', () => {
  it('lists the aid and loans the UK gave, with amounts, units and money', async () => {
    const data = await gqlData<{ events: Page<{ id: string; quantities: unknown[] }> }>(
      `{ events(filter: { kinds: [AID, LOAN], participant: "country:gbr", roles: [SOURCE] }) {
           totalCount nodes { id quantities { kind value unit role text money { amount currency } } } } }`,
    );
    expect(data.events.nodes).toEqual([
      {
        id: 'event:uk-anti-tank-weapons-to-ukraine',
        quantities: [{ kind: 'COUNT', value: 2000, unit: 'anti-tank weapon', role: 'AMOUNT', text: '2,000 anti-tank weapons', money: null }],
      },
      {
        id: 'event:uk-navy-loans-to-ukraine',
        quantities: [
          { kind: 'MONEY', value: 1_800_000_000, unit: 'GBP', role: 'AMOUNT', text: '£1.8bn', money: { amount: 1_800_000_000, currency: 'GBP' } },
        ],
      },
    ]);
  });

  it("answers a country's aid given and received", async () => {
    const data = await gqlData<Record<string, { aidGiven: { id: string }[]; aidReceived: { id: string }[] }>>(
      `{ gbr: country(code: "GBR") { aidGiven { id } aidReceived { id } }
         ukr: country(code: "UKR") { aidGiven { id } aidReceived { id } } }`,
    );
    const aid = [{ id: 'event:uk-anti-tank-weapons-to-ukraine' }, { id: 'event:uk-navy-loans-to-ukraine' }];
    expect(data['gbr']).toEqual({ aidGiven: aid, aidReceived: [] });
    expect(data['ukr']).toEqual({ aidGiven: [], aidReceived: aid });
  });

  it('never matches an event with no known time to a time range', async () => {
    const data = await gqlData<Record<string, Page<{ id: string }>>>(
      `{ all: events(filter: { kinds: [SANCTIONS] }) { totalCount nodes { id } }
         ranged: events(filter: { kinds: [SANCTIONS], time: { from: "1900-01-01" } }) { totalCount nodes { id } } }`,
    );
    expect(ids(data['all']!)).toEqual(['event:sanctions-on-russia-if-invasion']);
    expect(data['ranged']).toEqual({ totalCount: 0, nodes: [] });
  });
});
