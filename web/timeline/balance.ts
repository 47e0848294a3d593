import { linear, niceTicks, periodsBetween, type Period } from './scale.js';
import type { Balance, Tally } from './tally.js';

const svgNs = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What a bar says in full, and what the tests read back: the period, the sum and the counts. */
function barData(label: string, tally: Tally): Record<string, string | number> {
  return { 'data-period': label, 'data-sum': tally.goldsteinSum, 'data-cooperation': tally.cooperation, 'data-conflict': tally.conflict, 'data-neutral': tally.neutral };
}

const describe = (label: string, tally: Tally) =>
  `${label}: Goldstein sum ${tally.goldsteinSum}; ${tally.cooperation} cooperation, ${tally.conflict} conflict, ${tally.neutral} neutral`;

/**
 * Bars of the Goldstein sum per period on two true scales: time across (one slot per month or
 * year, empty ones included, so a four-year gap looks like one) and the sum up and down from zero
 * with round ticks. Happenings whose start is unknown stand apart at the right, on the same
 * vertical scale. Every bar carries its counts (tooltip and data attributes).
 */
export function balanceChart(balance: Balance, period: Period): SVGSVGElement {
  const { rows, startUnknown } = balance;
  const unknownCount = startUnknown.cooperation + startUnknown.conflict + startUnknown.neutral;
  const slots = rows.length ? periodsBetween(rows[0]!.period, rows.at(-1)!.period, period) : [];
  const left = 46;
  const plotWidth = Math.min(860, Math.max(280, slots.length * 24));
  const slot = slots.length ? plotWidth / slots.length : 0;
  const apart = unknownCount ? 70 : 0;
  const width = left + plotWidth + apart + 8;
  const [top, bottom] = [12, 172];
  const height = bottom + 34;
  const sums = [...rows.map((row) => row.goldsteinSum), ...(unknownCount ? [startUnknown.goldsteinSum] : [])];
  const ticks = niceTicks(Math.min(0, ...sums), Math.max(0, ...sums));
  const y = linear([ticks.lo, ticks.hi], [bottom, top]);
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'balance-chart', 'data-ticks': ticks.values.join(' ') });
  chart.append(svg('title', {}, 'Cooperation–conflict balance: sum of Goldstein values per period'));

  for (const value of ticks.values) {
    const at = y(value);
    chart.append(svg('line', { x1: left - 4, x2: width - 4, y1: at, y2: at, class: value === 0 ? 'zero' : 'grid' }));
    chart.append(svg('text', { x: left - 7, y: at + 3.5, class: 'tick', 'text-anchor': 'end', 'data-value': value }, signed(value)));
  }
  chart.append(svg('line', { x1: left - 0.5, x2: left - 0.5, y1: top, y2: bottom, class: 'axis-line' }));

  const bar = (x: number, barWidth: number, label: string, tally: Tally) => {
    const from = y(0);
    const to = y(tally.goldsteinSum);
    // A sum of zero is a hairline on the zero line, so its period's counts still have a bar to sit on.
    const rect = svg('rect', {
      x,
      y: Math.min(from, to) - (from === to ? 0.5 : 0),
      width: barWidth,
      height: Math.max(Math.abs(to - from), 1),
      class: `bar ${tally.goldsteinSum > 0 ? 'cooperation' : tally.goldsteinSum < 0 ? 'conflict' : 'neutral'}`,
      ...barData(label, tally),
    });
    rect.append(svg('title', {}, describe(label, tally)));
    chart.append(rect);
    if (barWidth >= 18) {
      const above = tally.goldsteinSum >= 0;
      chart.append(svg('text', { x: x + barWidth / 2, y: above ? Math.min(from, to) - 3 : Math.max(from, to) + 10, class: 'value', 'text-anchor': 'middle' }, String(tally.goldsteinSum)));
    }
  };

  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const pad = slot >= 6 ? slot * 0.15 : 0;
  // Labels at least 34 px apart: every slot when they fit, else every January (or every nth year).
  const every = Math.max(1, Math.ceil(34 / Math.max(slot, 1)));
  slots.forEach((key, index) => {
    const x = left + index * slot;
    const row = byPeriod.get(key);
    if (row) bar(x + pad, Math.max(slot - 2 * pad, 1), key, row);
    const month = period === 'month' ? Number(key.slice(5, 7)) : 1;
    const year = Number(key.slice(0, 4));
    const labelled = period === 'year' ? index % every === 0 : every === 1 || (month === 1 && year % Math.ceil(every / 12) === 0);
    if (!labelled) return;
    chart.append(svg('line', { x1: x, x2: x, y1: bottom, y2: bottom + 4, class: 'axis-line' }));
    const text = period === 'year' ? key : every === 1 ? months[month - 1]! : String(year);
    chart.append(svg('text', { x: x + (every === 1 ? slot / 2 : 0), y: bottom + 15, class: 'period', 'text-anchor': every === 1 ? 'middle' : 'start', 'data-slot': key }, text));
    if (period === 'month' && every === 1 && (month === 1 || index === 0)) chart.append(svg('text', { x: x + slot / 2, y: bottom + 28, class: 'period', 'text-anchor': 'middle' }, String(year)));
  });
  chart.append(svg('line', { x1: left, x2: left + plotWidth, y1: bottom, y2: bottom, class: 'axis-line' }));

  if (unknownCount) {
    const x = left + plotWidth + 22;
    bar(x, 36, 'start unknown', startUnknown);
    chart.append(svg('text', { x: x + 18, y: bottom + 15, class: 'period', 'text-anchor': 'middle' }, 'start'), svg('text', { x: x + 18, y: bottom + 28, class: 'period', 'text-anchor': 'middle' }, 'unknown'));
  }
  return chart;
}
