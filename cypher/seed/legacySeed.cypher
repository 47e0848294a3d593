// name: legacySeed
// answers: whether the store was written by the earlier loader of literal seed scripts, whose
//          graph the annotation loader replaces whole
// params: none
// returns: one { scripts: Integer }
MATCH (s:SeedScript)
WHERE s.name STARTS WITH 'seed/'
RETURN count(s) AS scripts;
