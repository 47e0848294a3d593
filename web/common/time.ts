/** TimeInterval as the API answers it (schema/time.graphql). */
export interface TimeInterval {
  text: string | null;
  start: string | null;
  end: string | null;
  precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'UNKNOWN';
  basis: 'STATED' | 'PUBLICATION' | 'RECORD';
}

export const timeIntervalFields = 'text start end precision basis';

const basisNote: Record<TimeInterval['basis'], string> = {
  STATED: '',
  PUBLICATION: ' (inferred from the publication date)',
  RECORD: ' (public record)',
};

/** The days alone, e.g. `2022-01-24 – 2022-01-30, to the week`. */
export function describeDays(time: TimeInterval): string {
  const { start, end } = time;
  let days: string;
  if (start && end) days = start === end ? start : `${start} – ${end}`;
  else if (start) days = `from ${start}, end open`;
  else if (end) days = `until ${end}, start open`;
  else days = 'undated';
  return time.precision === 'UNKNOWN' ? days : `${days}, to the ${time.precision.toLowerCase()}`;
}

/** An interval as an analyst reads it: its days, its precision, the source's words and where the dates come from. */
export function describeTime(time: TimeInterval | null | undefined): string {
  if (!time) return 'time unknown';
  const words = time.text ? ` “${time.text}”` : '';
  return `${describeDays(time)}${words}${basisNote[time.basis]}`;
}
