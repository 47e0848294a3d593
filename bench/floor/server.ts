// The floor: what one question costs with no GraphQL at all. A bare node:http JSON endpoint,
// POST /<question> with the parameters as the JSON body, runs that question's one hand-written
// Cypher (bench/floor/<question>.cypher) through the driver and answers its rows as JSON, so
// HTTP and JSON cost the same as on the other sides. Always one database round trip.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import neo4j, { routing } from 'neo4j-driver';
import { roundTripsHeader, sideEnv, type ReadyLine } from '../sideEnv.js';

const { boltUri, auth, port } = sideEnv();
const driver = neo4j.driver(boltUri, auth, { disableLosslessIntegers: true });
const here = new URL('.', import.meta.url);
const queries = new Map(
  readdirSync(here)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => [file.replace(/\.cypher$/, ''), readFileSync(new URL(file, here), 'utf8')]),
);

/** Neo4j values as JSON: temporal values as their ISO strings (integers are numbers already). */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isDuration(value)) return value.toString();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
}

const server = createServer((req, res) => {
  const query = queries.get((req.url ?? '').slice(1));
  if (req.method !== 'POST' || !query) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no such question"}');
    return;
  }
  body(req)
    .then((params) => driver.executeQuery(query, params, { routing: routing.READ }))
    .then((result) => {
      const rows = result.records.map((record) => plain(record.toObject()));
      res.writeHead(200, { 'content-type': 'application/json', [roundTripsHeader]: '1' }).end(JSON.stringify({ data: rows }));
    })
    .catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
    });
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = address && typeof address === 'object' ? address.port : port;
  const ready: ReadyLine = { ready: true, url: `http://127.0.0.1:${actual}`, pid: process.pid };
  console.log(JSON.stringify(ready));
});

process.once('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
