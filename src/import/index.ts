/**
 * Reading coded event data (GDELT 2.0 Events exports, ICEWS files) into typed, checked records,
 * and writing GDELT-shaped files for scale tests. Pure: files in, records and problems out.
 */
export type { Dataset, ImportedActor, ImportedEvent, ImportedPlace, RowProblem, RowResult } from './records.js';
export { fileLines, type FileLine } from './lines.js';
export { parseGdeltLine, readGdelt } from './gdelt.js';
export { parseIcewsLine, readIcews } from './icews.js';
export { IcewsHeaderError, icewsColumns, type IcewsLayout } from './icewsColumns.js';
export { gdeltColumns } from './gdeltColumns.js';
export { cameoCountryToIso3, countryNameToIso3, placeCountry } from './countries.js';
export { batchRows, maxLineChars } from './limits.js';
export { gdeltSampleRows, type GdeltSampleOptions } from './sample.js';
export { writeGdeltSample, type WrittenSample } from './sampleFile.js';
