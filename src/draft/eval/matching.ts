/**
 * One-to-one matching of draft items to gold items. Each gold item can be found once and each
 * draft item can find once, so two draft meetings for one gold meeting score one hit and one
 * false alarm. Rules are tried in stages, strongest first (the same id before a shared name
 * before overlapping quotes), so a weak rule never takes a pair a strong one would have made;
 * within a stage the matching is a maximum one (Kuhn's augmenting paths), so the figures do not
 * depend on the order of the items in the files.
 */

export interface Pair<G, D> {
  readonly gold: G;
  readonly draft: D;
  /** The name of the stage that matched them. */
  readonly by: string;
}

export interface Matching<G, D> {
  readonly pairs: readonly Pair<G, D>[];
  readonly missed: readonly G[];
  readonly spurious: readonly D[];
}

export interface Stage<G, D> {
  readonly name: string;
  readonly accepts: (gold: G, draft: D) => boolean;
}

export function matchInStages<G, D>(gold: readonly G[], draft: readonly D[], stages: readonly Stage<G, D>[]): Matching<G, D> {
  const goldOf = new Map<number, number>(); // draft index -> gold index
  const by = new Map<number, string>(); // draft index -> stage
  const taken = new Set<number>(); // gold indices matched in an earlier stage
  for (const stage of stages) {
    const free = [...gold.keys()].filter((g) => !taken.has(g));
    const openDraft = [...draft.keys()].filter((d) => !goldOf.has(d));
    const candidates = new Map(free.map((g) => [g, openDraft.filter((d) => stage.accepts(gold[g]!, draft[d]!))]));
    const owner = new Map<number, number>(); // draft index -> gold index, this stage only
    const augment = (g: number, seen: Set<number>): boolean => {
      for (const d of candidates.get(g) ?? []) {
        if (seen.has(d)) continue;
        seen.add(d);
        const holder = owner.get(d);
        if (holder === undefined || augment(holder, seen)) {
          owner.set(d, g);
          return true;
        }
      }
      return false;
    };
    for (const g of free) augment(g, new Set());
    for (const [d, g] of owner) {
      goldOf.set(d, g);
      by.set(d, stage.name);
      taken.add(g);
    }
  }
  const pairs = [...goldOf].map(([d, g]) => ({ gold: gold[g]!, draft: draft[d]!, by: by.get(d)! }));
  return {
    pairs,
    missed: gold.filter((_, g) => !taken.has(g)),
    spurious: draft.filter((_, d) => !goldOf.has(d)),
  };
}
