// Seeded randomness for the corpus: the same seed gives the same corpus on every machine and run.
// Every draw is a pure function of (seed, stream, index), so any record can be regenerated alone
// and nothing earlier has to be kept in memory to make it.

/** mulberry32 over a 32-bit hash of the inputs: a uniform float in [0, 1). */
export function uniform(seed: number, stream: number, index: number, draw = 0): number {
  let state = hash32(seed, stream, index, draw);
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part & 0xffff), 0x01000193);
    h = Math.imul(h ^ (part >>> 16), 0x01000193);
  }
  return h >>> 0;
}

/** A draw function for one record: draw(k) is its k-th number. */
export type Draw = (k: number) => number;
export const draws = (seed: number, stream: number, index: number): Draw => (k) => uniform(seed, stream, index, k);

/**
 * Zipf-like ranks over n items (P(rank r) ∝ 1 / (r + 1)^s), by inverse CDF on a table built
 * once per (n, s): rank 0 is the busiest. With s = 1 over 100,000 actors the top one is in
 * about 8 % of draws and half the draws fall on the top few hundred: a few actors in most
 * events and a long tail, as in coded event data.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(readonly n: number, s: number) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.cdf[r] = sum += 1 / (r + 1) ** s;
    for (let r = 0; r < n; r++) this.cdf[r]! /= sum;
  }

  rank(u: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export const pick = <T>(list: readonly T[], u: number): T => list[Math.min(list.length - 1, Math.floor(u * list.length))]!;
