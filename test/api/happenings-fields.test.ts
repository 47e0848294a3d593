import { describe, expect, it } from 'vitest';
import { type Page, gqlData, ids } from '../support/graphql.js';

describe('happening fields of actors', () => {
  it("answers Liz Truss's meetings and claims made, including the accusation of a plot", async () => {
    const data = await gqlData<{ actor: Record<string, Page<{ id: string }>> }>(
      `{ actor(id: "person:liz-truss") {
           meetings { totalCount nodes { id } }
           claimsMade { totalCount nodes { id } }
           claimsAbout(kinds: [ACCUSATION]) { totalCount nodes { id } } } }`,
    );
    // The readout of the talks dates them to 10 February 2022, after the Kyiv visit's week (31 Jan–6 Feb).
    expect(ids(data.actor['meetings']!)).toEqual(['meeting:truss-kyiv-visit', 'meeting:truss-lavrov-moscow-talks']);
    expect(ids(data.actor['claimsMade']!)).toContain('claim:truss-accuses-russia-of-plot');
    expect(ids(data.actor['claimsAbout']!)).toEqual(['claim:russia-says-truss-reads-too-many-spy-novels']);
  });

  it("counts a country's people in its meetings, but only the state itself in its claims made", async () => {
    const data = await gqlData<{ country: Record<string, Page<{ id: string }>> }>(
      `{ country(code: "GBR") {
           meetings { totalCount nodes { id } }
           claimsMade { totalCount nodes { id } } } }`,
    );
    // The readout adds Johnson's visits to Brussels and Warsaw on the day of the talks (10 Feb 2022).
    expect(ids(data.country['meetings']!)).toEqual([
      'meeting:johnson-moscow-visit-2017',
      'meeting:may-putin-g20-2019',
      'meeting:truss-kyiv-visit',
      'meeting:johnson-nato-brussels-visit',
      'meeting:johnson-warsaw-visit',
      'meeting:truss-lavrov-moscow-talks',
    ]);
    expect(ids(data.country['claimsMade']!)).toEqual(['claim:uk-advocates-tough-measures-against-russia']);
  });

  it('filters an actor’s events by role and kind', async () => {
    const data = await gqlData<{ actor: Record<string, Page<{ id: string }>> }>(
      `{ actor(id: "country:rus") {
           perpetrated: events(roles: [PERPETRATOR]) { totalCount nodes { id } }
           invasions: events(kinds: [INVASION]) { totalCount nodes { id } } } }`,
    );
    expect(ids(data.actor['perpetrated']!)).toEqual([
      'event:double-agent-poisoning',
      'event:plot-to-topple-ukrainian-president',
      'event:russian-invasion-of-ukraine',
    ]);
    expect(ids(data.actor['invasions']!)).toEqual(['event:russian-invasion-of-ukraine']);
  });
});

describe('happening fields of places', () => {
  it('answers the meetings held in Moscow, the events in Crimea and the claims about it', async () => {
    const data = await gqlData<Record<string, Record<string, Page<{ id: string }>>>>(
      `{ moscow: place(id: "place:moscow") { meetings { totalCount nodes { id } } }
         crimea: place(id: "place:crimea") { events { totalCount nodes { id } } claimsAbout { totalCount nodes { id } } } }`,
    );
    expect(ids(data['moscow']!['meetings']!)).toEqual(['meeting:johnson-moscow-visit-2017', 'meeting:truss-lavrov-moscow-talks']);
    expect(ids(data['crimea']!['events']!)).toEqual(['event:hms-defender-crimea-passage']);
    expect(ids(data['crimea']!['claimsAbout']!)).toEqual(['claim:uk-government-crimea-is-ukrainian']);
  });
});

describe('fields of events and claims', () => {
  it('links causes, consequences and conditions both ways', async () => {
    const data = await gqlData<Record<string, unknown>>(
      `{ poisoning: event(id: "event:double-agent-poisoning") { consequences { id } causes { id } }
         collapse: event(id: "event:uk-russia-diplomatic-collapse") { causes { id } }
         sanctions: event(id: "event:sanctions-on-russia-if-invasion") { kind status conditionalOn { id } cameo { code } }
         invasion: event(id: "event:russian-invasion-of-ukraine") { conditionFor { id } place { id } } }`,
    );
    expect(data).toEqual({
      poisoning: { consequences: [{ id: 'event:uk-russia-diplomatic-collapse' }], causes: [] },
      collapse: { causes: [{ id: 'event:double-agent-poisoning' }] },
      sanctions: { kind: 'SANCTIONS', status: 'HYPOTHETICAL', conditionalOn: [{ id: 'event:russian-invasion-of-ukraine' }], cameo: { code: '163' } },
      // The invasion would take place in Ukraine, a country rather than a Place.
      invasion: { conditionFor: [{ id: 'event:sanctions-on-russia-if-invasion' }], place: null },
    });
  });

  it('answers a claim’s speakers, reporter, responses and echoes', async () => {
    const data = await gqlData<Record<string, unknown>>(
      `{ spy: claim(id: "claim:russia-says-truss-reads-too-many-spy-novels") { kind mode speakers { id } reportedIn { id } respondsTo { id } }
         plot: claim(id: "claim:truss-accuses-russia-of-plot") { responses { id } }
         chatham: claim(id: "claim:chatham-house-uk-not-done-enough-on-oligarchs") { echoes { id } }
         state: claim(id: "claim:us-state-department-uk-not-done-enough-on-oligarchs") { echoedBy { id } } }`,
    );
    expect(data).toEqual({
      spy: {
        kind: 'ACCUSATION',
        mode: 'REPORTED',
        speakers: [{ id: 'country:rus' }],
        reportedIn: [{ id: 'src:article' }],
        respondsTo: [{ id: 'claim:truss-accuses-russia-of-plot' }],
      },
      plot: { responses: [{ id: 'claim:russia-says-truss-reads-too-many-spy-novels' }] },
      chatham: { echoes: [{ id: 'claim:us-state-department-uk-not-done-enough-on-oligarchs' }] },
      state: { echoedBy: [{ id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs' }] },
    });
  });

  it('gives a CAMEO code its label, Goldstein value and quad class', async () => {
    const data = await gqlData<{ meeting: { cameo: unknown }; claim: { cameo: unknown } }>(
      `{ meeting(id: "meeting:truss-lavrov-moscow-talks") { cameo { code label goldstein quadClass } }
         claim(id: "claim:truss-accuses-russia-of-plot") { cameo { code } } }`,
    );
    // Held, as the readout of the talks reports, the talks are a visit (042); the article's 036
    // (intent to meet) stays in its own account.
    expect(data.meeting.cameo).toEqual({ code: '042', label: 'make a visit', goldstein: 1.9, quadClass: 'VERBAL_COOPERATION' });
    expect(data.claim.cameo).toEqual({ code: '112' });
  });

  it('gives a participation its sources and the words that say so', async () => {
    const data = await gqlData<{
      meeting: {
        participants: { actor: { id: string }; source: { id: string }; sources: { totalCount: number; nodes: { id: string }[] }; evidence: { exact: string }[] }[];
      };
    }>('{ meeting(id: "meeting:truss-lavrov-moscow-talks") { participants { actor { id } source { id } sources { totalCount nodes { id } } evidence { exact } } } }');
    const lavrov = data.meeting.participants.find((p) => p.actor.id === 'person:sergei-lavrov');
    // The article and the readout both say Lavrov takes part; the readout is the latest of them.
    expect(lavrov?.source).toEqual({ id: 'src:moscow-talks-readout' });
    expect(lavrov?.sources).toEqual({ totalCount: 2, nodes: [{ id: 'src:article' }, { id: 'src:moscow-talks-readout' }] });
    expect(lavrov?.evidence.map((e) => e.exact)).toEqual(
      expect.arrayContaining(['counterpart, Sergei Lavrov', "held talks with Sergey Lavrov, Russia's foreign minister"]),
    );
    const delegation = data.meeting.participants.find((p) => p.actor.id === 'group:british-delegation');
    expect(delegation?.sources).toEqual({ totalCount: 1, nodes: [{ id: 'src:moscow-talks-readout' }] });
  });
});
