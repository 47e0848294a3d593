import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { EnvironmentError } from './db/embedded.js';
import { explainLoadFailure, StartupError } from './errors.js';
import { assertCanListen, listen } from './http/listen.js';
import { createLogger } from './logger.js';
import { announceRunning, assertStoreFree } from './runFile.js';

// The only module with side effects at import: reads config, starts everything, listens.
const logger = createLogger({ service: 'diplomatic-graph' });

/** How often to check that whoever started us (npm, a shell, a supervisor) is still there. */
const parentCheckMs = 500;

type Stop = () => Promise<void>;

let stop: Stop | undefined;
let stopping = false;

/** Stops once, whatever asks first: a signal, the parent going away, or a crash. */
function shutdown(reason: string, exitCode = 0): void {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { reason });
  (stop ? stop() : Promise.resolve()).then(
    () => process.exit(exitCode),
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

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  await assertCanListen(config.host, config.port);
  await assertStoreFree(config);
  // A full disk fails the seed with Neo4j's words for it, which name neither the disk nor the store.
  const app = await createApp(config, logger).catch((error: unknown) => {
    throw explainLoadFailure(error, config.neo4j);
  });
  stop = () => app.stop();
  await listen(app.server.httpServer, config.host, config.port);
  const address = app.server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  // The tools find this server, whatever its ports, by its data folder's run file.
  const runFile = announceRunning(config, port, app.database.uri);
  if (runFile) {
    logger.info('run file written', { file: runFile.file });
    stop = async () => {
      runFile.remove();
      await app.stop();
    };
  }
  logger.info('server ready', { url: `http://${host}:${port}/graphql`, pid: process.pid, startupMs: Date.now() - started });
  // The index first: it links every page, so an analyst who opens one address finds the rest.
  process.stdout.write(`Workbench (explorer, timeline, IDE, example operations): http://${host}:${port}/\n`);
  process.stdout.write(`GraphQL API and Apollo Sandbox: http://${host}:${port}/graphql\n`);
  if (app.server.servesNeo4jBrowser) process.stdout.write(`Neo4j Browser on the same graph: http://${host}:${port}/browser\n`);
}

main().catch((error: unknown) => {
  // Reasons the operator can act on are one plain line; anything else is a bug, logged with its stack.
  if (error instanceof ConfigError || error instanceof EnvironmentError || error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.error('start-up failed', { error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
  shutdown('start-up failed', 1);
});
