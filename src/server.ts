import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import { costLimitPlugin } from './graphql/costLimit.js';
import { DateScalar } from './graphql/scalars.js';
import { loadTypeDefs, resolvers } from './graphql/schema.js';
import { projectRoot, type Config } from './config.js';
import { createContext, requestIdFrom, type Context, type RunnerFactory } from './context.js';
import { createFormatError, errorLoggingPlugin } from './errors.js';
import { healthRoutes, type ReadinessProbe } from './http/health.js';
import { neo4jBrowserRoutes, type Neo4jBrowserOptions } from './http/neo4jBrowser.js';
import type { Logger } from './logger.js';

export interface ServerDeps {
  readonly config: Config;
  readonly makeRunner: RunnerFactory;
  readonly ready: ReadinessProbe;
  readonly logger: Logger;
  /** Serve Neo4j Browser at /browser (the embedded database, outside production). */
  readonly neo4jBrowser?: Neo4jBrowserOptions | undefined;
}

export interface AppServer {
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer<Context>;
  /** True when Neo4j Browser is served at /browser. */
  readonly servesNeo4jBrowser: boolean;
}

/** The operation Sandbox opens with: a real analyst question, runnable as is. */
const landingOperation = path.join(projectRoot, 'operations', 'TrussMeetings.graphql');

/** Builds the HTTP server and Apollo from their dependencies; never listens (main.ts does). */
export async function createServer({ config, makeRunner, ready, logger, neo4jBrowser }: ServerDeps): Promise<AppServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    // Cost is enforced by costLimitPlugin, which sees variables and schema defaults.
    costLimit: { enabled: false },
    maxAliases: { n: config.limits.maxAliases },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    // Analysts explore by trial; "did you mean" helps them and reveals nothing introspection does not.
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: { ...resolvers, Date: DateScalar },
    // main.ts owns the signals: it drains HTTP, then closes the driver, then stops the JVM.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    formatError: createFormatError(config.production),
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor's plugin types target an older Apollo typing; the runtime shape is the same.
      ...(armor.plugins as never[]),
      costLimitPlugin(config.limits.maxCost),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorLoggingPlugin(),
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            footer: false,
            document: readFileSync(landingOperation, 'utf8'),
            variables: { name: 'Liz Truss' },
          }),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(ready));
  const servesNeo4jBrowser = Boolean(neo4jBrowser) && !config.production;
  if (neo4jBrowser && servesNeo4jBrowser) app.use(neo4jBrowserRoutes(neo4jBrowser));
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers['x-request-id']);
        res.setHeader('x-request-id', requestId);
        return createContext(makeRunner, config.limits, logger, requestId);
      },
    }),
  );
  return { httpServer, apollo, servesNeo4jBrowser };
}
