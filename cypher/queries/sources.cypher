// name: sources
// answers: every source the graph's facts come from, in order of publication (the article first;
//          background knowledge, compiled later, last)
// params: $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only the sources published by then: knownFrom, their publication's end, on or before
//           it; background knowledge, compiled later, is not yet among them); null for today's view
// returns: many { source: Source properties + labels }
MATCH (s:Source)
WHERE $asOf IS NULL OR s.knownFrom <= date($asOf)
RETURN s {.*, labels: labels(s)} AS source
ORDER BY s.publishedEnd IS NULL, s.publishedEnd, s.title, s.id;
