import { describeDays } from '../common/time.js';
import type { Happening, HappeningKind } from './model.js';
import { drawnDays, type Span } from './span.js';

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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function shorten(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A happening as a range over the days its interval covers (see drawnDays): a day-precise one
 * spans its day, a week its week, a month its month; one with an open bound runs to the span's
 * edge and fades out that way. With neither bound it cannot be placed and is listed apart.
 */
export function toItem(happening: Happening, span: Span): TimelineItem | null {
  const { start, end, precision } = happening.time;
  const days = drawnDays(happening.time, span);
  if (!days) return null;
  const classes = [`kind-${happening.kind}`, `status-${happening.status}`, `precision-${precision}`, `basis-${happening.time.basis}`];
  if (!end) classes.push('open-end');
  if (!start) classes.push('open-start');
  if (happening.coded) classes.push('coded');
  const dataset = happening.coded ? `, ${happening.coded.coding.dataset}` : '';
  return {
    id: happening.id,
    group: happening.kind,
    // The open side's ellipsis says the bar's edge there is not a date; an open start's words sit at its known end.
    content: escapeHtml(`${start ? '' : '… '}${shorten(happening.title)}${end ? '' : ' …'}`),
    title: escapeHtml(`${happening.title} — ${happening.status.toLowerCase()}, ${describeDays(happening.time)}${dataset}`),
    start: new Date(days.start),
    end: new Date(days.end),
    type: 'range',
    className: classes.join(' '),
    kind: happening.kind,
    status: happening.status,
  };
}
