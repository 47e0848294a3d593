/** Hits, false alarms and misses, and the rates they give. */
export interface Figures {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** tp / (tp + fp); null when the draft has none of the kind (nothing to be right or wrong about). */
  readonly precision: number | null;
  /** tp / (tp + fn); null when the gold has none of the kind. */
  readonly recall: number | null;
  /** The harmonic mean of the two; null when either is, 0 when both are 0. */
  readonly f1: number | null;
}

const rate = (hits: number, total: number): number | null => (total === 0 ? null : hits / total);

export function figures(tp: number, fp: number, fn: number): Figures {
  const precision = rate(tp, tp + fp);
  const recall = rate(tp, tp + fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function sumFigures(list: readonly Figures[]): Figures {
  const total = (key: 'tp' | 'fp' | 'fn') => list.reduce((sum, f) => sum + f[key], 0);
  return figures(total('tp'), total('fp'), total('fn'));
}
