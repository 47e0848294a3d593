import { isKnownCameoCode, unknownCameoMessage } from './cameo.js';
import { cameoCountryToIso3, placeCountry } from './countries.js';
import { countField, coordinateField, dayField, FieldProblem, fail, idField, numberField, timestampField } from './fields.js';
import { actorCodeColumns, gdeltColumns, gdeltIndex, type GdeltActor, type GdeltColumn, type GdeltGeo } from './gdeltColumns.js';
import { batchedRows } from './batches.js';
import { fileLineChunks } from './lines.js';
import type { ImportedActor, ImportedEvent, ImportedPlace, RowResult } from './records.js';

/** One line of a GDELT 2.0 Events export (tab-separated, no header) as an event, or its first problem. */
export function parseGdeltLine(file: string, line: number, text: string): RowResult {
  const fields = text.split('\t');
  if (fields.length !== gdeltColumns.length) {
    const message = `expected ${gdeltColumns.length} tab-separated columns (GDELT 2.0 Events), found ${fields.length}`;
    return { problem: { file, line, column: null, message } };
  }
  try {
    return { event: gdeltEvent(fields, line) };
  } catch (error) {
    if (error instanceof FieldProblem) return { problem: { file, line, column: error.column, message: error.message } };
    throw error;
  }
}

/** The rows of a GDELT export (plain or `.zip`), streamed in batches of `size` (5,000 by default); blank lines are skipped. */
export function readGdelt(file: string, size?: number): AsyncGenerator<RowResult[]> {
  return batchedRows(fileLineChunks(file), (line, text) => parseGdeltLine(file, line, text), size);
}

function gdeltEvent(fields: readonly string[], line: number): ImportedEvent {
  const get = (column: GdeltColumn): string => fields[gdeltIndex[column]] ?? '';
  const cameoCode = get('EventCode');
  if (!isKnownCameoCode(cameoCode)) fail('EventCode', unknownCameoMessage('EventCode', cameoCode));
  for (const geo of ['Actor1Geo', 'Actor2Geo'] as const) coordinates(fields, geo);
  return {
    dataset: 'GDELT',
    id: idField('GLOBALEVENTID', get('GLOBALEVENTID')),
    line,
    date: dayField('SQLDATE', get('SQLDATE'), 'YYYYMMDD'),
    cameoCode,
    goldstein: numberField('GoldsteinScale', get('GoldsteinScale'), [-10, 10]),
    quadClass: quadClass(get('QuadClass')),
    source: actor(fields, 'Actor1'),
    target: actor(fields, 'Actor2'),
    place: place(fields, 'ActionGeo'),
    isRootEvent: flag('IsRootEvent', get('IsRootEvent')),
    numMentions: countField('NumMentions', get('NumMentions')),
    numSources: countField('NumSources', get('NumSources')),
    numArticles: countField('NumArticles', get('NumArticles')),
    avgTone: numberField('AvgTone', get('AvgTone')),
    added: timestampField('DATEADDED', get('DATEADDED')),
    url: get('SOURCEURL'),
  };
}

function quadClass(value: string): 1 | 2 | 3 | 4 {
  if (value !== '1' && value !== '2' && value !== '3' && value !== '4') fail('QuadClass', `QuadClass "${value}" is not a quad class: expected 1, 2, 3 or 4`);
  return Number(value) as 1 | 2 | 3 | 4;
}

function flag(column: GdeltColumn, value: string): boolean {
  if (value !== '0' && value !== '1') fail(column, `${column} "${value}" is not a flag: expected 0 or 1`);
  return value === '1';
}

/** Column positions per actor and geo, worked out once: naming them per row was a fifth of the parse time. */
const actorAt = (which: GdeltActor) => ({
  code: gdeltIndex[`${which}Code`],
  name: gdeltIndex[`${which}Name`],
  country: gdeltIndex[`${which}CountryCode`],
  codes: Object.entries(actorCodeColumns).map(([key, suffix]) => [key, gdeltIndex[`${which}${suffix}`]] as const),
});
const actors = { Actor1: actorAt('Actor1'), Actor2: actorAt('Actor2') };

const geoAt = (geo: GdeltGeo) => {
  const column = (suffix: string): { readonly name: GdeltColumn; readonly at: number } => {
    const name = `${geo}_${suffix}` as GdeltColumn;
    return { name, at: gdeltIndex[name] };
  };
  return {
    type: column('Type'), fullName: column('FullName'), country: column('CountryCode'), adm1: column('ADM1Code'),
    adm2: column('ADM2Code'), lat: column('Lat'), long: column('Long'), featureId: column('FeatureID'),
  };
};
const geos = { Actor1Geo: geoAt('Actor1Geo'), Actor2Geo: geoAt('Actor2Geo'), ActionGeo: geoAt('ActionGeo') };

/** Null when the actor code is empty: GDELT leaves Actor2 out of one-sided events. */
function actor(fields: readonly string[], which: GdeltActor): ImportedActor | null {
  const at = actors[which];
  const code = fields[at.code];
  if (!code) return null;
  const country = fields[at.country] || null;
  const codes: Record<string, string> = {};
  for (const [key, i] of at.codes) {
    const value = fields[i];
    if (value) codes[key] = value;
  }
  // A coded actor without a name still needs one to be shown by; the code is what the file has.
  return { code, name: fields[at.name] || code, countryIso3: country && cameoCountryToIso3(country), country, codes };
}

function coordinates(fields: readonly string[], geo: GdeltGeo): { latitude: number | null; longitude: number | null } {
  const { lat, long } = geos[geo];
  return {
    latitude: coordinateField(lat.name, fields[lat.at] || null, 90),
    longitude: coordinateField(long.name, fields[long.at] || null, 180),
  };
}

/** Null when GDELT could not place the event (Geo_Type 0, no FullName). */
function place(fields: readonly string[], geo: GdeltGeo): ImportedPlace | null {
  const at = geos[geo];
  const type = fields[at.type.at] ?? '';
  if (!/^[0-5]$/.test(type)) fail(at.type.name, `${at.type.name} "${type}" is not a geographic type: expected 0 to 5`);
  const { latitude, longitude } = coordinates(fields, geo);
  const fullName = fields[at.fullName.at];
  if (!fullName) return null;
  const country = placeCountry(fullName);
  const place: { -readonly [K in keyof ImportedPlace]: ImportedPlace[K] } = {
    fullName,
    name: fullName.split(',')[0]?.trim() || fullName,
    countryIso3: country?.iso3 ?? null,
    countryName: country?.name ?? null,
    geoType: Number(type),
    latitude,
    longitude,
  };
  const fipsCountry = fields[at.country.at];
  const adm1 = fields[at.adm1.at];
  const adm2 = fields[at.adm2.at];
  const featureId = fields[at.featureId.at];
  if (fipsCountry) place.fipsCountry = fipsCountry;
  if (adm1) place.adm1 = adm1;
  if (adm2) place.adm2 = adm2;
  if (featureId) place.featureId = featureId;
  return place;
}
