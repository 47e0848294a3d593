// npm run draft:eval [-- --runs <n>]
// Drafts the two hand-annotated texts with the drafter (src/draft), scores each draft against its
// gold annotation (src/draft/eval: precision, recall and F1 per kind), prints the tables and
// writes bench/results/draft-eval.json. The drafter resolves names against the other files of
// sources/ only, never the one it is scored against. Texts come from SOURCE_TEXTS_DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config.js';
import { evaluateDrafter, type EvalText } from '../src/draft/eval/evaluate.js';
import { scoredKinds } from '../src/draft/eval/items.js';
import { percent, scoreTable } from '../src/draft/eval/table.js';
import { draftSource, knownFromSources } from '../src/draft/index.js';
import { displayPath } from '../src/ingest/parse.js';

// The publication intervals the drafter is given: the article's week (its date is not in the
// text; see the texts' README) and the readout's stated day.
const texts: EvalText[] = [
  { gold: 'truss-lavrov.yaml', published: { start: '2022-01-24', end: '2022-01-30' } },
  { gold: 'moscow-talks-readout.yaml', published: { start: '2022-02-11' } },
];

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(args: string[]): Promise<number> {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 11;
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: npm run draft:eval [-- --runs <n>]   (n ≥ 1 timed runs per text)\n');
    return 2;
  }
  const config = loadConfig();
  const report = await evaluateDrafter({
    draft: draftSource,
    knownFromSources,
    sourcesDir: config.sourcesDir,
    textsDir: config.sourceTextsDir,
    texts,
    runs,
  });
  for (const result of report.texts) {
    say(scoreTable(`${result.source} (${result.text}), drafted in ${result.draftMs.median} ms (median of ${runs})`, result.score));
    say('');
  }
  const totals = scoredKinds.map((kind) => `${kind} ${percent(report.total[kind].f1)}`).join(', ');
  say(`F1 over both texts: ${totals}; all ${percent(report.total.all.f1)}`);

  const out = path.join(projectRoot, 'bench', 'results', 'draft-eval.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const json = {
    generated: new Date().toISOString(),
    node: process.version,
    timedRuns: runs,
    warmUpRuns: 5,
    texts: report.texts.map((result) => ({
      source: result.source,
      gold: `sources/${result.gold}`,
      text: result.text,
      published: result.published,
      draftMs: result.draftMs,
      kinds: result.score.kinds,
      all: result.score.all,
      unplacedDraftQuotes: result.score.unplacedQuotes.draft,
    })),
    total: report.total,
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  say(`wrote ${displayPath(out)}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
