// name: awaitIndexes
// answers: waits until every index is online (full-text indexes fill asynchronously after a load)
// params: none
// returns: none
CALL db.awaitIndexes(300);
