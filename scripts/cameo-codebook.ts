// npm run cameo:codebook
// Writes src/modules/common/cameoCodebook.ts from the CAMEO codebook in ../shared/data/cameo
// (CAMEO_DATA_DIR to read another folder); a test regenerates it and fails on drift.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { buildCodebook, codebookModule } from '../src/modules/common/cameoTable.js';

const dir = process.env['CAMEO_DATA_DIR'] ?? path.join(projectRoot, '..', 'shared', 'data', 'cameo');
const rows = buildCodebook(readFileSync(path.join(dir, 'cameo-codes.csv'), 'utf8'), readFileSync(path.join(dir, 'CAMEO.goldsteinscale.txt'), 'utf8'));
const file = path.join(projectRoot, 'src', 'modules', 'common', 'cameoCodebook.ts');
writeFileSync(file, codebookModule(rows));
process.stdout.write(`wrote ${path.relative(projectRoot, file)}: ${rows.length} codes\n`);
