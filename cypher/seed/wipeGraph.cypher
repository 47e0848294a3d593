// name: wipeGraph
// mode: write
// answers: deletes every node and relationship, in batches (a store from the earlier loader)
// params: none
// returns: none
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS;
