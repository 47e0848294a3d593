// @ts-check
// Compiles src/ to dist/ with `tsc -b tsconfig.build.json`, then bundles web/ (buildWeb.mjs): incremental, so it takes a fraction of a
// second when nothing changed, and it type-checks, so a type error stops `npm start` with tsc's
// message and a non-zero exit. Plain JavaScript, because it runs before anything is compiled.
//
// Why not `tsc -b` straight from package.json: npm runs a script through sh and forwards SIGTERM
// only to sh, which dies without passing it on, so a SIGTERM to `npm start` during the build would
// leave tsc running on its own. This wrapper passes signals on and, like src/main.ts, stops when
// whoever started it goes away.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './buildWeb.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** @type {string} */
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('npm start compiles src/ with TypeScript, a dev dependency, which is not installed: run npm ci (without --omit=dev).\n');
  process.exit(1);
}

const child = spawn(process.execPath, [tsc, '-b', path.join(projectRoot, 'tsconfig.build.json')], {
  cwd: projectRoot,
  stdio: 'inherit',
});

/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  process.exitCode = 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15);
}

for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP'])) process.on(signal, () => stop(signal));

const parent = process.ppid;
const watchdog = setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 200);

child.once('error', (error) => {
  clearInterval(watchdog);
  process.stderr.write(`Could not run the TypeScript compiler: ${error.message}\n`);
  process.exitCode = 1;
});
child.once('exit', (code, signal) => {
  if (process.exitCode === undefined) process.exitCode = code ?? (signal ? 1 : 0);
  if (process.exitCode !== 0) return clearInterval(watchdog);
  // The analyst pages, bundled from web/ once the server compiles.
  buildWeb({ log: (line) => process.stdout.write(`${line}\n`) })
    .catch((error) => {
      process.stderr.write(`Could not bundle the web pages: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    })
    .finally(() => clearInterval(watchdog));
});
