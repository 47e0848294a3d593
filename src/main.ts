import type http from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { EnvironmentError } from './db/embedded.js';
import { explainLoadFailure, StartupError } from './errors.js';
import { boundPort, listen, serverOrigin } from './http/listen.js';
import { createStartingServer } from './http/startingServer.js';
import { createLogger } from './logger.js';
import { announceRunning, assertStoreFree } from './runFile.js';
import { createStartupProgress } from './startup/progress.js';

// The only module with side effects at import: reads config, starts everything, listens.
const logger = createLogger({ service: 'diplomatic-graph' });

/** How often to check that whoever started us (npm, a shell, a supervisor) is still there. */
const parentCheckMs = 500;

/**
 * How long a failed start keeps answering with its reason before the process exits: long enough
 * for the status page, reloading every second, to show it; short, since a supervisor waits on
 * the exit to restart us.
 */
const failureShownMs = 5000;

type Stop = () => Promise<void>;

let stop: Stop | undefined;
let stopping = false;
/** A failed start exits 1, even when a signal ends the moment its reason is shown. */
let startFailed = false;

/** Stops once, whatever asks first: a signal, the parent going away, or a crash. */
function shutdown(reason: string, exitCode = 0): void {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { reason });
  (stop ? stop() : Promise.resolve()).then(
    () => process.exit(startFailed ? 1 : exitCode),
    (error: unknown) => {
      logger.error('shutdown failed', { error: error instanceof Error ? error.stack ?? error.message : String(error) });
      process.exit(1);
    },
  );
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => shutdown(signal));

// Whoever reads our output (npm, a terminal, a harness) may go first. Without a listener, each
// write to the closed pipe would be an uncaught exception, logged by another write, spinning.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => shutdown('output closed'));

// npm runs a script through sh, and SIGTERM to npm reaches only sh, which dies without passing it
// on. We are then reparented; noticing that is the one signal every launcher layer gives us.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) shutdown('parent process exited');
}, parentCheckMs).unref();

// A crash is logged as one JSON line like everything else, and still stops the JVM cleanly.
process.on('uncaughtException', (error) => {
  logger.error('uncaught exception', { error: error.stack ?? error.message });
  shutdown('uncaught exception', 1);
});
process.on('unhandledRejection', (reason) => {
  logger.error('unhandled rejection', { error: reason instanceof Error ? reason.stack ?? reason.message : String(reason) });
  shutdown('unhandled rejection', 1);
});

/**
 * Says why the start failed: reasons the operator can act on as one plain line, anything else (a
 * bug) logged with its stack. Returns what the status page shows.
 */
function reportFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof EnvironmentError || error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
    return error.message;
  }
  logger.error('start-up failed', { error: error instanceof Error ? error.stack ?? error.message : String(error) });
  return 'an unexpected error; the server log has its details';
}

const closeServer = (server: http.Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  await assertStoreFree(config);
  // Listening comes first, before the JVM: from the first second every page shows how the start
  // is going, and a port in use fails the start at once.
  const progress = createStartupProgress();
  const starting = createStartingServer(progress);
  await listen(starting.httpServer, config.host, config.port);
  stop = () => closeServer(starting.httpServer);
  const origin = serverOrigin(starting.httpServer, config.host, config.port);
  logger.info('server listening', { url: `${origin}/`, pid: process.pid, listenMs: Date.now() - started });
  process.stdout.write(`Starting; until the workbench is served, ${origin}/ shows how far the start has got\n`);
  try {
    // Loaded once listening: the API's modules take a moment to load that the status page need not wait for.
    const { createApp } = await import('./app.js');
    // A full disk fails the seed with Neo4j's words for it, which name neither the disk nor the store.
    const app = await createApp(config, logger, { httpServer: starting.httpServer, progress }).catch((error: unknown) => {
      throw explainLoadFailure(error, config.neo4j);
    });
    stop = () => app.stop();
    // The tools find this server, whatever its ports, by its data folder's run file.
    const runFile = announceRunning(config, boundPort(starting.httpServer, config.port), app.database.uri);
    if (runFile) {
      logger.info('run file written', { file: runFile.file });
      stop = async () => {
        runFile.remove();
        await app.stop();
      };
    }
    starting.open(app.server.app);
    progress.ready();
    logger.info('server ready', { url: `${origin}/graphql`, pid: process.pid, startupMs: Date.now() - started });
    // The index first: it links every page, so an analyst who opens one address finds the rest.
    process.stdout.write(`Workbench (explorer, timeline, IDE, example operations): ${origin}/\n`);
    process.stdout.write(`GraphQL API and Apollo Sandbox: ${origin}/graphql\n`);
    if (app.server.servesNeo4jBrowser) process.stdout.write(`Neo4j Browser on the same graph: ${origin}/browser\n`);
  } catch (error) {
    if (stopping) return;
    const reason = reportFailure(error);
    // Its words may name folders of this machine: in production only the operator reads them.
    progress.fail(config.production ? 'the reason is in the server’s output' : reason);
    startFailed = true;
    await new Promise((resolve) => setTimeout(resolve, failureShownMs));
    shutdown('start-up failed', 1);
  }
}

main().catch((error: unknown) => {
  reportFailure(error);
  shutdown('start-up failed', 1);
});
