import http from 'node:http';
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import { costLimitPlugin } from './graphql/costLimit.js';
import { noStorePlugin } from './graphql/noStore.js';
import { roundTripsPlugin } from './graphql/roundTrips.js';
import { queriesOnlyPlugin } from './graphql/queriesOnly.js';
import { createSchema } from './graphql/schema.js';
import type { Config } from './config.js';
import { createContext, type Context, type RunnerFactory } from './context.js';
import { requestIdFrom } from './requestId.js';
import { createFormatError, errorLoggingPlugin } from './errors.js';
import { bodyErrors, httpClientErrors, notFound, unexpectedErrors } from './http/errorResponses.js';
import { answerParserErrors } from './http/parserErrors.js';
import { securityHeaders } from './http/securityHeaders.js';
import { urlGuard } from './http/urlGuard.js';
import { healthRoutes, type ReadinessProbe } from './http/health.js';
import { statusRoute } from './http/startingServer.js';
import type { StartupProgress } from './startup/progress.js';
import type { DatabaseHealth } from './db/supervisor.js';
import { nestingGuard } from './http/nestingGuard.js';
import { neo4jBrowserRoutes, type Neo4jBrowserOptions } from './http/neo4jBrowser.js';
import { sourceTextRoutes } from './http/sourceTexts.js';
import { annotateRoutes } from './http/annotate.js';
import { readOnlyBoltRelay } from './http/readOnlyBolt.js';
import { webPageRoutes } from './http/webPages.js';
import { loadExampleOperations } from './workbench/exampleOperations.js';
import { graphqlBody } from './workbench/graphqlBody.js';
import { graphqlLanding } from './workbench/graphqlLanding.js';
import { workbenchRoutes } from './workbench/routes.js';
import type { Logger } from './logger.js';

export interface ServerDeps {
  readonly config: Config;
  readonly makeRunner: RunnerFactory;
  readonly ready: ReadinessProbe;
  /** False once the server cannot recover by itself; /health then answers 503. */
  readonly alive?: () => boolean;
  /** What /health says of the database. */
  readonly databaseHealth?: () => DatabaseHealth;
  readonly logger: Logger;
  /** Serve Neo4j Browser at /browser (the embedded database, outside production). */
  readonly neo4jBrowser?: Neo4jBrowserOptions | undefined;
  /**
   * The server already listening, answering from the start-up routes until the caller hands it
   * `AppServer.app`; without it, a new server that serves the app at once.
   */
  readonly httpServer?: http.Server | undefined;
  /** The start's progress, served at /status. */
  readonly progress?: StartupProgress | undefined;
}

export interface AppServer {
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer<Context>;
  /** Every route; the request listener of httpServer once it is opened to it. */
  readonly app: http.RequestListener;
  /** True when Neo4j Browser is served at /browser. */
  readonly servesNeo4jBrowser: boolean;
}

/** The operation Sandbox opens with: a real analyst question, runnable as is. */
const landingOperation = 'TrussMeetings';

/**
 * The longest an analyst's statement in the console may run. Neo4j's read timeout for the API is
 * seconds; a console query may look wider, but not hold the database for long.
 */
const consoleTxTimeoutMs = 30_000;

/** The largest operation text, in tokens, the parser reads before giving up. */
const maxTokens = 2000;
/** Bracket nesting past the depth limit plus generous room for list and object literals. */
const maxBracketDepth = 100;

/** Apollo's own messages (rare: plugin and start-up trouble) as JSON log lines like ours. */
function apolloLogger(logger: Logger): NonNullable<ApolloServerOptions<Context>['logger']> {
  const text = (parts: unknown[]): string => parts.map((part) => (part instanceof Error ? part.stack ?? part.message : String(part))).join(' ');
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => logger.info('apollo', { detail: text(parts) }),
    warn: (...parts: unknown[]) => logger.warn('apollo', { detail: text(parts) }),
    error: (...parts: unknown[]) => logger.error('apollo', { detail: text(parts) }),
  };
}

/** Builds the HTTP server (or serves on the one given) and Apollo; never listens (main.ts does). */
export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const { config, makeRunner, ready, alive, databaseHealth, logger, neo4jBrowser, progress } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = deps.httpServer ?? http.createServer(app);
  if (!deps.httpServer) answerParserErrors(httpServer);
  const stopHooks: (() => void)[] = [];
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    // Cost is enforced by costLimitPlugin, which sees variables and schema defaults.
    costLimit: { enabled: false },
    maxAliases: { n: config.limits.maxAliases },
    maxDirectives: { n: 20 },
    // graphql-armor's token counter re-parses in a plugin hook, where every syntax error (and a
    // stack overflow on deep nesting) becomes a 500; graphql's own parser limit (parseOptions
    // below) fails as a syntax error, a 400.
    maxTokens: { enabled: false },
    // Analysts explore by trial; "did you mean" helps them and reveals nothing introspection does not.
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const apollo = new ApolloServer<Context>({
    schema: createSchema(),
    logger: apolloLogger(logger),
    parseOptions: { maxTokens },
    // main.ts owns the signals: it drains HTTP, then closes the driver, then stops the JVM.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    // Stacks name server files: only an operator who asks for them (DEBUG_ERRORS=on) gets them.
    includeStacktraceInErrorResponses: config.debugErrors,
    formatError: createFormatError({ debug: config.debugErrors }),
    validationRules: armor.validationRules,
    plugins: [
      queriesOnlyPlugin(),
      costLimitPlugin(config.limits.maxCost),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Relayed Bolt connections (Neo4j Browser) hold the HTTP server open: closed with the drain.
      { serverWillStart: async () => ({ drainServer: async () => stopHooks.forEach((hook) => hook()) }) },
      errorLoggingPlugin(),
      roundTripsPlugin(),
      // Apollo's own would cost a cache hint for every field resolved, to conclude no-store.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      // Outside production the browser view of /graphql is ours (graphqlLanding, below).
      config.production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.locals['requestId'] = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  app.use(securityHeaders(), urlGuard());
  // The API first: its requests, nearly all of them, then skip matching every other route.
  const examples = loadExampleOperations();
  if (!config.production) {
    const landing = examples.find((operation) => operation.name === landingOperation);
    app.get('/graphql', graphqlLanding({ ide: config.ide, operation: landingOperation, document: landing?.document ?? '', variables: landing?.variables ?? {} }));
  }
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: '100kb' }),
    graphqlBody('100kb'),
    bodyErrors(),
    nestingGuard(maxBracketDepth),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(makeRunner, config.limits, logger, String(res.locals['requestId'])),
    }),
  );
  app.use(healthRoutes(ready, alive, databaseHealth));
  if (progress) app.use(statusRoute(progress));
  const servesNeo4jBrowser = Boolean(neo4jBrowser) && !config.production;
  if (neo4jBrowser && servesNeo4jBrowser) {
    app.use(neo4jBrowserRoutes(neo4jBrowser));
    const relay = readOnlyBoltRelay(
      httpServer,
      {
        boltPort: Number(new URL(neo4jBrowser.boltUri).port),
        policy: { credentials: neo4jBrowser.credentials, databases: ['neo4j', 'system'], txTimeoutMs: consoleTxTimeoutMs },
      },
      logger,
    );
    httpServer.on('close', () => relay.close());
    stopHooks.push(() => relay.close());
  }
  app.use(workbenchRoutes({ examples, servesNeo4jBrowser }));
  app.use(sourceTextRoutes(config.sourcesDir, config.sourceTextsDir));
  app.use(annotateRoutes({ makeRunner, logger, textsDir: config.sourceTextsDir }));
  // After /graphql, so the API's own answers never meet the pages' content policy.
  app.use(webPageRoutes());
  app.use(notFound());
  app.use(httpClientErrors());
  app.use(unexpectedErrors(logger));
  return { httpServer, apollo, app, servesNeo4jBrowser };
}
