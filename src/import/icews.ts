import { isKnownCameoCode, quadClassNumberOf, unknownCameoMessage } from './cameo.js';
import { countryNameToIso3 } from './countries.js';
import { coordinateField, countField, dayField, FieldProblem, fail, idField, numberField } from './fields.js';
import { batchedRows } from './batches.js';
import { icewsLayout, standardIcewsLayout, type IcewsColumn, type IcewsLayout } from './icewsColumns.js';
import { fileLineChunks, type FileLine } from './lines.js';
import type { ImportedActor, ImportedEvent, ImportedPlace, RowResult } from './records.js';

/** One data line of an ICEWS events file as an event, or its first problem. */
export function parseIcewsLine(file: string, line: number, text: string, layout: IcewsLayout = standardIcewsLayout): RowResult {
  const fields = text.split('\t');
  if (fields.length !== layout.width) {
    const message = `expected ${layout.width} tab-separated columns (as the header row), found ${fields.length}`;
    return { problem: { file, line, column: null, message } };
  }
  try {
    return { event: icewsEvent(fields, line, layout) };
  } catch (error) {
    if (error instanceof FieldProblem) return { problem: { file, line, column: error.column, message: error.message } };
    throw error;
  }
}

/**
 * The rows of an ICEWS events file (plain or `.zip`), streamed in batches of `size` (5,000 by default). Line 1 must be ICEWS's
 * header row; any other throws IcewsHeaderError (its `problem` is the line-1 RowProblem).
 */
export async function* readIcews(file: string, size?: number): AsyncGenerator<RowResult[]> {
  const chunks = fileLineChunks(file);
  const first = await chunks.next();
  const header = first.done ? undefined : first.value[0];
  if (!header) throw new Error(`${file}: the file is empty; expected the ICEWS header row on line 1`);
  let layout: IcewsLayout;
  try {
    layout = icewsLayout(file, header.text);
  } catch (error) {
    await chunks.return(undefined);
    throw error;
  }
  const parse = (line: number, text: string): RowResult => parseIcewsLine(file, line, text, layout);
  yield* batchedRows(withFirst((first.value ?? []).slice(1), chunks), parse, size);
}

/** The rest of the first chunk, then the chunks still to come from the same generator. */
async function* withFirst(first: FileLine[], rest: AsyncIterable<FileLine[]>): AsyncGenerator<FileLine[]> {
  yield first;
  yield* rest;
}

type Get = (column: IcewsColumn) => string | null;

function icewsEvent(fields: readonly string[], line: number, layout: IcewsLayout): ImportedEvent {
  // ICEWS writes a missing value as NA (R's export); empty cells mean the same.
  const get: Get = (column) => {
    const value = fields[layout.index[column]] ?? '';
    return value === '' || value === 'NA' ? null : value;
  };
  const required = (column: IcewsColumn): string => get(column) ?? fail(column, `${column} is missing`);
  const cameoCode = required('CAMEO Code');
  if (!isKnownCameoCode(cameoCode)) fail('CAMEO Code', unknownCameoMessage('CAMEO Code', cameoCode));
  const sentence = get('Sentence Number');
  const publisher = get('Publisher');
  const storyId = get('Story ID');
  const eventText = get('Event Text');
  return {
    dataset: 'ICEWS',
    id: idField('Event ID', required('Event ID')),
    line,
    date: dayField('Event Date', required('Event Date'), 'YYYY-MM-DD'),
    cameoCode,
    goldstein: numberField('Intensity', required('Intensity'), [-10, 10]),
    quadClass: quadClassNumberOf(cameoCode),
    source: actor(get, 'Source'),
    target: actor(get, 'Target'),
    place: place(get),
    ...(publisher === null ? {} : { publisher }),
    ...(storyId === null ? {} : { storyId }),
    ...(sentence === null ? {} : { sentenceNumber: countField('Sentence Number', sentence) }),
    ...(eventText === null ? {} : { eventText }),
  };
}

function actor(get: Get, role: 'Source' | 'Target'): ImportedActor | null {
  const name = get(`${role} Name`);
  if (name === null) return null;
  const country = get(`${role} Country`);
  const sectors = get(`${role} Sectors`)?.split(',').map((sector) => sector.trim()).filter(Boolean) ?? [];
  return { code: name, name, countryIso3: country === null ? null : knownCountry(`${role} Country`, country), country, sectors };
}

function place(get: Get): ImportedPlace | null {
  const latitude = coordinateField('Latitude', get('Latitude'), 90);
  const longitude = coordinateField('Longitude', get('Longitude'), 180);
  const countryName = get('Country');
  const parts = [get('City'), get('District'), get('Province'), countryName].filter((part): part is string => part !== null);
  const first = parts[0];
  // Coordinates without any name (rare: ICEWS leaves both out together) make no place to link to.
  if (first === undefined) return null;
  const countryIso3 = countryName === null ? null : knownCountry('Country', countryName);
  return { fullName: parts.join(', '), name: first, countryIso3, countryName, latitude, longitude };
}

function knownCountry(column: IcewsColumn, name: string): string {
  return (
    countryNameToIso3(name) ??
    fail(column, `${column} "${name}" is not a known country name: expected a country as ICEWS writes it (e.g. "Russian Federation", "United Kingdom")`)
  );
}
