import neo4j from 'neo4j-driver';

/**
 * Converts values from the driver into plain JSON-friendly values: integers become numbers
 * (refusing any beyond 2^53, which would silently lose digits), temporal values become ISO
 * strings, nodes and relationships become their properties. Lists and plain maps are converted
 * in place: the driver makes them anew for each record, so copying them only made garbage.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and plain maps and lists: answered without the driver's
  // type checks, which would otherwise run for every value of every row.
  const type = typeof value;
  if (type !== 'object') return type === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) {
      throw new RangeError(`Neo4j integer ${value.toString()} is outside the safe range of a JavaScript number`);
    }
    return value.toNumber();
  }
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
  return out;
}

export function recordToRow<T>(record: { toObject(): object }): T {
  return toPlain(record.toObject()) as T;
}
