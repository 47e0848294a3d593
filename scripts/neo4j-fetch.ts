// Fetches the pinned embedded Neo4j jars from Maven Central into .neo4j/lib (once).
import { loadConfig } from '../src/config.js';
import { ensureJars } from '../src/db/embedded.js';
import { createLogger } from '../src/logger.js';

const config = loadConfig({ ...process.env, NEO4J_URI: '' });
if (config.neo4j.kind === 'embedded') ensureJars(config.neo4j, createLogger({ tool: 'neo4j-fetch' }));
