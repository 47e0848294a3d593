// The peer: @neo4j/graphql 7's generated API over our graph (bench/peer/typeDefs.graphql), served
// by Apollo Server 5 on express as our server is, so only the GraphQL layer differs. Started by
// bench/sides.ts as its own process with the server's node flags; reports the database
// transactions of each request in x-db-round-trips, as our server does.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { roundTripsHeader, sideEnv, type ReadyLine } from '../sideEnv.js';
import { countTransactions, roundTrips, type RoundTrips } from './countingDriver.js';

const { boltUri, auth, port } = sideEnv();
const driver = countTransactions(neo4j.driver(boltUri, auth, { disableLosslessIntegers: true }));
const typeDefs = readFileSync(new URL('typeDefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

interface PeerContext {
  readonly counter: RoundTrips;
}

const apollo = new ApolloServer<PeerContext>({
  schema,
  plugins: [
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response, contextValue }) {
            response.http.headers.set(roundTripsHeader, String(contextValue.counter.count));
          },
        };
      },
    },
  ],
});
await apollo.start();

const app = express();
app.use(
  '/graphql',
  express.json({ limit: '1mb' }),
  // The request's count lives for the whole request, so every session it opens is counted.
  (req, _res, next) => {
    const counter: RoundTrips = { count: 0 };
    (req as unknown as { counter: RoundTrips }).counter = counter;
    roundTrips.run(counter, next);
  },
  expressMiddleware(apollo, { context: async ({ req }) => ({ counter: (req as unknown as { counter: RoundTrips }).counter }) }),
);
const server = app.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = address && typeof address === 'object' ? address.port : port;
  const ready: ReadyLine = { ready: true, url: `http://127.0.0.1:${actual}/graphql`, pid: process.pid };
  console.log(JSON.stringify(ready));
});

process.once('SIGTERM', () => {
  server.close();
  void apollo.stop().then(() => driver.close()).then(() => process.exit(0));
});
