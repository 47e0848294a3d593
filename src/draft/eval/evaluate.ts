/**
 * Drafts each gold-annotated text and scores the draft against the gold. The drafter resolves
 * names against what the other files of sources/ hold, never the evaluated file itself, so it
 * cannot copy the gold's own items; background.yaml and the other source stay in. Drafting is
 * timed on a warm process: the first draft of each text is the one scored; then every text is
 * drafted `warmUp` more times untimed (the JIT is still compiling the drafter's code well after
 * its first run), then `runs` times timed, and the median reported.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAnnotation } from '../../ingest/parse.js';
import type { DraftInput, DraftResult, KnownNode } from '../types.js';
import { sumFigures, type Figures } from './figures.js';
import { scoredKinds, type ScoredKind } from './items.js';
import { scoreDraft, type TextScore } from './score.js';

export type Drafter = (input: DraftInput, known: KnownNode[]) => DraftResult;
export type KnownLoader = (sourcesDir: string, textsDir: string) => KnownNode[] | Promise<KnownNode[]>;

/** A text to evaluate: its gold file in the sources folder and its publication interval. */
export interface EvalText {
  readonly gold: string;
  readonly published: { readonly start: string; readonly end?: string };
}

export interface TextResult {
  readonly source: string;
  readonly gold: string;
  readonly text: string;
  readonly published: EvalText['published'];
  /** Drafting time in ms: the median of the timed runs, and each run. */
  readonly draftMs: { readonly median: number; readonly runs: readonly number[] };
  readonly score: TextScore;
}

export interface EvalReport {
  readonly texts: readonly TextResult[];
  /** Each kind's counts summed over the texts. */
  readonly total: Readonly<Record<ScoredKind | 'all', Figures>>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A copy of the sources folder without one annotation file (and its stored anchors). */
function sourcesWithout(sourcesDir: string, gold: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'draft-eval-sources-'));
  const left = new Set([gold, gold.replace(/\.ya?ml$/, '.anchors.json')]);
  for (const file of readdirSync(sourcesDir)) {
    if (!left.has(file) && /\.(ya?ml|json)$/.test(file)) copyFileSync(path.join(sourcesDir, file), path.join(dir, file));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Prepared {
  readonly item: EvalText;
  readonly gold: ReturnType<typeof parseAnnotation>;
  readonly text: string;
  readonly file: string;
  readonly input: DraftInput;
  readonly known: KnownNode[];
}

export async function evaluateDrafter(options: {
  readonly draft: Drafter;
  readonly knownFromSources: KnownLoader;
  readonly sourcesDir: string;
  readonly textsDir: string;
  readonly texts: readonly EvalText[];
  /** Timed drafts of each text. */
  readonly runs: number;
  /** Untimed drafts of each text before the timed ones; 5 by default. */
  readonly warmUp?: number;
}): Promise<EvalReport> {
  const prepared: Prepared[] = [];
  for (const item of options.texts) {
    const goldFile = path.join(options.sourcesDir, item.gold);
    const gold = parseAnnotation(goldFile, readFileSync(goldFile, 'utf8'));
    const meta = gold.source.text;
    if (!meta) throw new Error(`${item.gold} has no text to draft from (source.text)`);
    const text = readFileSync(path.join(options.textsDir, meta.file), 'utf8');
    const others = sourcesWithout(options.sourcesDir, item.gold);
    let known: KnownNode[];
    try {
      known = await options.knownFromSources(others.dir, options.textsDir);
    } finally {
      others.remove();
    }
    const input: DraftInput = {
      text,
      published: item.published,
      id: gold.source.id,
      kind: gold.source.kind === 'READOUT' ? 'READOUT' : 'ARTICLE',
      title: gold.source.title,
      ...(gold.source.publisher ? { publisher: gold.source.publisher } : {}),
      file: meta.file,
    };
    prepared.push({ item, gold, text, file: meta.file, input, known });
  }
  const scored = prepared.map((p) => options.draft(p.input, p.known));
  for (let round = 0; round < (options.warmUp ?? 5); round++) for (const p of prepared) options.draft(p.input, p.known);
  const runs = prepared.map(() => [] as number[]);
  // Rounds over all texts rather than one text at a time, so a slow moment of the machine is
  // shared between them.
  for (let round = 0; round < options.runs; round++) {
    prepared.forEach((p, i) => {
      const started = performance.now();
      options.draft(p.input, p.known);
      runs[i]!.push(Math.round((performance.now() - started) * 10) / 10);
    });
  }
  const results: TextResult[] = prepared.map((p, i) => ({
    source: p.gold.source.id,
    gold: p.item.gold,
    text: p.file,
    published: p.item.published,
    draftMs: { median: median(runs[i]!), runs: runs[i]! },
    score: scoreDraft(p.gold, scored[i]!.annotation, p.text),
  }));
  const kindTotals = Object.fromEntries(scoredKinds.map((kind) => [kind, sumFigures(results.map((r) => r.score.kinds[kind]))]));
  return {
    texts: results,
    total: { ...(kindTotals as Record<ScoredKind, Figures>), all: sumFigures(results.map((r) => r.score.all)) },
  };
}
