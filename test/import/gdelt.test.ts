import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gdeltColumns, parseGdeltLine, readGdelt, type ImportedEvent, type RowProblem } from '../../src/import/index.js';
import { cameoCodebook } from '../../src/modules/common/cameoCodebook.js';
import { gdeltFile, scratchDir } from './scratchFiles.js';

async function readAll(file: string): Promise<{ events: ImportedEvent[]; problems: RowProblem[]; batches: number[] }> {
  const events: ImportedEvent[] = [];
  const problems: RowProblem[] = [];
  const batches: number[] = [];
  for await (const batch of readGdelt(file)) {
    batches.push(batch.length);
    for (const row of batch) 'event' in row ? events.push(row.event) : problems.push(row.problem);
  }
  return { events, problems, batches };
}

const rawLines = readFileSync(gdeltFile, 'utf8').split('\n').filter(Boolean);
/** A real row with one column replaced, to break exactly one thing. */
function withColumn(line: string, column: (typeof gdeltColumns)[number], value: string): string {
  const fields = line.split('\t');
  fields[gdeltColumns.indexOf(column)] = value;
  return fields.join('\t');
}

describe('the real GDELT 2.0 export (2019-10-24 14:30)', () => {
  let read: Awaited<ReturnType<typeof readAll>>;
  beforeAll(async () => {
    read = await readAll(gdeltFile);
  });

  it('reads every one of its 2,111 rows as an event, with no problem, in batches of 5,000 at most', () => {
    expect(read.problems).toEqual([]);
    expect(read.events).toHaveLength(2111);
    expect(read.events.map((e) => e.line)).toEqual(Array.from({ length: 2111 }, (_, i) => i + 1));
    expect(read.batches).toEqual([2111]);
  });

  it('reads line 2 field by field: no Actor1, the EU as Actor2, a consultation in Minsk', () => {
    expect(read.events[1]).toEqual({
      dataset: 'GDELT',
      id: '881990833',
      line: 2,
      date: '2018-10-24',
      cameoCode: '040',
      goldstein: 1,
      quadClass: 1,
      source: null,
      target: { code: 'IGOEUREEC', name: 'THE EU', countryIso3: null, country: 'EUR', codes: { knownGroup: 'EEC', type1: 'IGO' } },
      place: {
        fullName: 'Minsk, Belarus (general), Belarus',
        name: 'Minsk',
        countryIso3: 'BLR',
        countryName: 'Belarus',
        geoType: 4,
        fipsCountry: 'BO',
        adm1: 'BO00',
        adm2: '5840',
        featureId: '-1946324',
        latitude: 53.9,
        longitude: 27.5667,
      },
      isRootEvent: false,
      numMentions: 10,
      numSources: 1,
      numArticles: 10,
      avgTone: 0.63492063492064,
      added: '2019-10-24T14:30:00Z',
      url: 'https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/',
    });
  });

  it('reads line 16 with both actors: a British educator (GBREDU) and a student with no country', () => {
    const event = read.events[15];
    expect(event?.source).toEqual({ code: 'GBREDU', name: 'MANCHESTER', countryIso3: 'GBR', country: 'GBR', codes: { type1: 'EDU' } });
    expect(event?.target).toEqual({ code: 'EDU', name: 'STUDENT', countryIso3: null, country: null, codes: { type1: 'EDU' } });
    expect(event?.place).toMatchObject({ name: 'Manchester', countryIso3: 'GBR', countryName: 'United Kingdom', fipsCountry: 'UK', adm1: 'UKI2' });
    expect([event?.cameoCode, event?.quadClass, event?.goldstein, event?.avgTone]).toEqual(['051', 1, 3.4, 0]);
  });

  it('leaves out actors with no code and places with no name, as the columns do', () => {
    const columns = rawLines.map((line) => line.split('\t'));
    const given = (name: (typeof gdeltColumns)[number]) => columns.filter((f) => f[gdeltColumns.indexOf(name)] !== '').length;
    expect(read.events.filter((e) => e.source).length).toBe(given('Actor1Code'));
    expect(read.events.filter((e) => e.target).length).toBe(given('Actor2Code'));
    expect(read.events.filter((e) => e.place).length).toBe(given('ActionGeo_FullName'));
  });

  it('holds GDELT’s own rules in every row: the quad class follows the root, the Goldstein value the codebook', () => {
    const root = (e: ImportedEvent) => Number(e.cameoCode.slice(0, 2));
    const expected = (r: number) => (r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4);
    expect(read.events.filter((e) => e.quadClass !== expected(root(e)))).toEqual([]);
    expect(read.events.filter((e) => e.goldstein !== cameoCodebook[e.cameoCode]?.goldstein)).toEqual([]);
  });

  it('places every event in a country it knows by name, except at sea ("Oceans")', () => {
    const unplaced = new Set(read.events.flatMap((e) => (e.place && !e.place.countryIso3 ? [e.place.countryName] : [])));
    expect([...unplaced]).toEqual(['Oceans']);
  });
});

describe('a GDELT file with broken rows', () => {
  const scratch = scratchDir();
  afterAll(scratch.remove);
  const good = rawLines[1] ?? '';
  const broken: [string, RowProblem['column'], string][] = [
    [good.split('\t').slice(0, 60).join('\t'), null, 'expected 61 tab-separated columns (GDELT 2.0 Events), found 60'],
    [withColumn(good, 'SQLDATE', '2019133'), 'SQLDATE', 'SQLDATE "2019133" is not a date: expected YYYYMMDD'],
    [withColumn(good, 'SQLDATE', '20190230'), 'SQLDATE', 'SQLDATE "20190230" is not a date: expected YYYYMMDD'],
    [withColumn(good, 'EventCode', '099'), 'EventCode', 'EventCode "099" is not a known CAMEO event code: expected a 2–4 digit code of the CAMEO codebook (e.g. "040", "0874", "19")'],
    [withColumn(good, 'NumMentions', 'ten'), 'NumMentions', 'NumMentions "ten" is not a count: expected a non-negative integer'],
    [withColumn(good, 'AvgTone', '0,63'), 'AvgTone', 'AvgTone "0,63" is not a number'],
    [withColumn(good, 'GoldsteinScale', '12.5'), 'GoldsteinScale', 'GoldsteinScale 12.5 is out of range: expected -10 to 10'],
    [withColumn(good, 'DATEADDED', '2019102414300'), 'DATEADDED', 'DATEADDED "2019102414300" is not a date and time: expected YYYYMMDDHHMMSS (UTC)'],
    [withColumn(good, 'DATEADDED', '20191024246000'), 'DATEADDED', 'DATEADDED "20191024246000" is not a date and time: expected YYYYMMDDHHMMSS (UTC)'],
    [withColumn(good, 'QuadClass', '5'), 'QuadClass', 'QuadClass "5" is not a quad class: expected 1, 2, 3 or 4'],
    [withColumn(good, 'GLOBALEVENTID', '88199x'), 'GLOBALEVENTID', 'GLOBALEVENTID "88199x" is not an id: expected digits'],
    [withColumn(good, 'ActionGeo_Lat', '95.1'), 'ActionGeo_Lat', 'ActionGeo_Lat 95.1 is out of range: expected -90 to 90'],
    [withColumn(good, 'Actor1Geo_Long', 'east'), 'Actor1Geo_Long', 'Actor1Geo_Long "east" is not a number'],
    [withColumn(good, 'IsRootEvent', 'yes'), 'IsRootEvent', 'IsRootEvent "yes" is not a flag: expected 0 or 1'],
  ];

  it('reports each broken row with its file, line and column, and reads the good rows around them', async () => {
    const file = path.join(scratch.dir, 'broken.export.CSV');
    // A good row before and after every broken one, a blank line in the middle, CRLF breaks.
    const lines = [good, ...broken.flatMap(([row]) => [row, good]), '', good];
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const { events, problems } = await readAll(file);
    expect(problems).toEqual(broken.map(([, column, message], i) => ({ file, line: 2 + 2 * i, column, message })));
    expect(events.map((e) => e.line)).toEqual([1, ...broken.map((_, i) => 3 + 2 * i), lines.length]);
    expect(new Set(events.map((e) => e.id))).toEqual(new Set(['881990833']));
  });

  it('parses one line without a file: the file name is only carried into problems', () => {
    expect(parseGdeltLine('x.CSV', 7, withColumn(good, 'EventCode', '2'))).toEqual({
      problem: { file: 'x.CSV', line: 7, column: 'EventCode', message: expect.stringContaining('"2" is not a known CAMEO event code') },
    });
    const actorless = withColumn(withColumn(good, 'Actor2Code', ''), 'ActionGeo_FullName', '');
    expect(parseGdeltLine('x.CSV', 1, actorless)).toMatchObject({ event: { source: null, target: null, place: null } });
  });
});
