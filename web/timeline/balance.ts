import type { Happening } from './model.js';

export type Period = 'month' | 'year';

export interface PeriodBalance {
  period: string;
  goldsteinSum: number;
  cooperation: number;
  conflict: number;
  neutral: number;
}

/**
 * The cooperation–conflict balance per month or year: the sum of the Goldstein values of the
 * coded happenings starting in it, and how many lean each way. Uncoded or undated ones do not count.
 */
export function balanceByPeriod(happenings: readonly Happening[], period: Period): PeriodBalance[] {
  const byPeriod = new Map<string, PeriodBalance>();
  for (const happening of happenings) {
    const date = happening.time.start ?? happening.time.end;
    if (happening.goldstein === null || !date) continue;
    const key = period === 'month' ? date.slice(0, 7) : date.slice(0, 4);
    const row = byPeriod.get(key) ?? { period: key, goldsteinSum: 0, cooperation: 0, conflict: 0, neutral: 0 };
    row.goldsteinSum = Math.round((row.goldsteinSum + happening.goldstein) * 10) / 10;
    if (happening.goldstein > 0) row.cooperation += 1;
    else if (happening.goldstein < 0) row.conflict += 1;
    else row.neutral += 1;
    byPeriod.set(key, row);
  }
  return [...byPeriod.values()].sort((x, y) => x.period.localeCompare(y.period));
}

const svgNs = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Bars of the Goldstein sum per period (cooperation up, green; conflict down, red) with the counts under each. */
export function balanceChart(rows: readonly PeriodBalance[]): SVGSVGElement {
  const barWidth = 46;
  const gap = 14;
  const half = 70;
  const width = Math.max(rows.length * (barWidth + gap) + 50, 200);
  const height = half * 2 + 56;
  const most = Math.max(1, ...rows.map((row) => Math.abs(row.goldsteinSum)));
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'balance-chart' });
  chart.append(svg('title', {}, 'Cooperation–conflict balance: sum of Goldstein values per period'));
  chart.append(svg('line', { x1: 40, x2: width - 4, y1: half + 8, y2: half + 8, stroke: '#888' }));
  chart.append(svg('text', { x: 2, y: 16, class: 'axis' }, `+${most}`), svg('text', { x: 2, y: half * 2 + 8, class: 'axis' }, `−${most}`));
  rows.forEach((row, index) => {
    const x = 44 + index * (barWidth + gap);
    const size = (Math.abs(row.goldsteinSum) / most) * half;
    const y = row.goldsteinSum >= 0 ? half + 8 - size : half + 8;
    const bar = svg('rect', { x, y, width: barWidth, height: Math.max(size, 1), class: row.goldsteinSum >= 0 ? 'bar cooperation' : 'bar conflict', 'data-period': row.period });
    bar.append(svg('title', {}, `${row.period}: Goldstein sum ${row.goldsteinSum}; ${row.cooperation} cooperation, ${row.conflict} conflict, ${row.neutral} neutral`));
    chart.append(bar);
    chart.append(svg('text', { x: x + barWidth / 2, y: row.goldsteinSum >= 0 ? y - 3 : y + size + 11, class: 'value', 'text-anchor': 'middle' }, String(row.goldsteinSum)));
    chart.append(svg('text', { x: x + barWidth / 2, y: half * 2 + 30, class: 'period', 'text-anchor': 'middle' }, row.period));
    chart.append(svg('text', { x: x + barWidth / 2, y: half * 2 + 46, class: 'counts', 'text-anchor': 'middle' }, `▲${row.cooperation} ▼${row.conflict}`));
  });
  return chart;
}
