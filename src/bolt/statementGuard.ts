/**
 * What analysts' Cypher may ask through the console, decided before Neo4j sees it: queries that
 * read the graph and the SHOW commands, with procedures from a list of read-only ones. Neo4j's
 * read mode still refuses any write that gets this far; this guard covers what read mode allows
 * but an analyst's console must not do (clearing plan caches, ending other sessions'
 * transactions, reading files and URLs).
 */

/** Built-in procedures that only read the graph, its schema or the caller's own session. */
export const readOnlyProcedures: readonly string[] = [
  'db.labels', 'db.relationshipTypes', 'db.propertyKeys',
  'db.schema.visualization', 'db.schema.nodeTypeProperties', 'db.schema.relTypeProperties',
  'db.info', 'db.ping', 'db.awaitIndex', 'db.awaitIndexes',
  'db.index.fulltext.queryNodes', 'db.index.fulltext.queryRelationships', 'db.index.fulltext.listAvailableAnalyzers',
  'db.index.vector.queryNodes', 'db.index.vector.queryRelationships',
  'dbms.components', 'dbms.clientConfig', 'dbms.showCurrentUser', 'dbms.info', 'tx.getMetaData',
];
const allowed = new Set(readOnlyProcedures.map((name) => name.toLowerCase()));

/** The clauses a read query or a SHOW command begins with (after EXPLAIN, PROFILE, CYPHER options, USE). */
const openingClauses = ['MATCH', 'OPTIONAL', 'RETURN', 'WITH', 'UNWIND', 'CALL', 'SHOW'];

interface Token {
  readonly text: string;
  /** Only bare words can be keywords; a quoted name or a string never is. */
  readonly kind: 'word' | 'quoted' | 'string' | 'number' | 'punct';
}

/** Cypher split into words, quoted names, strings, numbers and punctuation; comments dropped. */
export function tokens(statement: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  const n = statement.length;
  while (at < n) {
    const c = statement[at]!;
    if (/\s/u.test(c)) at++;
    else if (statement.startsWith('//', at)) {
      const end = statement.indexOf('\n', at);
      at = end < 0 ? n : end + 1;
    } else if (statement.startsWith('/*', at)) {
      const end = statement.indexOf('*/', at + 2);
      at = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      at++;
      while (at < n && statement[at] !== c) at += statement[at] === '\\' ? 2 : 1;
      at++;
      out.push({ text: '', kind: 'string' });
    } else if (c === '`') {
      let name = '';
      at++;
      while (at < n) {
        if (statement[at] === '`' && statement[at + 1] === '`') {
          name += '`';
          at += 2;
        } else if (statement[at] === '`') break;
        else name += statement[at++];
      }
      at++;
      out.push({ text: name, kind: 'quoted' });
    } else if (/[\p{L}_$]/u.test(c)) {
      const start = at;
      while (at < n && /[\p{L}\p{N}_$]/u.test(statement[at]!)) at++;
      out.push({ text: statement.slice(start, at), kind: 'word' });
    } else if (/\p{N}/u.test(c)) {
      const start = at;
      while (at < n && /[\p{N}.]/u.test(statement[at]!)) at++;
      out.push({ text: statement.slice(start, at), kind: 'number' });
    } else {
      out.push({ text: c, kind: 'punct' });
      at++;
    }
  }
  return out;
}

const isWord = (token: Token | undefined, ...keywords: string[]): boolean =>
  token?.kind === 'word' && keywords.includes(token.text.toUpperCase());

/** Where the statement's first clause stands, past EXPLAIN, PROFILE, `CYPHER [version] [opt=value...]` and `USE name`. */
function firstClause(list: readonly Token[]): number {
  let at = 0;
  for (;;) {
    if (isWord(list[at], 'EXPLAIN', 'PROFILE')) at++;
    else if (isWord(list[at], 'CYPHER')) {
      at++;
      while (list[at]?.kind === 'number') at++;
      while (list[at + 1]?.text === '=') at += 3;
    } else if (isWord(list[at], 'USE')) {
      at += 2;
      while (list[at]?.text === '.' && list[at + 1]) at += 2;
    } else return at;
  }
}

/** The dotted name after a CALL at `at`, or null for a subquery (`CALL {`, `CALL (x) {`). */
function procedureName(list: readonly Token[], at: number): string | null {
  const first = list[at];
  if (!first || (first.kind !== 'word' && first.kind !== 'quoted')) return null;
  const parts = [first.text];
  let next = at + 1;
  while (list[next]?.text === '.' && list[next + 1]) {
    parts.push(list[next + 1]!.text);
    next += 2;
  }
  return parts.join('.');
}

/** Why the console refuses this statement, or null when it may run (read-only) on Neo4j. */
export function refusal(statement: string): string | null {
  const list = tokens(statement);
  for (let at = 0; at < list.length; at++) {
    const token = list[at]!;
    // A property, label or map key that happens to be spelt like a keyword is not one.
    const name = list[at - 1]?.text === '.' || list[at - 1]?.text === ':' || list[at + 1]?.text === ':';
    if (token.kind !== 'word' || name) continue;
    const keyword = token.text.toUpperCase();
    if (keyword === 'LOAD' && isWord(list[at + 1], 'CSV')) {
      return 'LOAD CSV is refused: the console reads the graph, not files or URLs.';
    }
    if (keyword === 'TERMINATE') {
      return "TERMINATE is refused: the console cannot end other sessions' transactions.";
    }
    if (keyword === 'CALL') {
      const procedure = procedureName(list, at + 1);
      if (procedure !== null && !allowed.has(procedure.toLowerCase())) {
        return (
          `The procedure ${procedure} is not available in the console, which calls only procedures that read the graph: ` +
          `${readOnlyProcedures.join(', ')}.`
        );
      }
    }
  }
  const opening = list[firstClause(list)];
  if (!opening) return 'The statement is empty.';
  if (!isWord(opening, ...openingClauses)) {
    return (
      `The console is read-only: a statement beginning with ${JSON.stringify(opening.text)} is refused. ` +
      'It runs queries that read the graph (MATCH, OPTIONAL MATCH, RETURN, WITH, UNWIND, CALL) and SHOW commands; ' +
      'the graph changes only through its sources (npm run ingest).'
    );
  }
  return null;
}
