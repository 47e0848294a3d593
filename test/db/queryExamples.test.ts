import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadQueries, queriesDir } from '../../src/db/queries.js';
import { namedQueryDocuments, parametersOf, queryExamples } from '../../src/http/queryFavorites.js';
import { testDriver } from '../support/neo4j.js';

const reads = [...loadQueries([queriesDir]).values()].filter((query) => query.mode === 'read');
const examples = queryExamples();

/** A value as a `:param` line gives it to Neo4j Browser: whole numbers are Cypher integers. */
function asBrowserGives(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(asBrowserGives);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asBrowserGives(inner)]));
  return value;
}

describe('the example parameters of the named queries (cypher/queryExamples.json)', () => {
  it('name no query that is not a named read query', () => {
    expect(Object.keys(examples).sort()).toEqual(reads.map((query) => query.name).sort());
  });

  it.each(reads.map((query) => [query.name, query] as const))('give %s exactly the parameters it uses', (_name, query) => {
    expect(Object.keys(examples[query.name] ?? {}).sort()).toEqual(parametersOf(query.text));
  });

  it.each(reads.map((query) => [query.name, query] as const))('run %s read-only as pasted, with rows to show', async (_name, query) => {
    const session = testDriver().session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(query.text, asBrowserGives(examples[query.name]) as Record<string, unknown>));
      // A query declared to return nothing (waiting for the indexes) has nothing to show.
      if (/^\/\/ returns: none$/m.test(query.text)) expect(result.records).toEqual([]);
      else expect(result.records.length).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });

  it("head each query's favorite with a :param line for every parameter, before the statement", () => {
    const documents = namedQueryDocuments();
    expect(documents.map((document) => document.name)).toEqual(reads.map((query) => query.name));
    const countryByCode = documents.find((document) => document.name === 'countryByCode')!;
    expect(countryByCode.content.split('\n').slice(0, 4)).toEqual([
      '// named query: countryByCode (cypher/queries/countryByCode.cypher), with example parameters from cypher/queryExamples.json',
      ':param code => "GBR";',
      ':param asOf => null;',
      '// name: countryByCode',
    ]);
    for (const document of documents) {
      const params = document.content.split('\n').filter((line) => line.startsWith(':param ')).map((line) => line.split(' ')[1]!);
      expect(params.sort(), document.name).toEqual(parametersOf(document.content));
    }
  });
});
