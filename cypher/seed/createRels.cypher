// name: createRels
// mode: write
// answers: writes relationships no source stated before (the loader has just looked), so they
//          are created without MERGE's check for an existing one
// params: $rows: [{ from: String, type: String, to: String, props: map }]
// returns: none
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props;
