/**
 * Places and participants that two sources give differently, found by the loader's pure
 * comparison (src/ingest/betweenSources.ts) from constructed accounts: saying more is not
 * disagreeing (Moscow against Russia, a participant only the later source names), a disjoint
 * place or a role conflict is (Moscow against St Petersburg, the same actor visitor and host,
 * host Russia and Lavrov against host Belarus), and a plan that changes before the meeting
 * happens is an update. Issue 21, point 4.
 */
import { describe, expect, it } from 'vitest';
import {
  detectedRows,
  discrepanciesBetweenSources,
  type ParticipantAccount,
  type PlaceAccount,
  type StatusAccount,
  type SubjectAccounts,
} from '../../src/ingest/betweenSources.js';

const MEETING = 'meeting:talks';

interface Src {
  readonly id: string;
  readonly title: string;
  readonly publishedEnd: string;
}
const article: Src = { id: 'src:article', title: 'The article', publishedEnd: '2022-01-30' };
const readout: Src = { id: 'src:readout', title: 'The readout', publishedEnd: '2022-02-11' };
const dataset: Src = { id: 'src:dataset', title: 'A dataset', publishedEnd: '2022-02-12' };
const sources = [article, readout, dataset];
const byId = (id: string) => sources.find((source) => source.id === id)!;

/** Where things lie and whom they belong to, as betweenSources.cypher reads it (`within`). */
const within: Readonly<Record<string, readonly string[]>> = {
  'place:moscow': ['country:rus'],
  'place:st-petersburg': ['country:rus'],
  'place:kyiv': ['country:ukr'],
  'country:rus': [],
  'country:blr': [],
  'country:gbr': [],
  'person:sergei-lavrov': ['country:rus'],
  'person:liz-truss': ['country:gbr'],
  'person:boris-johnson': ['country:gbr'],
  'org:russian-foreign-ministry': ['country:rus'],
  'group:british-delegation': ['country:gbr'],
};
const nameOf = (id: string) => id.replace(/^[a-z]+:/, '').replace(/-/g, ' ');

/** One source's account of the meeting's status (its SUPPORTED_BY). */
const status = (source: Src, value: string, time = '2022-02-10'): StatusAccount => ({
  source: source.id,
  title: source.title,
  publishedEnd: source.publishedEnd,
  status: value,
  timeText: null,
  timeStart: time,
  timeEnd: time,
  assertion: JSON.stringify({ props: { status: value }, evidenceIds: [`ev:${source.id}:status`] }),
});

/** What one source states of a link: its role or wording, and its words. */
interface Said {
  readonly role?: string;
  readonly wording?: string;
  readonly evidenceIds?: readonly string[];
}

/**
 * The rows of one relationship, once per source stating it, all carrying the same bySource JSON
 * (as the loader keeps it); `merged` is the relationship's own role, for a source missing from
 * bySource (an imported link), and `bySource: false` leaves the JSON out altogether.
 */
function linkRows(target: string, said: Record<string, Said>, options: { merged?: string; bySource?: boolean } = {}) {
  const json = Object.fromEntries(
    Object.entries(said).map(([source, s]) => [
      source,
      { props: { ...(s.role ? { role: s.role } : {}), ...(s.wording ? { wording: s.wording } : {}) }, evidenceIds: s.evidenceIds ?? [] },
    ]),
  );
  return Object.keys(said).map((source) => ({
    source,
    title: byId(source).title,
    publishedEnd: byId(source).publishedEnd,
    name: nameOf(target),
    within: within[target] ?? [],
    role: options.merged ?? null,
    bySource: options.bySource === false ? null : JSON.stringify(json),
  }));
}

const place = (target: string, said: Record<string, Said>, type = 'TAKES_PLACE_IN'): PlaceAccount[] =>
  linkRows(target, said).map((row) => ({ ...row, type, place: target, role: null }));

const participant = (target: string, said: Record<string, Said>, options: { merged?: string; bySource?: boolean } = {}): ParticipantAccount[] =>
  linkRows(target, said, options).map((row) => ({ ...row, type: 'PARTICIPATED_IN', actor: target }));

const subject = (parts: Partial<SubjectAccounts>): SubjectAccounts => ({
  subject: MEETING,
  title: 'The talks',
  accounts: [status(article, 'OCCURRED'), status(readout, 'OCCURRED')],
  figures: [],
  ...parts,
});

const ofAspect = (aspect: string, subjects: SubjectAccounts[]) => discrepanciesBetweenSources(subjects).filter((found) => found.props['aspect'] === aspect);

describe('places two sources give', () => {
  it('Moscow against Russia agrees (Moscow lies in Russia): nothing found', () => {
    const found = discrepanciesBetweenSources([
      subject({
        places: [
          ...place('place:moscow', { 'src:article': { wording: 'in Moscow', evidenceIds: ['ev:a:moscow'] } }),
          ...place('country:rus', { 'src:readout': { wording: 'in Russia', evidenceIds: ['ev:r:russia'] } }),
        ],
      }),
    ]);
    expect(found).toEqual([]);
  });

  it('Moscow against Moscow and Kyiv agrees (saying more is not disagreeing), and the same place in both is nothing', () => {
    const found = discrepanciesBetweenSources([
      subject({
        places: [
          ...place('place:moscow', { 'src:article': { evidenceIds: ['ev:a:moscow'] }, 'src:readout': { evidenceIds: ['ev:r:moscow'] } }),
          ...place('place:kyiv', { 'src:readout': { evidenceIds: ['ev:r:kyiv'] } }),
        ],
      }),
    ]);
    expect(found).toEqual([]);
  });

  it('Moscow against St Petersburg, both held: a DISAGREEMENT about the PLACE, citing each source’s words and concerning both places', () => {
    const found = discrepanciesBetweenSources([
      subject({
        places: [
          ...place('place:moscow', { 'src:article': { wording: 'in Moscow', evidenceIds: ['ev:a:moscow'] } }),
          ...place('place:st-petersburg', { 'src:readout': { wording: 'in St Petersburg', evidenceIds: ['ev:r:spb'] } }),
        ],
      }),
    ]);
    expect(found).toHaveLength(1);
    const [disc] = found;
    expect(disc).toMatchObject({
      id: 'disc:between-sources-place-meeting-talks',
      props: { id: 'disc:between-sources-place-meeting-talks', discrepancyKind: 'BETWEEN_SOURCES', detected: true, change: 'DISAGREEMENT', aspect: 'PLACE' },
      bySource: [
        { source: 'src:article', evidenceIds: ['ev:a:moscow'] },
        { source: 'src:readout', evidenceIds: ['ev:r:spb'] },
      ],
    });
    expect([...disc!.concerns].sort()).toEqual([MEETING, 'place:moscow', 'place:st-petersburg']);
    expect(disc!.props['description']).toContain('The article (published by 2022-01-30) has it in moscow (“in Moscow”)');
    expect(disc!.props['description']).toContain('The readout (published by 2022-02-11) in st petersburg (“in St Petersburg”)');
    expect(disc!.props['description']).toMatch(/The sources disagree\.$/);

    // What the loader writes: each source supporting it with its own words, and CONCERNS links carrying both.
    const [row] = detectedRows(found);
    expect(row).toMatchObject({ id: disc!.id, evidenceIds: ['ev:a:moscow', 'ev:r:spb'] });
    expect(row!.sources.map((s) => [s.id, JSON.parse(s.assertion).evidenceIds])).toEqual([
      ['src:article', ['ev:a:moscow']],
      ['src:readout', ['ev:r:spb']],
    ]);
    expect(row!.concernProps).toMatchObject({ sourceIds: ['src:article', 'src:readout'], sourceId: 'src:readout' });
  });

  it('places of different kinds are not compared: a city against the forum it is held at', () => {
    const found = discrepanciesBetweenSources([
      subject({
        places: [
          ...place('place:moscow', { 'src:article': { evidenceIds: ['ev:a:moscow'] } }),
          ...place('org:g20', { 'src:readout': { evidenceIds: ['ev:r:g20'] } }, 'HELD_AT'),
        ],
      }),
    ]);
    expect(found).toEqual([]);
  });

  it('a plan changing place (the earlier source has it planned in Moscow, the later held in St Petersburg) is an UPDATE', () => {
    const found = discrepanciesBetweenSources([
      subject({
        accounts: [status(article, 'PLANNED'), status(readout, 'OCCURRED')],
        places: [
          ...place('place:moscow', { 'src:article': { evidenceIds: ['ev:a:moscow'] } }),
          ...place('place:st-petersburg', { 'src:readout': { evidenceIds: ['ev:r:spb'] } }),
        ],
      }),
    ]);
    const placed = found.find((f) => f.props['aspect'] === 'PLACE');
    expect(placed).toMatchObject({ props: { change: 'UPDATE', detected: true, discrepancyKind: 'BETWEEN_SOURCES' } });
    expect(placed!.props['description']).toContain('An update over time');
    // The status moving on is its own finding, also an update.
    expect(found.find((f) => f.props['aspect'] === 'STATUS')).toMatchObject({ props: { change: 'UPDATE' } });
  });

  it('a place changing between two sources that both have it held stays a disagreement, even after an announcement in the same place', () => {
    const found = ofAspect('PLACE', [
      subject({
        accounts: [status(article, 'ANNOUNCED_UNCONFIRMED'), status(readout, 'OCCURRED'), status(dataset, 'OCCURRED')],
        places: [
          ...place('place:moscow', { 'src:article': { evidenceIds: ['ev:a:moscow'] }, 'src:readout': { evidenceIds: ['ev:r:moscow'] } }),
          ...place('place:st-petersburg', { 'src:dataset': { evidenceIds: ['ev:d:spb'] } }),
        ],
      }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.props['change']).toBe('DISAGREEMENT');
    expect(found[0]!.bySource.map((s) => s.source)).toEqual(['src:article', 'src:readout', 'src:dataset']);
  });
});

describe('participants two sources give', () => {
  const articleSide = {
    'src:article': { role: 'VISITOR', evidenceIds: ['ev:a:truss'] },
  };

  it('a later source naming another participant (the ministry beside the minister, the delegation) finds nothing', () => {
    const found = discrepanciesBetweenSources([
      subject({
        participants: [
          ...participant('person:liz-truss', { ...articleSide, 'src:readout': { role: 'VISITOR', evidenceIds: ['ev:r:truss'] } }),
          ...participant('person:sergei-lavrov', { 'src:article': { role: 'HOST', evidenceIds: ['ev:a:lavrov'] }, 'src:readout': { role: 'HOST', evidenceIds: ['ev:r:lavrov'] } }),
          ...participant('org:russian-foreign-ministry', { 'src:readout': { role: 'HOST', evidenceIds: ['ev:r:ministry'] } }),
          ...participant('group:british-delegation', { 'src:readout': { role: 'VISITOR', evidenceIds: ['ev:r:delegation'] } }),
        ],
      }),
    ]);
    expect(found).toEqual([]);
  });

  it('the host as Lavrov in one source and Russia in the other agrees (Lavrov is Russia’s)', () => {
    const found = discrepanciesBetweenSources([
      subject({
        participants: [
          ...participant('person:sergei-lavrov', { 'src:article': { role: 'HOST', evidenceIds: ['ev:a:lavrov'] } }),
          ...participant('country:rus', { 'src:readout': { role: 'HOST', evidenceIds: ['ev:r:rus'] } }),
        ],
      }),
    ]);
    expect(found).toEqual([]);
  });

  it('the same actor as VISITOR in one source and HOST in another: a DISAGREEMENT about the PARTICIPANTS, said once', () => {
    const found = discrepanciesBetweenSources([
      subject({
        participants: [
          ...participant('person:liz-truss', { ...articleSide, 'src:readout': { role: 'HOST', evidenceIds: ['ev:r:truss'] } }),
          ...participant('person:sergei-lavrov', { 'src:article': { role: 'HOST', evidenceIds: ['ev:a:lavrov'] } }),
        ],
      }),
    ]);
    expect(found).toHaveLength(1);
    const [disc] = found;
    expect(disc).toMatchObject({
      id: 'disc:between-sources-participants-meeting-talks',
      props: { discrepancyKind: 'BETWEEN_SOURCES', detected: true, change: 'DISAGREEMENT', aspect: 'PARTICIPANTS' },
      bySource: [
        { source: 'src:article', evidenceIds: ['ev:a:truss'] },
        { source: 'src:readout', evidenceIds: ['ev:r:truss'] },
      ],
    });
    expect([...disc!.concerns].sort()).toEqual([MEETING, 'person:liz-truss']);
    expect(disc!.props['description']).toBe(
      'The talks: The article (published by 2022-01-30) has liz truss as visitor, The readout (published by 2022-02-11) as host. The sources disagree.',
    );
  });

  it('the generic PARTICIPANT agrees with any role, and roles on the same side of an act agree (TARGET and VICTIM)', () => {
    const found = discrepanciesBetweenSources([
      subject({
        participants: [
          ...participant('person:liz-truss', { ...articleSide, 'src:readout': { role: 'PARTICIPANT', evidenceIds: ['ev:r:truss'] } }),
          ...participant('country:gbr', { 'src:article': { role: 'TARGET' }, 'src:readout': { role: 'VICTIM' } }),
        ],
      }),
    ]);
    expect(found).toEqual([]);
  });

  it('host Russia and Lavrov in one source, host Belarus in the other: a DISAGREEMENT citing every host each source names', () => {
    const found = discrepanciesBetweenSources([
      subject({
        participants: [
          ...participant('person:liz-truss', { ...articleSide, 'src:readout': { role: 'VISITOR', evidenceIds: ['ev:r:truss'] } }),
          ...participant('country:rus', { 'src:article': { role: 'HOST', evidenceIds: ['ev:a:rus'] } }),
          ...participant('person:sergei-lavrov', { 'src:article': { role: 'HOST', evidenceIds: ['ev:a:lavrov'] } }),
          ...participant('country:blr', { 'src:readout': { role: 'HOST', evidenceIds: ['ev:r:blr'] } }),
        ],
      }),
    ]);
    expect(found).toHaveLength(1);
    const [disc] = found;
    expect(disc).toMatchObject({
      props: { change: 'DISAGREEMENT', aspect: 'PARTICIPANTS' },
      bySource: [
        { source: 'src:article', evidenceIds: ['ev:a:lavrov', 'ev:a:rus'] },
        { source: 'src:readout', evidenceIds: ['ev:r:blr'] },
      ],
    });
    expect([...disc!.concerns].sort()).toEqual(['country:blr', 'country:rus', MEETING, 'person:sergei-lavrov']);
    expect(disc!.props['description']).toContain('as host, The article (published by 2022-01-30) names ');
    expect(disc!.props['description']).toContain('The readout (published by 2022-02-11) blr');
  });

  it('a different host after the meeting was only announced is the plan changing: an UPDATE', () => {
    const [disc] = ofAspect('PARTICIPANTS', [
      subject({
        accounts: [status(article, 'ANNOUNCED_UNCONFIRMED'), status(readout, 'OCCURRED')],
        participants: [
          ...participant('country:rus', { 'src:article': { role: 'HOST', evidenceIds: ['ev:a:rus'] } }),
          ...participant('country:blr', { 'src:readout': { role: 'HOST', evidenceIds: ['ev:r:blr'] } }),
        ],
      }),
    ]);
    expect(disc).toMatchObject({ props: { change: 'UPDATE' } });
  });

  it('Truss against Johnson as the visitor differs, though both are British (neither belongs to the other)', () => {
    const found = ofAspect('PARTICIPANTS', [
      subject({
        participants: [
          ...participant('person:liz-truss', articleSide),
          ...participant('person:boris-johnson', { 'src:readout': { role: 'VISITOR', evidenceIds: ['ev:r:johnson'] } }),
        ],
      }),
    ]);
    expect(found).toHaveLength(1);
  });

  describe('imported links, whose relationship has no bySource: the role is the merged role', () => {
    it('the same actor as SOURCE in an annotated source and TARGET in the dataset differs', () => {
      const found = discrepanciesBetweenSources([
        subject({
          accounts: [status(article, 'OCCURRED'), status(dataset, 'OCCURRED')],
          participants: [
            ...participant('country:rus', { 'src:article': { role: 'SOURCE', evidenceIds: ['ev:a:rus'] } }),
            ...participant('country:rus', { 'src:dataset': {} }, { merged: 'TARGET', bySource: false }),
          ],
        }),
      ]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        props: { aspect: 'PARTICIPANTS', change: 'DISAGREEMENT' },
        bySource: [
          { source: 'src:article', evidenceIds: ['ev:a:rus'] },
          { source: 'src:dataset', evidenceIds: [] },
        ],
      });
      expect(found[0]!.concerns).toEqual([MEETING, 'country:rus']);
    });

    it('a dataset giving the merged role the annotated source gives finds nothing', () => {
      const found = discrepanciesBetweenSources([
        subject({
          accounts: [status(article, 'OCCURRED'), status(dataset, 'OCCURRED')],
          participants: [
            ...participant('country:rus', { 'src:article': { role: 'SOURCE', evidenceIds: ['ev:a:rus'] } }),
            ...participant('country:rus', { 'src:dataset': {} }, { merged: 'SOURCE', bySource: false }),
            ...participant('country:ukr', { 'src:dataset': {} }, { merged: 'TARGET', bySource: false }),
          ],
        }),
      ]);
      expect(found).toEqual([]);
    });

    it('a relationship whose bySource lacks the dataset reads the merged role for it', () => {
      const found = ofAspect('PARTICIPANTS', [
        subject({
          accounts: [status(article, 'OCCURRED'), status(dataset, 'OCCURRED')],
          participants: participant('country:blr', { 'src:article': { role: 'HOST', evidenceIds: ['ev:a:blr'] }, 'src:dataset': {} }, { merged: 'VISITOR' }).map(
            (row) => (row.source === 'src:dataset' ? { ...row, bySource: JSON.stringify({ 'src:article': { props: { role: 'HOST' }, evidenceIds: ['ev:a:blr'] } }) } : row),
          ),
        }),
      ]);
      expect(found).toHaveLength(1);
      expect(found[0]!.props['description']).toContain('has blr as host, A dataset (published by 2022-02-12) as visitor');
    });
  });
});
