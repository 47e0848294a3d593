import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryNameToIso3, icewsColumns, IcewsHeaderError, parseIcewsLine, readIcews, type ImportedEvent, type RowProblem } from '../../src/import/index.js';
import { icewsFile, scratchDir, writeZip } from './scratchFiles.js';

async function readAll(file: string): Promise<{ events: ImportedEvent[]; problems: RowProblem[] }> {
  const events: ImportedEvent[] = [];
  const problems: RowProblem[] = [];
  for await (const batch of readIcews(file)) for (const row of batch) 'event' in row ? events.push(row.event) : problems.push(row.problem);
  return { events, problems };
}

const [header = '', ...rows] = readFileSync(icewsFile, 'utf8').split('\n').filter(Boolean);
const column = (name: (typeof icewsColumns)[number]) => rows.map((row) => row.split('\t')[icewsColumns.indexOf(name)] ?? '');
function withColumn(row: string, name: (typeof icewsColumns)[number], value: string): string {
  const fields = row.split('\t');
  fields[icewsColumns.indexOf(name)] = value;
  return fields.join('\t');
}

describe('the real ICEWS sample (2018-06-01 and 02)', () => {
  let read: Awaited<ReturnType<typeof readAll>>;
  beforeAll(async () => {
    read = await readAll(icewsFile);
  });

  it('reads all 3,705 rows after the header as events, with no problem', () => {
    expect(read.problems).toEqual([]);
    expect(read.events).toHaveLength(3705);
    expect(read.events[0]?.line).toBe(2);
    expect(read.events.at(-1)?.line).toBe(3706);
  });

  it('reads the first row field by field', () => {
    expect(read.events[0]).toEqual({
      dataset: 'ICEWS',
      id: '32889836',
      line: 2,
      date: '2018-06-01',
      cameoCode: '040',
      goldstein: 1,
      quadClass: 1,
      source: { code: 'Foreign Affairs (Bangladesh)', name: 'Foreign Affairs (Bangladesh)', countryIso3: 'BGD', country: 'Bangladesh', sectors: ['Executive', 'Foreign Ministry', 'Government'] },
      target: { code: 'High Ranking Military Personnel (Vietnam)', name: 'High Ranking Military Personnel (Vietnam)', countryIso3: 'VNM', country: 'Vietnam', sectors: ['Military', 'Government'] },
      place: { fullName: 'Hanoi, Thanh Pho Ha Noi, Vietnam', name: 'Hanoi', countryIso3: 'VNM', countryName: 'Vietnam', latitude: 21.0245, longitude: 105.841 },
      publisher: 'Vietnam News Agency Bulletin',
      storyId: '47400351',
      sentenceNumber: 2,
      eventText: 'Consult',
    });
  });

  it('resolves every country name the file writes to an ISO code', () => {
    const names = new Set([...column('Source Country'), ...column('Target Country'), ...column('Country')].filter((n) => n !== 'NA'));
    expect(names.size).toBeGreaterThan(130);
    expect([...names].filter((name) => countryNameToIso3(name) === null)).toEqual([]);
    expect(['Russian Federation', 'Occupied Palestinian Territory', 'the former Yugoslav Republic of Macedonia', 'Moldova, Republic of', "Cote d'Ivoire", 'Holy See', 'Congo', 'Democratic Republic of Congo', 'Turkey', 'Swaziland'].map(countryNameToIso3))
      .toEqual(['RUS', 'PSE', 'MKD', 'MDA', 'CIV', 'VAT', 'COG', 'COD', 'TUR', 'SWZ']);
  });

  it('treats NA as absent: no country, no sectors, no place part', () => {
    const na = (name: (typeof icewsColumns)[number]) => column(name).filter((v) => v === 'NA').length;
    expect(read.events.filter((e) => e.source?.country === null).length).toBe(na('Source Country'));
    expect(read.events.filter((e) => e.target?.country === null).length).toBe(na('Target Country'));
    expect(read.events.filter((e) => e.source?.sectors?.length === 0).length).toBe(na('Source Sectors'));
    expect(read.events.filter((e) => e.place === null).length).toBe(2);
    expect(read.events.some((e) => e.place?.fullName.includes('NA'))).toBe(false);
  });

  it('derives the quad class from the code’s root as GDELT does (09 material cooperation, 14 verbal conflict)', () => {
    const quad = (code: string) => read.events.find((e) => e.cameoCode === code)?.quadClass;
    expect(['040', '057', '061', '083', '090', '100', '138', '141', '173', '193'].map(quad)).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 4, 4]);
  });
});

describe('an ICEWS file with broken rows', () => {
  const scratch = scratchDir();
  afterAll(scratch.remove);
  const good = rows[0] ?? '';
  const broken: [string, RowProblem['column'], string][] = [
    [`${good}\textra`, null, 'expected 20 tab-separated columns (as the header row), found 21'],
    [withColumn(good, 'Event Date', '2018-06-31'), 'Event Date', 'Event Date "2018-06-31" is not a date: expected YYYY-MM-DD'],
    [withColumn(good, 'CAMEO Code', '40'), 'CAMEO Code', 'CAMEO Code "40" is not a known CAMEO event code: expected a 2–4 digit code of the CAMEO codebook (e.g. "040", "0874", "19")'],
    [withColumn(good, 'Intensity', 'high'), 'Intensity', 'Intensity "high" is not a number'],
    [withColumn(good, 'Intensity', '-11'), 'Intensity', 'Intensity -11 is out of range: expected -10 to 10'],
    [withColumn(good, 'Event ID', 'E1'), 'Event ID', 'Event ID "E1" is not an id: expected digits'],
    [withColumn(good, 'Source Country', 'Ruritania'), 'Source Country', 'Source Country "Ruritania" is not a known country name: expected a country as ICEWS writes it (e.g. "Russian Federation", "United Kingdom")'],
    [withColumn(good, 'Country', 'Atlantis'), 'Country', 'Country "Atlantis" is not a known country name: expected a country as ICEWS writes it (e.g. "Russian Federation", "United Kingdom")'],
    [withColumn(good, 'Longitude', '181'), 'Longitude', 'Longitude 181 is out of range: expected -180 to 180'],
  ];

  it('reports each broken row with its line and column, and reads the good rows around them', async () => {
    const file = path.join(scratch.dir, 'broken.tab');
    const lines = [header, good, ...broken.flatMap(([row]) => [row, good])];
    writeFileSync(file, lines.join('\n') + '\n');
    const { events, problems } = await readAll(file);
    expect(problems).toEqual(broken.map(([, column, message], i) => ({ file, line: 3 + 2 * i, column, message })));
    expect(events.map((e) => e.line)).toEqual([2, ...broken.map((_, i) => 4 + 2 * i)]);
  });

  it('stops at a header that is not ICEWS’s, naming the missing and unexpected columns as a line-1 problem', async () => {
    const file = path.join(scratch.dir, 'bad-header.tab');
    writeFileSync(file, [header.replace('CAMEO Code', 'Cameo').replace('\tLongitude', ''), good].join('\n'));
    const error = await readAll(file).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(IcewsHeaderError);
    expect((error as IcewsHeaderError).problem).toEqual({
      file,
      line: 1,
      column: null,
      message: expect.stringMatching(/^the header row is not ICEWS's: missing "CAMEO Code", "Longitude"; unexpected "Cameo"; expected the columns "Event ID", /),
    });
    expect((error as Error).message).toContain(`${file}: line 1: the header row is not ICEWS's`);
  });

  it('finds columns by the header’s names, so a file in another column order reads the same', async () => {
    const order = [...icewsColumns].reverse();
    const reorder = (line: string) => {
      const fields = line.split('\t');
      return order.map((name) => fields[icewsColumns.indexOf(name)]).join('\t');
    };
    const file = path.join(scratch.dir, 'reversed.tab');
    writeFileSync(file, [header, ...rows.slice(0, 50)].map(reorder).join('\n'));
    const reversed = await readAll(file);
    const plain = rows.slice(0, 50).map((row, i) => parseIcewsLine(file, i + 2, row));
    expect(reversed.events).toEqual(plain.map((r) => ('event' in r ? r.event : r)));
  });

  it('reads a zipped ICEWS file, and refuses an empty one', async () => {
    const zip = path.join(scratch.dir, 'events.2018.sample.tab.zip');
    await writeZip(zip, { 'events.2018.sample.tab': readFileSync(icewsFile) });
    expect((await readAll(zip)).events).toHaveLength(3705);
    const empty = path.join(scratch.dir, 'empty.tab');
    writeFileSync(empty, '');
    await expect(readAll(empty)).rejects.toThrow(`${empty}: the file is empty; expected the ICEWS header row on line 1`);
  });
});
