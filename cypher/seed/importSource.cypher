// name: importSource
// mode: write
// answers: writes a dataset file's Source node before its rows (npm run import); the record of a
//          finished import (datasetSha256, datasetRows, datasetSkipped) is written last, by
//          importFinished, so a Source without it is an import that did not finish
// params: $props: map of the Source's properties, e.g. {id: 'src:gdelt-20191024143000-export',
//           kind: 'DATASET', title: ..., publisher: 'The GDELT Project', publishedStart: date, ...}
// returns: none
MERGE (s:Node {id: $props.id})
SET s = $props, s:Source;
