// name: datasetState
// mode: write
// answers: whether a source id is taken, by what kind of source, and the checksum of the dataset
//          file whose import finished under it (none while an import is unfinished)
// params: $sourceId: String, e.g. 'src:gdelt-20191024143000-export'
// returns: one or none { kind: String, sha256: String or null }
MATCH (s:Source {id: $sourceId})
RETURN s.kind AS kind, s.datasetSha256 AS sha256;
