import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/db/scripts.js';

describe('splitStatements', () => {
  it('ends a statement only at a semicolon that closes a line', () => {
    const text = [
      '// a comment',
      "MERGE (e:Evidence {id: 'ev:1'})",
      "SET e.exact = 'one; two';",
      '',
      "MATCH (n) RETURN n;",
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      "MERGE (e:Evidence {id: 'ev:1'})\nSET e.exact = 'one; two'",
      'MATCH (n) RETURN n',
    ]);
  });

  it('keeps a last statement that has no closing semicolon and skips comment-only files', () => {
    expect(splitStatements('RETURN 1')).toEqual(['RETURN 1']);
    expect(splitStatements('// nothing here\n\n')).toEqual([]);
  });
});
