// name: sources
// answers: every source the graph's facts come from, the article first
// params: none
// returns: many { source: Source properties + labels }
MATCH (s:Source)
RETURN s {.*, labels: labels(s)} AS source
ORDER BY CASE s.kind WHEN 'ARTICLE' THEN 0 ELSE 1 END, s.publishedStart, s.title, s.id;
