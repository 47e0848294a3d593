// name: recordSeedScript
// mode: write
// answers: records that a script was applied (run in the same transaction as the script)
// params: $name: String, $checksum: String
// returns: none
MERGE (s:SeedScript {name: $name})
SET s.checksum = $checksum, s.appliedAt = datetime();
