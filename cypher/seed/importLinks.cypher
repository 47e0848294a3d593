// name: importLinks
// mode: write
// answers: the links a dataset states between its entities (a place LOCATED_IN its country, a
//          person NATIONAL_OF, an organisation BELONGS_TO one): created when absent, and the
//          dataset added to the sources of one already there (sourceIds kept sorted, sourceId the last of them)
// params: $sourceId: String; $bySource: String, the loader's per-source record of a new link
//           (JSON: {"<sourceId>": {"props": {}, "evidenceIds": []}});
//         $rows: [{ from: String, type: String, to: String, knownFrom: String 'YYYY-MM-DD' (the first day the
//           dataset states it; an earlier day already on the link stays) }]
// returns: none
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.sourceId = $sourceId, r.sourceIds = [$sourceId], r.evidenceIds = [],
              r.bySource = $bySource
WITH r, date(row.knownFrom) AS known
SET r.knownFrom = CASE WHEN r.knownFrom IS NULL OR r.knownFrom > known THEN known ELSE r.knownFrom END
// Kept sorted, so the same imports in any order leave the same link.
WITH r
WHERE NOT $sourceId IN coalesce(r.sourceIds, [])
SET r.sourceIds = COLLECT {
      UNWIND coalesce(r.sourceIds, []) + $sourceId AS id
      RETURN id ORDER BY id
    }
SET r.sourceId = r.sourceIds[-1];
