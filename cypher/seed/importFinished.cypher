// name: importFinished
// mode: write
// answers: marks a dataset import finished: the file's checksum and its row counts
// params: $sourceId: String; $sha256: String; $rows: Integer rows loaded; $skipped: Integer rows
//           skipped as not fitting
// returns: none
MATCH (s:Source {id: $sourceId})
SET s.datasetSha256 = $sha256, s.datasetRows = $rows, s.datasetSkipped = $skipped;
