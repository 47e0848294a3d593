// @ts-check
// Bundles the analyst pages in web/<page>/ (an index.html and a main.ts or main.tsx) into
// dist/web/<page>/ with esbuild: every library they use (GraphiQL, Cytoscape.js, vis-timeline)
// comes from node_modules and is served by this server, so the pages work with no internet.
// Skips the bundle when nothing under web/ (or the lock file) is newer than the last one, so
// `npm start` and the tests pay for it once.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const webSourceDir = path.join(projectRoot, 'web');
export const webOutDir = path.join(projectRoot, 'dist', 'web');
const stampFile = path.join(webOutDir, '.built');

/** The newest modification time under a folder (or of a file). @param {string} target @returns {number} */
function newest(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

/** The pages: every folder of web/ with an index.html (common/ holds what they share). */
export function webPages() {
  return readdirSync(webSourceDir).filter((name) => existsSync(path.join(webSourceDir, name, 'index.html')));
}

/** @param {string} page @returns {string | undefined} */
function entryOf(page) {
  return ['main.tsx', 'main.ts'].map((file) => path.join(webSourceDir, page, file)).find((file) => existsSync(file));
}

/**
 * A page's extra scripts beside main: `<name>.entry.ts` becomes `<name>.js` (a small script a
 * page loads before, or instead of, its main bundle), and `workers/<name>.ts` becomes
 * `workers/<name>.js`, a classic web worker (Monaco's editor workers), so the page starts them
 * from this server rather than from a CDN.
 * @param {string} page @returns {{ scripts: Record<string, string>, workers: Record<string, string> }}
 */
function extraEntriesOf(page) {
  const dir = path.join(webSourceDir, page);
  /** @type {Record<string, string>} */
  const scripts = {};
  for (const file of readdirSync(dir).filter((name) => /\.entry\.ts$/.test(name))) scripts[file.replace(/\.entry\.ts$/, '')] = path.join(dir, file);
  /** @type {Record<string, string>} */
  const workers = {};
  const workerDir = path.join(dir, 'workers');
  if (existsSync(workerDir)) {
    for (const file of readdirSync(workerDir).filter((name) => name.endsWith('.ts'))) workers[`workers/${file.replace(/\.ts$/, '')}`] = path.join(workerDir, file);
  }
  return { scripts, workers };
}

/** @param {{ force?: boolean, log?: (line: string) => void }} [options] */
export async function buildWeb({ force = false, log = () => undefined } = {}) {
  const inputs = Math.max(newest(webSourceDir), newest(path.join(projectRoot, 'package-lock.json')), newest(fileURLToPath(import.meta.url)));
  if (!force && existsSync(stampFile) && Number(readFileSync(stampFile, 'utf8')) >= inputs) return false;
  const esbuild = await import('esbuild');
  const started = Date.now();
  for (const page of webPages()) {
    const outDir = path.join(webOutDir, page);
    mkdirSync(outDir, { recursive: true });
    // Static files of the page (index.html, style sheets, images) are copied as they are.
    cpSync(path.join(webSourceDir, page), outDir, {
      recursive: true,
      filter: (source) => !/\.tsx?$/.test(source) && path.basename(source) !== 'workers',
    });
    const entry = entryOf(page);
    const { scripts, workers } = extraEntriesOf(page);
    /** @type {import('esbuild').BuildOptions} */
    const common = {
      outdir: outDir,
      bundle: true,
      minify: true,
      sourcemap: 'linked',
      target: 'es2022',
      jsx: 'automatic',
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    };
    const pageEntries = { ...(entry ? { main: entry } : {}), ...scripts };
    if (Object.keys(pageEntries).length > 0) await esbuild.build({ ...common, entryPoints: pageEntries, format: 'esm', splitting: false });
    if (Object.keys(workers).length > 0) await esbuild.build({ ...common, entryPoints: workers, format: 'iife' });
  }
  writeFileSync(stampFile, String(inputs));
  log(`bundled ${webPages().length} web pages in ${Date.now() - started} ms`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildWeb({ force: process.argv.includes('--force'), log: (line) => process.stdout.write(`${line}\n`) }).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
