// name: corpusNodes
// mode: write
// answers: writes a batch of generated nodes of one label set (npm run corpus), with the labels
//          and properties the annotation loader gives them; new ids only (a fresh store)
// params: $labels: [String], e.g. ['Actor', 'Person', 'Node']; $rows: [map of properties, id included]
// returns: none
UNWIND $rows AS row
CREATE (n:$($labels))
SET n = row;
