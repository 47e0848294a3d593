// name: discrepancies
// answers: where a source contradicts itself (INTERNAL) or the public record (WITH_RECORD), or two
//          sources state the same fact differently (BETWEEN_SOURCES, most found by the loader)
// params: $kind: String or null for every kind, e.g. 'INTERNAL'
// returns: many { discrepancy: Discrepancy properties + labels }
MATCH (d:Discrepancy)
WHERE $kind IS NULL OR d.discrepancyKind = $kind
RETURN d {.*, labels: labels(d)} AS discrepancy
ORDER BY d.discrepancyKind, d.id;
