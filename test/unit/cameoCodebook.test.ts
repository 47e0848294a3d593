import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { cameoCodes, cameoLabel, quadClassOf } from '../../src/modules/common/cameo.js';
import { buildCodebook, codebookModule, parseCsv } from '../../src/modules/common/cameoTable.js';

const dir = path.join(projectRoot, '..', 'shared', 'data', 'cameo');

describe('the CAMEO codebook', () => {
  it.skipIf(!existsSync(path.join(dir, 'cameo-codes.csv')))('is what npm run cameo:codebook makes of the shared codebook files today', () => {
    const rows = buildCodebook(readFileSync(path.join(dir, 'cameo-codes.csv'), 'utf8'), readFileSync(path.join(dir, 'CAMEO.goldsteinscale.txt'), 'utf8'));
    expect(rows).toHaveLength(312);
    expect(codebookModule(rows)).toBe(readFileSync(path.join(projectRoot, 'src', 'modules', 'common', 'cameoCodebook.ts'), 'utf8'));
  });

  it('keeps GDELT’s Goldstein value, with ICEWS’s alongside where they differ', () => {
    expect(cameoCodes['016']).toEqual({ label: 'deny responsibility', goldstein: -2, icewsGoldstein: -5 });
    expect(cameoCodes['042']).toEqual({ label: 'make a visit', goldstein: 1.9 });
    expect(cameoLabel('044')).toBe('meet at a third location');
    expect(quadClassOf('1312')).toBe('VERBAL_CONFLICT');
  });

  it('parses quoted CSV fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""\nthere"\n1,2,3\n')).toEqual([['a', 'b, c', 'say "hi"\nthere'], ['1', '2', '3']]);
  });
});
