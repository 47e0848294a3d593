// name: seedScriptsApplied
// answers: which Cypher scripts the loader has applied, with the checksum of each
// params: none
// returns: many { name: String, checksum: String }
MATCH (s:SeedScript)
RETURN s.name AS name, s.checksum AS checksum
ORDER BY name;
