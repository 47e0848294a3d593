/** The scores as a plain-text table, one row per kind, for the terminal. */
import { scoredKinds } from './items.js';
import type { Figures } from './figures.js';
import type { TextScore } from './score.js';

export const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(0)}%`);

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

const counts = (f: Figures) => [String(f.tp), String(f.fp), String(f.fn), percent(f.precision), percent(f.recall), percent(f.f1)];

export function scoreTable(title: string, score: TextScore): string {
  const header = ['kind', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'looser rule (tp/fp/fn, F1)'];
  const rows = scoredKinds.map((kind) => {
    const k = score.kinds[kind];
    const note = k.loose
      ? `${k.loose.rule}: ${k.loose.tp}/${k.loose.fp}/${k.loose.fn}, ${percent(k.loose.f1)}`
      : k.cameoRoot
        ? `CAMEO root agrees ${k.cameoRoot.agreed}/${k.cameoRoot.compared}`
        : '';
    return [kind, ...counts(k), note];
  });
  rows.push(['all', ...counts(score.all), '']);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((r) => r[i]!.length)));
  widths[widths.length - 1] = 0; // the last column is free text, left as it is
  const lines = [title, row(header, widths), ...rows.map((r) => row(r, widths))];
  const unplaced = score.unplacedQuotes.draft.length;
  if (unplaced > 0) lines.push(`  ${unplaced} draft quote(s) not placed in the text, e.g. ${score.unplacedQuotes.draft[0]}`);
  return lines.join('\n');
}
