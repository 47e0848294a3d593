import neo4j from 'neo4j-driver';

/**
 * Converts values from the driver into plain JSON-friendly values: integers become numbers
 * (refusing any beyond 2^53, which would silently lose digits), temporal values become ISO
 * strings, nodes and relationships become their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) {
      throw new RangeError(`Neo4j integer ${value.toString()} is outside the safe range of a JavaScript number`);
    }
    return value.toNumber();
  }
  if (typeof value === 'bigint') return Number(value);
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}

export function recordToRow<T>(record: { toObject(): object }): T {
  return toPlain(record.toObject()) as T;
}
