// npm run draft -- <text file> --published <YYYY-MM-DD>[..<YYYY-MM-DD>] [--id src:<slug>] [--kind ARTICLE|READOUT]
//                  [--title <headline>] [--publisher <name>] [--out <file.yaml>] [--force]
// Drafts an annotation file from a source's text (src/draft): every item UNREVIEWED, for a person
// to check. The text must be in the texts folder (SOURCE_TEXTS_DIR) for `npm run ingest -- --check`
// to place the quotes: a text elsewhere is copied there (and the copy is named). The draft goes to
// --out, by default drafts/<text name>.yaml, never over an existing file without --force.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config.js';
import { draftSource, knownFromSources } from '../src/draft/index.js';
import { displayPath } from '../src/ingest/parse.js';

const usage = `usage: npm run draft -- <text file> --published <YYYY-MM-DD>[..<YYYY-MM-DD>] [--id src:<slug>] [--kind ARTICLE|READOUT]
                        [--title <headline>] [--publisher <name>] [--out <file.yaml>] [--force]`;
const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (problem: string): number => {
  process.stderr.write(`${problem}\n${usage}\n`);
  return 2;
};

const valueFlags = new Set(['--published', '--id', '--kind', '--title', '--publisher', '--out']);

function main(args: string[]): number {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--force') flags.set(arg, 'yes');
    else if (valueFlags.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return fail(`${arg} needs a value`);
      flags.set(arg, value);
    } else if (arg.startsWith('--')) return fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) return fail(positional.length === 0 ? 'give the text file to draft from' : `one text file at a time (got ${positional.join(', ')})`);
  const published = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(flags.get('--published') ?? '');
  if (!published) return fail('--published is required: a day YYYY-MM-DD or an interval YYYY-MM-DD..YYYY-MM-DD');
  const [start, end = published[1]!] = [published[1]!, published[2]];
  if (Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end)) || end < start) return fail(`--published ${flags.get('--published')} is not a valid interval`);
  const id = flags.get('--id');
  if (id !== undefined && !/^src:[a-z0-9][a-z0-9-]*$/.test(id)) return fail(`--id ${id} is not a source id such as src:some-slug`);
  const kind = flags.get('--kind');
  if (kind !== undefined && kind !== 'ARTICLE' && kind !== 'READOUT') return fail(`--kind ${kind}: ARTICLE or READOUT`);
  const textFile = path.resolve(positional[0]!);
  if (!existsSync(textFile)) return fail(`${positional[0]} does not exist`);

  const config = loadConfig();
  const name = path.basename(textFile);
  const inTexts = path.join(config.sourceTextsDir, name);
  const text = readFileSync(textFile, 'utf8');
  if (path.resolve(inTexts) !== textFile) {
    if (existsSync(inTexts) && readFileSync(inTexts, 'utf8') !== text) {
      process.stderr.write(`${displayPath(inTexts)} exists with other words; rename the text or set SOURCE_TEXTS_DIR\n`);
      return 1;
    }
    mkdirSync(config.sourceTextsDir, { recursive: true });
    if (!existsSync(inTexts)) copyFileSync(textFile, inTexts);
    say(`text copied to the texts folder: ${displayPath(inTexts)}`);
  } else say(`text: ${displayPath(inTexts)} (in the texts folder)`);

  const out = path.resolve(flags.get('--out') ?? path.join(projectRoot, 'drafts', `${name.replace(/\.[^.]+$/, '')}.yaml`));
  if (existsSync(out) && !flags.has('--force')) {
    process.stderr.write(`${displayPath(out)} exists; give --force to replace it, or another --out\n`);
    return 1;
  }
  const started = performance.now();
  const known = knownFromSources(config.sourcesDir, config.sourceTextsDir);
  const drafted = draftSource(
    {
      text, published: { start, end }, file: name, ...(id ? { id } : {}), ...(kind === 'ARTICLE' || kind === 'READOUT' ? { kind } : {}),
      ...(flags.has('--title') ? { title: flags.get('--title')! } : {}), ...(flags.has('--publisher') ? { publisher: flags.get('--publisher')! } : {}),
    },
    known,
  );
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, drafted.yaml);
  const a = drafted.annotation;
  say(`wrote ${displayPath(out)} in ${Math.round(performance.now() - started)} ms (${known.length} known nodes to resolve names against)`);
  say(`  ${a.actors.length} actors, ${a.places.length} places, ${a.offices.length} offices, ${a.meetings.length} meetings, ${a.events.length} events, ${a.claims.length} claims, ${a.quantities.length} quantities`);
  const sections = ['actors', 'places', 'offices', 'meetings', 'events', 'claims', 'quantities'] as const;
  const attention = sections.flatMap((section) =>
    (a[section] as readonly { id: string; review?: { confidence: number; reason?: string | undefined } | undefined }[])
      .filter((item) => (item.review?.confidence ?? 1) < 0.6)
      .map((item) => `  ${item.id} (${item.review!.confidence})${item.review!.reason ? `: ${item.review!.reason}` : ''}`),
  );
  if (attention.length > 0) say(`needs attention (confidence below 0.6):\n${attention.join('\n')}`);
  say(`check it with: npm run ingest -- --check ${displayPath(out)}`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
