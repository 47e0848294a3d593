// name: sources
// answers: every source the graph's facts come from, in order of publication (the article first;
//          background knowledge, compiled later, last)
// params: none
// returns: many { source: Source properties + labels }
MATCH (s:Source)
RETURN s {.*, labels: labels(s)} AS source
ORDER BY s.publishedEnd IS NULL, s.publishedEnd, s.title, s.id;
