// name: discrepancies
// answers: where a source contradicts itself (INTERNAL) or the public record (WITH_RECORD), or two
//          sources state the same fact differently (BETWEEN_SOURCES, most found by the loader)
// params: $kind: String or null for every kind, e.g. 'INTERNAL'
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only discrepancies known by then: knownFrom on or before it, which for one the loader
//           found is the publication day of the latest source it compares); null for today's view
// returns: many { discrepancy: Discrepancy properties + labels }
MATCH (d:Discrepancy)
WHERE ($kind IS NULL OR d.discrepancyKind = $kind)
  AND ($asOf IS NULL OR d.knownFrom <= date($asOf))
RETURN d {.*, labels: labels(d)} AS discrepancy
ORDER BY d.discrepancyKind, d.id;
