import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadQueries, queriesDir } from '../../src/db/queries.js';
import { todayText } from '../../src/db/todayText.js';
import { queryExamples } from '../../src/http/queryFavorites.js';
import { readRows, testDriver } from '../support/neo4j.js';

const reads = [...loadQueries([queriesDir]).values()].filter((query) => query.mode === 'read');
const examples = queryExamples();

describe("a named query's text for today's view", () => {
  it('reads `$asOf IS NULL OR ...` as true, in parentheses, in a WHERE and in a pattern, and drops what is then always true', () => {
    const text = [
      'MATCH (a)-[r:X WHERE $asOf IS NULL OR r.knownFrom <= date($asOf)]->(b)',
      "WHERE $asOf IS NULL OR a.knownFrom <= date($asOf) // it's a comment, and the condition goes on",
      '  AND b.knownFrom <= date($asOf)',
      "WITH a, b WHERE a.kind <> 'x)' AND ($asOf IS NULL OR (b.knownFrom <= date($asOf) AND true))",
      'WITH a, date($asOf) AS asOf WHERE (asOf IS NULL OR EXISTS { (a)-->(c) WHERE c.knownFrom <= asOf }) AND a.id > 1',
      'RETURN a',
    ].join('\n');
    expect(todayText(text)).toBe(
      ['MATCH (a)-[r:X]->(b)', "WITH a, b WHERE a.kind <> 'x)'", 'WITH a, date($asOf) AS asOf WHERE a.id > 1', 'RETURN a'].join('\n'),
    );
  });

  it('ends a WHERE condition at the clause after it on the same line, and keeps one that is not an as-of condition', () => {
    expect(todayText('MATCH (a)-[r]->(x) WHERE $asOf IS NULL OR r.knownFrom <= date($asOf) RETURN x')).toBe('MATCH (a)-[r]->(x) RETURN x');
    const other = 'MATCH (a) WHERE $asOfNot IS NULL OR a.x = 1 RETURN a';
    expect(todayText(other)).toBe(other);
  });

  it('drops an as-of block, putting its today part in its place, uncommented', () => {
    const text = ['MATCH (m)', '// as of a day {', 'CALL (m) {', '  RETURN 1 AS said', '}', '// } today {', '// WITH *, null AS said', '// }', 'RETURN m, said'].join('\n');
    expect(todayText(text)).toBe(['MATCH (m)', 'WITH *, null AS said', 'RETURN m, said'].join('\n'));
    expect(todayText(['RETURN 1', '  // as of a day {', '  WITH 2 AS x', '  // }', 'RETURN 3'].join('\n'))).toBe(['RETURN 1', 'RETURN 3'].join('\n'));
  });

  it('refuses a block left open or a today part that is not commented out, saying where', () => {
    expect(() => todayText('// as of a day {\nRETURN 1')).toThrow('an as-of block is not closed with "// }"');
    expect(() => todayText('// as of a day {\nRETURN 1\n// } today {\nRETURN 2\n// }')).toThrow('line 4: the lines after "// } today {" must be comments');
    expect(() => todayText('// } today {')).toThrow('line 1: "// } today {" outside an as-of block');
    expect(() => todayText('WHERE ($asOf IS NULL OR a.x = 1')).toThrow('no closing parenthesis');
  });

  it.each(reads.map((query) => [query.name, query] as const))('of %s leaves no as-of check behind', (_name, query) => {
    // Every as-of part is marked: today's text compares no knownFrom and reads no stated account.
    const code = query.today.split('\n').filter((line) => !line.trim().startsWith('//'));
    expect(code.filter((line) => /knownFrom|said:SUPPORTED_BY/.test(line))).toEqual([]);
  });

  it.each(reads.map((query) => [query.name, query] as const))('of %s gives the rows the whole text gives with $asOf null', async (_name, query) => {
    const example = { ...examples[query.name], asOf: null } as Record<string, unknown>;
    // Batched queries also for every node of the graph as an owner, not the example's one.
    const everyId = (await readRows<{ id: string }>('MATCH (n:Node) RETURN n.id AS id ORDER BY id')).map((row) => row.id);
    const variants = 'ids' in example ? [example, { ...example, ids: everyId }] : [example];
    for (const params of variants) {
      const whole = await rowsOf(query.text, params);
      expect(await rowsOf(query.today, params)).toEqual(whole);
      if (query.name !== 'awaitIndexes') expect(whole.length).toBeGreaterThan(0);
    }
  });
});

async function rowsOf(text: string, params: Record<string, unknown>): Promise<unknown[]> {
  const session = testDriver().session({ defaultAccessMode: neo4j.session.READ });
  try {
    const integers = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]));
    return (await session.run(text, integers)).records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}
