import { h } from './dom.js';

/**
 * Events imported from a coded dataset (GDELT, ICEWS: `npm run import`) have no quotes: what
 * stands for their evidence is the dataset's coding and the article or story it was coded from.
 * The pages ask for the few fields they show, since every field under a paged list is counted
 * `first` times against the server's cost limit.
 */

/** Event.coding as the pages ask it (schema/happenings.graphql's EventCoding). */
export interface EventCoding {
  dataset: string;
  /** The file's own value (GDELT GoldsteinScale, ICEWS Intensity), which may differ from the codebook's. */
  goldstein: number;
}

/** Event.reportedBy as the pages ask it. */
export interface EventReport {
  url: string | null;
  publisher: string | null;
  storyId: string | null;
}

export interface CameoRef {
  code: string;
  label: string;
  goldstein: number;
}

/** What an imported event carries besides what annotated ones have. */
export interface Coded {
  coding: EventCoding;
  reportedBy: EventReport | null;
}

export const codedEventFields = 'coding { dataset goldstein } reportedBy { url publisher storyId }';

/** The fields as an Event answers them: both null for an annotated event. */
export interface CodedFields {
  coding?: EventCoding | null;
  reportedBy?: EventReport | null;
}

export function codedOf(event: CodedFields): Coded | null {
  return event.coding ? { coding: event.coding, reportedBy: event.reportedBy ?? null } : null;
}

/** Only web addresses become links: a `javascript:` or `data:` value in a file is shown as text. */
export function webAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The Goldstein value an imported event counts with: the file's (the server's summaries sum the
 * same), with the codebook's beside it where the two differ, so neither is mistaken for the other.
 */
export function goldsteinText(coded: Coded, cameo: CameoRef | null): string {
  const file = coded.coding.goldstein;
  if (!cameo) return `Goldstein ${file} (file)`;
  if (cameo.goldstein === file) return `Goldstein ${file} (file and codebook)`;
  return `Goldstein ${file} (file; codebook ${cameo.goldstein})`;
}

/** One line: the dataset, the CAMEO code and label, the Goldstein value. */
export function codingLine(coded: Coded, cameo: CameoRef | null): string {
  const code = cameo ? `CAMEO ${cameo.code} ${cameo.label}` : 'no CAMEO code';
  return `${coded.coding.dataset}: ${code}, ${goldsteinText(coded, cameo)}`;
}

/** Where the dataset says the event was reported: a link to the article, or the publisher and story. */
export function reportLine(report: EventReport | null): HTMLElement {
  const line = h('p', { class: 'reported-by' }, 'Reported in: ');
  const link = webAddress(report?.url);
  if (link) {
    line.append(h('a', { href: link, target: '_blank', rel: 'noopener noreferrer', class: 'report-link' }, hostOf(link)));
    return line;
  }
  if (report?.url) line.append(h('span', { class: 'report-url' }, report.url));
  const story = [report?.publisher, report?.storyId ? `story ${report.storyId}` : null].filter(Boolean).join(', ');
  if (story) line.append(report?.url ? ` (${story})` : story);
  if (!report?.url && !story) line.append('the dataset names no article.');
  return line;
}

/** A link's words: the site and path, short enough for a side panel; the whole address is its href. */
function hostOf(url: string): string {
  const parsed = new URL(url);
  const rest = `${parsed.pathname}${parsed.search}`;
  const shown = `${parsed.hostname}${rest === '/' ? '' : rest}`;
  return shown.length <= 60 ? shown : `${shown.slice(0, 59)}…`;
}

/** The coding, the report and the dataset's credit, where an annotated happening has its quotes. */
export function codedBlock(coded: Coded, cameo: CameoRef | null, attribution: readonly string[]): HTMLElement {
  return h(
    'section',
    { class: 'coded', 'data-dataset': coded.coding.dataset },
    h('p', { class: 'coding' }, codingLine(coded, cameo)),
    reportLine(coded.reportedBy),
    h('p', { class: 'hint' }, `Coded by machine from that report and imported from ${coded.coding.dataset}: no quote.`),
    ...attribution.map((line) => h('p', { class: 'attribution' }, line)),
  );
}
