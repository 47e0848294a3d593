// Writes sources/annotation.schema.json from the zod schema, so editors complete and validate
// annotation files; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { annotationJsonSchema } from '../src/ingest/jsonSchema.js';

const file = path.join(projectRoot, 'sources', 'annotation.schema.json');
writeFileSync(file, annotationJsonSchema());
process.stdout.write(`wrote ${path.relative(projectRoot, file)}\n`);
