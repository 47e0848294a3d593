// name: writeSource
// mode: write
// answers: writes a source's node with the record of what was loaded (checksum, relationship keys)
// params: $props: map of the Source's properties, including id, annotationSha256 and relKeys
// returns: none
MERGE (s:Node {id: $props.id})
SET s = $props, s:Source, s.knownFrom = s.publishedEnd;
