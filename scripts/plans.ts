// `npm run plans`: writes cypher/planned/<Operation>.cypher, the one statement each example
// operation's root fields run, for review beside the operations (a test fails when they drift).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config.js';
import { loadQueries } from '../src/db/queries.js';
import { createSchema } from '../src/graphql/schema.js';
import { plannedFiles } from '../src/planner/snapshots.js';

const dir = path.join(projectRoot, 'cypher', 'planned');
const files = await plannedFiles(createSchema(), loadQueries(), loadConfig({}).limits, path.join(projectRoot, 'operations'));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const [file, text] of files) writeFileSync(path.join(dir, file), text);
console.log(`wrote ${files.size} planned statements to ${path.relative(projectRoot, dir)}/`);
