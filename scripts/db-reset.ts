// Deletes the embedded Neo4j store; the next `npm start` creates and seeds a fresh one.
import { rmSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { processDeps, readRunFile } from '../src/runFile.js';

const config = loadConfig();
if (config.neo4j.kind !== 'embedded') {
  process.stderr.write('NEO4J_URI is set: db:reset only deletes the embedded store, never an external database.\n');
  process.exit(2);
}
// A store deleted under a running server leaves it answering from files that are gone.
const run = readRunFile(config.neo4j.dataDir, processDeps);
if (run.kind === 'running') {
  process.stderr.write(`The server ${run.info.httpUrl} (pid ${run.info.pid}) is running on ${config.neo4j.dataDir}: stop it first.\n`);
  process.exit(2);
}
rmSync(config.neo4j.dataDir, { recursive: true, force: true });
process.stdout.write(`Deleted ${config.neo4j.dataDir}; the next start loads the graph afresh.\n`);
