// name: dropDetected
// mode: write
// answers: removes the discrepancies the loader found (detected) about these subjects, before it
//          looks again, so a discrepancy lasts only while both sources still disagree
// params: $ids: [String] subject ids, e.g. ['meeting:truss-lavrov-moscow-talks']
// returns: none
UNWIND $ids AS id
MATCH (:Node {id: id})<-[:CONCERNS]-(d:Discrepancy {detected: true})
WITH DISTINCT d
DETACH DELETE d;
