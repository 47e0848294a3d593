import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/db/records.js';

describe('toPlain', () => {
  it('turns Neo4j integers into numbers, nested anywhere', () => {
    expect(toPlain({ total: neo4j.int(35), page: [{ start: neo4j.int(12) }] })).toEqual({ total: 35, page: [{ start: 12 }] });
  });

  it('refuses an integer a JavaScript number would silently round', () => {
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow(/outside the safe range/);
  });

  it('writes dates and date-times as ISO 8601 strings', () => {
    expect(toPlain(new neo4j.types.Date(2022, 2, 10))).toBe('2022-02-10');
    expect(toPlain(new neo4j.types.DateTime(2022, 1, 26, 9, 30, 0, 0, 0))).toBe('2022-01-26T09:30:00Z');
  });

  it('keeps null, strings, booleans and floats as they are', () => {
    expect(toPlain({ a: null, b: 'x', c: true, d: 8.3, e: undefined })).toEqual({ a: null, b: 'x', c: true, d: 8.3, e: null });
  });
});
