import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { EnvironmentError } from './db/embedded.js';
import { createLogger } from './logger.js';

// The only module with side effects at import: reads config, starts everything, listens.
const logger = createLogger({ service: 'diplomatic-graph' });

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const app = await createApp(config, logger);
  await new Promise<void>((resolve) => app.server.httpServer.listen(config.port, config.host, resolve));
  const address = app.server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  logger.info('server ready', { url: `http://${host}:${port}/graphql`, startupMs: Date.now() - started });
  process.stdout.write(`GraphQL API and Apollo Sandbox: http://${host}:${port}/graphql\n`);
  if (app.server.servesNeo4jBrowser) process.stdout.write(`Neo4j Browser on the same graph: http://${host}:${port}/browser\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EnvironmentError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.error('start-up failed', { error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
  process.exit(1);
});
