// name: sourceQuotes
// answers: for each source id, its quotes (Evidence QUOTED_FROM it) in the order of the text, one
//          page per source, each with what it supports: the nodes EVIDENCED_BY it (with the link's
//          role) and the relationships at the source's nodes that name it in evidenceIds
// params: $ids: [String] source ids, e.g. ['src:moscow-talks-readout'],
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (a source published after that day has no quotes yet; only links known by then,
//           knownFrom <= $asOf); null for today's view,
//         $skip: Integer, $limit: Integer
// returns: many { ownerId: String, total: Integer,
//                 page: [evidence properties + supports: [{ labels, role, node, relationship, to }]] }
//          (node and to are whole nodes, so an answer as of a day sees them as they were then)
UNWIND $ids AS ownerId
MATCH (s:Source:Node {id: ownerId})
WHERE $asOf IS NULL OR s.knownFrom <= date($asOf)
CALL (s) {
  MATCH (e:Evidence)-[:QUOTED_FROM]->(s)
  WITH e ORDER BY e.start, e.end, e.id
  RETURN collect(e) AS quotes
}
WITH ownerId, s, size(quotes) AS total, quotes[$skip..$skip + $limit] AS page
CALL (s, page) {
  WITH [quote IN page | quote.id] AS pageIds
  OPTIONAL MATCH (n:Node)-[:SUPPORTED_BY]->(s)
  OPTIONAL MATCH (n)-[r]-(other:Node)
  WHERE r.evidenceIds IS NOT NULL AND any(id IN r.evidenceIds WHERE id IN pageIds)
    AND ($asOf IS NULL OR r.knownFrom <= date($asOf) AND other.knownFrom <= date($asOf) AND n.knownFrom <= date($asOf))
  WITH DISTINCT r, startNode(r) AS from, endNode(r) AS to
  WITH collect(CASE WHEN r IS NULL THEN null ELSE {ids: r.evidenceIds, from: from {.*}, relationship: type(r), to: to {.*}} END) AS rels
  RETURN rels
}
RETURN ownerId, total,
       [quote IN page | quote {.*,
         supports: [(n:Node)-[link:EVIDENCED_BY]->(quote) WHERE ($asOf IS NULL OR link.knownFrom <= date($asOf) AND n.knownFrom <= date($asOf)) |
                      {labels: labels(n), role: link.role, node: n {.*}, relationship: null, to: null}]
                   + [rel IN rels WHERE quote.id IN rel.ids |
                      {labels: [], role: null, node: rel.from, relationship: rel.relationship, to: rel.to}]
       }] AS page;
