/** A seeded random source (mulberry32): the same seed gives the same numbers on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Roughly normal (sum of three uniforms), for tones that cluster around a mean. */
  normal(mean: number, spread: number): number {
    return mean + spread * (this.next() + this.next() + this.next() - 1.5) * 2;
  }

  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

/**
 * Draws items Zipf-like: the item at rank r (from 1) with weight 1/r^exponent, as news attention
 * falls off from the few countries and event kinds every story mentions.
 */
export class Zipf<T> {
  private readonly cumulative: number[];

  constructor(
    private readonly ranked: readonly T[],
    exponent = 1,
  ) {
    let total = 0;
    this.cumulative = ranked.map((_, i) => (total += 1 / Math.pow(i + 1, exponent)));
  }

  draw(random: Random): T {
    const target = random.next() * (this.cumulative.at(-1) ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    const item = this.ranked[low];
    if (item === undefined) throw new Error('draw from an empty list');
    return item;
  }
}
