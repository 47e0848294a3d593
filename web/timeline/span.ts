/**
 * Where the timeline's happenings lie in time, in UTC milliseconds: their span, the window the
 * page opens on, and the clusters a long span breaks into. No DOM here, so the unit tests run it.
 */

export const day = 86_400_000;

/** The bounds of a happening's interval as the API gives them (YYYY-MM-DD, either may be unknown). */
export interface Bounds {
  start: string | null;
  end: string | null;
}

/** From the first millisecond of one day to the first of another: an end day is included, so `end` is the day after. */
export interface Span {
  start: number;
  end: number;
}

export const utcDay = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/**
 * The days a happening is known to touch: from its start (or its end, when the start is unknown)
 * to the day after its end (or its start). Null when neither is known.
 */
export function knownDays({ start, end }: Bounds): Span | null {
  const first = start ?? end;
  const last = end ?? start;
  if (!first || !last) return null;
  return { start: utcDay(first), end: utcDay(last) + day };
}

/**
 * The days a happening's bar covers: its interval, the end day included. With one bound unknown
 * it runs from the known one to that edge of `span` (the span of every dated happening): an
 * interval known only to end by 31 December 2019 may have begun years before, so a bar in
 * December would place it where no source does. Null when neither bound is known.
 */
export function drawnDays({ start, end }: Bounds, span: Span): Span | null {
  if (!start && !end) return null;
  const to = end ? utcDay(end) + day : Math.max(span.end, utcDay(start!) + day);
  const from = start ? utcDay(start) : Math.min(span.start, to - day);
  return { start: from, end: to };
}

/** From the earliest known day of any of them to the day after the latest; null when none is dated. */
export function spanOf(all: readonly Bounds[]): Span | null {
  let span: Span | null = null;
  for (const bounds of all) {
    const days = knownDays(bounds);
    if (!days) continue;
    span = span ? { start: Math.min(span.start, days.start), end: Math.max(span.end, days.end) } : days;
  }
  return span;
}

/** A span with a margin each side: a twentieth of its length, at least two days, so the first and last bars clear the edges. */
export function withMargin(span: Span): Span {
  const margin = Math.max(2 * day, Math.round((span.end - span.start) / 20));
  return { start: span.start - margin, end: span.end + margin };
}

export interface Cluster extends Span {
  /** How many happenings lie in it. */
  count: number;
  /** Its months, e.g. `Mar 2018`, `Jan–Feb 2022`, `2019`. */
  label: string;
}

/**
 * Runs of happenings with no long gap inside: a gap longer than a fiftieth of the whole span (and
 * than 31 days) starts a new cluster. A span of decades with a dense month in it thus gets that
 * month as a cluster of its own, to zoom to.
 */
export function clustersOf(all: readonly Bounds[]): Cluster[] {
  const days = all.map(knownDays).filter((span): span is Span => span !== null).sort((x, y) => x.start - y.start || x.end - y.end);
  const whole = spanOf(all);
  if (!whole) return [];
  const gap = Math.max(31 * day, (whole.end - whole.start) / 50);
  const runs: { start: number; end: number; count: number }[] = [];
  for (const span of days) {
    const last = runs.at(-1);
    if (last && span.start - last.end <= gap) {
      last.end = Math.max(last.end, span.end);
      last.count += 1;
    } else runs.push({ ...span, count: 1 });
  }
  return runs.map((run) => ({ ...run, label: monthsLabel(run) }));
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The months a span covers, as short as reads unambiguously: `Mar 2018`, `Jan–Feb 2022`, `Dec 2017 – Mar 2018`, `2019`, `2019–2020`. */
export function monthsLabel(span: Span): string {
  const first = new Date(span.start);
  const last = new Date(span.end - day);
  const [y1, m1, y2, m2] = [first.getUTCFullYear(), first.getUTCMonth(), last.getUTCFullYear(), last.getUTCMonth()];
  const wholeYears = m1 === 0 && first.getUTCDate() === 1 && m2 === 11 && last.getUTCDate() === 31;
  if (wholeYears) return y1 === y2 ? String(y1) : `${y1}–${y2}`;
  if (y1 === y2) return m1 === m2 ? `${monthNames[m1]} ${y1}` : `${monthNames[m1]}–${monthNames[m2]} ${y1}`;
  return `${monthNames[m1]} ${y1} – ${monthNames[m2]} ${y2}`;
}
