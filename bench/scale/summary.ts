// The scales side by side: reads bench/results/<scale>.json and plans-<scale>.md for every scale
// benchmarked so far and writes bench/results/scales.md, the growth from S to the largest scale
// run and the targets, met or missed. The copy of the table in docs/scaling.md sits between two
// markers and is rewritten with it, so the docs never show figures of an older run.
// Runs at the end of `npm run bench -- --scale X`, or alone: `npx tsx bench/scale/summary.ts`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scales, type Scale } from '../../src/corpus/generate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsDir = path.join(root, 'bench', 'results');
const readmeFile = path.join(root, 'docs', 'scaling.md');
export const markers = ['<!-- scales:start (bench/scale/summary.ts writes this table) -->', '<!-- scales:end -->'] as const;

interface SideFigures {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
  readonly jvmCpuMsPerRequest: number;
}
interface Row {
  readonly question: string;
  readonly peerCannot: string | null;
  readonly ours: SideFigures | null;
  readonly peer: SideFigures | null;
  readonly floor: SideFigures | null;
}
interface Result {
  readonly date: string;
  readonly corpus: {
    readonly load: { readonly nodes: number; readonly relationships: number; readonly elementsPerSecond: number };
    readonly via?: string;
    readonly import?: { readonly elementsPerSecond: number; readonly cpuSeconds: number };
  };
  readonly settings: { readonly loadAverage: number[] };
  readonly memory: { readonly serverPeakRssMiB: number; readonly neo4jPeakRssMiB: number };
  readonly coldStartMs: number;
  readonly rows: readonly Row[];
  readonly errors: readonly string[];
}

/** Paths and search may grow 5× from S to L, the other questions 2× (the issue's targets). */
const growthAllowed = (question: string) => (question === 'Connection' || question === 'Search' ? 5 : 2);

const count = (n: number | undefined) => (n === undefined ? '–' : n.toLocaleString('en'));
const fmt = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : n < 10 ? n.toFixed(2) : n < 1000 ? n.toFixed(1) : Math.round(n).toLocaleString('en'));

/** Database hits of our statements and the floor's per question, from a PROFILE table. */
function dbHits(scale: Scale): Map<string, { ours: number; floor: number }> {
  const file = path.join(resultsDir, `plans-${scale}.md`);
  const hits = new Map<string, { ours: number; floor: number }>();
  if (!existsSync(file)) return hits;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.length < 6 || !/^\d+$/.test(cells[4] ?? '')) continue;
    const [, question, side, , count] = cells as [string, string, string, string, string];
    const entry = hits.get(question) ?? { ours: 0, floor: 0 };
    if (side === 'ours' || side === 'floor') entry[side] += Number(count);
    hits.set(question, entry);
  }
  return hits;
}

export function summarise(): string {
  const results = new Map<Scale, Result>();
  for (const scale of scales) {
    const file = path.join(resultsDir, `${scale}.json`);
    if (existsSync(file)) results.set(scale, JSON.parse(readFileSync(file, 'utf8')) as Result);
  }
  const run = scales.filter((s) => results.has(s));
  if (!run.length) return 'No scale has been benchmarked yet (`npm run bench -- --scale S`).';
  const largest = run.at(-1)!;
  const hits = new Map(run.map((s) => [s, dbHits(s)] as const));
  const questions = [...new Set(run.flatMap((s) => results.get(s)!.rows.map((r) => r.question)))];
  // A side whose every request failed has no figures (null in the JSON): it answered nothing, so
  // it has no ratio and no verdict, rather than a ratio of zero.
  const answered = (side: SideFigures | null) => (side && Number.isFinite(side.p50Ms) ? side : null);
  const row = (scale: Scale, question: string): Row | undefined => {
    const found = results.get(scale)?.rows.find((r) => r.question === question);
    return found && { ...found, ours: answered(found.ours), peer: answered(found.peer), floor: answered(found.floor) };
  };

  const corpusTable = [
    '| scale | nodes | relationships | loaded at, elements/s (whole build; the importer alone, and per CPU second) | API peak RSS under load | Neo4j peak RSS | cold start and warm-up | load average during the run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...run.map((s) => {
      const r = results.get(s)!;
      const { load } = r.corpus;
      const imported = r.corpus.import;
      const rate = imported
        ? `${load.elementsPerSecond.toLocaleString('en')} (importer ${imported.elementsPerSecond.toLocaleString('en')}, ${Math.round((load.nodes + load.relationships) / imported.cpuSeconds).toLocaleString('en')} per CPU s)`
        : `${load.elementsPerSecond.toLocaleString('en')} (through Cypher)`;
      return `| ${s} | ${load.nodes.toLocaleString('en')} | ${load.relationships.toLocaleString('en')} | ${rate} | ${r.memory.serverPeakRssMiB} MiB | ${r.memory.neo4jPeakRssMiB} MiB | ${fmt(r.coldStartMs / 1000)} s | ${r.settings.loadAverage.join(', ')} |`;
    }),
  ];
  const growthHeader = run.length > 1 ? `p99 ${largest}÷S (allowed)` : 'p99 growth';
  const questionTable = [
    `| question | ours p50 / p99 ms (${run.join(', ')}) | ${growthHeader} | db hits ours (${run.join(', ')}) | db hits floor (${run.join(', ')}) | at ${largest}: ours÷floor p50 (≤ 1.3) | at ${largest}: ours÷peer req/s (≥ 1.5) |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...questions.map((q) => {
      const latencies = run.map((s) => {
        const o = row(s, q)?.ours;
        return o ? `${fmt(o.p50Ms)} / ${fmt(o.p99Ms)}` : 'no answer';
      });
      const first = row('S', q)?.ours;
      const last = row(largest, q);
      const growth = first && last?.ours && run.length > 1 ? last.ours.p99Ms / first.p99Ms : undefined;
      const verdict = (value: number | undefined, ok: (v: number) => boolean) => (value === undefined ? '–' : `${fmt(value)} ${ok(value) ? 'met' : 'missed'}`);
      const floorRatio = last?.ours && last.floor ? last.ours.p50Ms / last.floor.p50Ms : undefined;
      // A peer that answered under 1 req/s, or failed, has no ratio worth a verdict.
      const peerRatio = last?.ours && last.peer && last.peer.requestsPerSecond >= 1 ? last.ours.requestsPerSecond / last.peer.requestsPerSecond : undefined;
      return [
        q,
        latencies.join('; '),
        growth === undefined ? '–' : `${verdict(growth, (g) => g <= growthAllowed(q))} (${growthAllowed(q)}×)`,
        run.map((s) => count(hits.get(s)!.get(q)?.ours)).join('; '),
        run.map((s) => count(hits.get(s)!.get(q)?.floor)).join('; '),
        verdict(floorRatio, (v) => v <= 1.3),
        last?.peerCannot ? 'peer cannot express' : last?.peer && peerRatio === undefined ? `peer under 1 req/s (ours ${fmt(last.ours?.requestsPerSecond)})` : verdict(peerRatio, (v) => v >= 1.5),
      ].join(' | ').replace(/^/, '| ').concat(' |');
    }),
  ];
  const errors = run.flatMap((s) => results.get(s)!.errors.map((e) => `- ${s}: ${e.replace(/\s+/g, ' ').slice(0, 300)}`));
  return [
    corpusTable.join('\n'),
    '',
    questionTable.join('\n'),
    '',
    `Runs: ${run.map((s) => `${s} ${results.get(s)!.date.slice(0, 16).replace('T', ' ')} UTC`).join(', ')}. Database hits are from \`PROFILE\` (\`--plans\`), which do not depend on how busy the machine is.`,
    ...(errors.length ? ['', 'Errors reported by the runs:', ...errors] : []),
  ].join('\n');
}

/** Writes scales.md and the copy in docs/scaling.md between the markers (left alone when they are missing). */
export function writeSummary(): string {
  const table = summarise();
  writeFileSync(path.join(resultsDir, 'scales.md'), `# The scale bench at every scale\n\n${table}\n`);
  const readme = readFileSync(readmeFile, 'utf8');
  const [start, end] = markers;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from >= 0 && to > from) writeFileSync(readmeFile, `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
  return table;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) console.log(writeSummary());
