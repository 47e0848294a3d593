// `npm run corpus -- --scale S|M|L [--seed N] [--check] [--rebuild] [--via import|cypher]`:
// generates the event corpus (src/corpus/) and loads it into a store of its own under
// .corpus/<scale>-seed<N>/, which the scale bench (`npm run bench -- --scale S`) then serves.
// --check only generates and prints the counts and the hash (no database); a current store is
// kept unless --rebuild. --via picks the loader: the bulk importer (import, the default) or
// batched UNWIND statements through the driver (cypher).
import { ensureStore, loadPaths, type LoadPath } from '../bench/scale/store.js';
import { corpus, scales, type Scale } from '../src/corpus/generate.js';
import { corpusHash } from '../src/corpus/load.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const scale = (option('--scale') ?? 'S').toUpperCase() as Scale;
const seed = Number(option('--seed') ?? 1);
if (!scales.includes(scale)) throw new Error(`--scale must be one of ${scales.join(', ')}`);
if (!Number.isInteger(seed) || seed < 1) throw new Error('--seed must be a whole number from 1');
const via = option('--via') as LoadPath | undefined;
if (via !== undefined && !loadPaths.includes(via)) throw new Error(`--via must be one of ${loadPaths.join(', ')}`);

if (args.includes('--check')) {
  const started = performance.now();
  const { sha256, nodes, relationships } = corpusHash(corpus(scale, seed));
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ scale, seed, counts: corpus(scale, seed).counts, nodes, relationships, sha256, generateMs: ms }, null, 2));
} else {
  const manifest = await ensureStore(scale, seed, (line) => console.log(line), args.includes('--rebuild'), via);
  console.log(JSON.stringify(manifest, null, 2));
}
