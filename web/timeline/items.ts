import type { Happening, HappeningKind } from './model.js';

const day = 86_400_000;
/** How far an interval with one open bound is drawn before it fades out. */
export const openSpan = 30 * day;

export interface TimelineItem {
  id: string;
  group: HappeningKind;
  content: string;
  title: string;
  start: Date;
  end: Date;
  type: 'range';
  className: string;
  kind: HappeningKind;
  status: string;
}

const utcDay = (date: string): number => Date.parse(`${date}T00:00:00Z`);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function shorten(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A happening as a range over the days its interval covers: a day-precise one spans its day, a
 * week its week, a month its month (the end day is included, so the range ends the day after).
 * With one bound unknown it runs openSpan from the known one and is marked open; with none it
 * cannot be placed and is listed apart.
 */
export function toItem(happening: Happening): TimelineItem | null {
  const { start, end, precision } = happening.time;
  if (!start && !end) return null;
  const from = start ? utcDay(start) : utcDay(end!) + day - openSpan;
  const to = end ? utcDay(end) + day : utcDay(start!) + openSpan;
  const classes = [`kind-${happening.kind}`, `status-${happening.status}`, `precision-${precision}`, `basis-${happening.time.basis}`];
  if (!end) classes.push('open-end');
  if (!start) classes.push('open-start');
  if (happening.coded) classes.push('coded');
  const dataset = happening.coded ? `, ${happening.coded.coding.dataset}` : '';
  return {
    id: happening.id,
    group: happening.kind,
    content: escapeHtml(shorten(happening.title)),
    title: escapeHtml(`${happening.title} — ${happening.status.toLowerCase()}${dataset}`),
    start: new Date(from),
    end: new Date(to),
    type: 'range',
    className: classes.join(' '),
    kind: happening.kind,
    status: happening.status,
  };
}

/** The days to show first: the six weeks before the latest dated happening, where recent talks cluster. */
export function firstWindow(items: readonly TimelineItem[]): { start: Date; end: Date } | null {
  if (items.length === 0) return null;
  const latest = Math.max(...items.map((item) => item.end.getTime()));
  const earliest = Math.min(...items.map((item) => item.start.getTime()));
  return { start: new Date(Math.max(earliest, latest - 42 * day) - 2 * day), end: new Date(latest + 21 * day) };
}
