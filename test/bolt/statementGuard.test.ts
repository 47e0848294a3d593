import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/bolt/statementGuard.js';

describe("the console's statement guard", () => {
  it.each([
    "MATCH (m:Meeting {id: 'meeting:truss-lavrov-moscow-talks'}) RETURN m",
    'OPTIONAL MATCH (n) RETURN count(n)',
    'EXPLAIN MATCH (n) RETURN n',
    'PROFILE MATCH (n) RETURN n LIMIT 1',
    'CYPHER runtime=slotted MATCH (n) RETURN n',
    'CYPHER 5 planner=cost runtime=pipelined RETURN 1',
    'USE system SHOW DATABASES',
    'SHOW DATABASES YIELD name RETURN name',
    'SHOW PROCEDURES',
    "CALL db.labels() YIELD label RETURN {name:'labels', data:COLLECT(label)[..1000]} AS result",
    'CALL dbms.components() YIELD name, versions, edition',
    "CALL db.index.fulltext.queryNodes('search', 'Lavrov') YIELD node RETURN node",
    'CALL { MATCH (n) RETURN n } RETURN n',
    'MATCH (n) CALL (n) { RETURN n.id AS id } RETURN id',
    "MATCH (n) WHERE n.name = 'CALL db.clearQueryCaches() LOAD CSV TERMINATE' RETURN n",
    'MATCH (n:Terminate) RETURN n.terminate, n.call',
    '// LOAD CSV in a comment\nMATCH (n) RETURN n /* CALL db.clearQueryCaches() */',
    'WITH 1 AS x RETURN x',
    'UNWIND [1, 2] AS x RETURN x',
    'MATCH (m) DETACH DELETE m', // begins as a read: Neo4j's read mode refuses the write itself
  ])('lets through %s', (statement) => {
    expect(refusal(statement)).toBeNull();
  });

  it.each<[string, RegExp]>([
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV is refused/],
    ["WITH 1 AS x LOAD CSV FROM 'http://127.0.0.1/health' AS row RETURN row", /LOAD CSV is refused/],
    ['load /* hidden */ csv from "file:///etc/passwd" as r return r', /LOAD CSV is refused/],
    ['CALL db.clearQueryCaches()', /procedure db\.clearQueryCaches is not available/],
    ['CALL `db`.`clearQueryCaches`()', /procedure db\.clearQueryCaches is not available/],
    ['CALL db . clearQueryCaches ( )', /procedure db\.clearQueryCaches is not available/],
    ['MATCH (n) CALL dbms.listConfig() YIELD name RETURN name', /procedure dbms\.listConfig is not available/],
    ['MATCH (n) WITH n CALL { CALL db.createLabel("X") } RETURN n', /procedure db\.createLabel is not available/],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', /TERMINATE is refused/],
    ['SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId', /TERMINATE is refused/],
    ['CREATE DATABASE junk', /beginning with "CREATE" is refused/],
    ["CREATE (:Junk {id: 'junk'})", /beginning with "CREATE" is refused/],
    ['EXPLAIN MERGE (n:Junk) RETURN n', /beginning with "MERGE" is refused/],
    ['USE system CREATE USER mallory SET PASSWORD "secret-secret"', /beginning with "CREATE" is refused/],
    ['ALTER CURRENT USER SET PASSWORD FROM "a" TO "b"', /beginning with "ALTER" is refused/],
    ['STOP DATABASE neo4j', /beginning with "STOP" is refused/],
    ['   ', /empty/],
  ])('refuses %s', (statement, message) => {
    expect(refusal(statement)).toMatch(message);
  });
});
