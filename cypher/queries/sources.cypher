// name: sources
// answers: every source the graph's facts come from, in order of publication (the article first;
//          background knowledge, compiled later, last; an unknown day last), then by title and id,
//          one page at a time
// params: $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only the sources published by then: knownFrom, their publication's end, on or before
//           it; background knowledge, compiled later, is not yet among them; the total counts only
//           those); null for today's view
//         $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Source properties + labels] }
MATCH (s:Source)
WHERE $asOf IS NULL OR s.knownFrom <= date($asOf)
WITH s ORDER BY s.publishedEnd IS NULL, s.publishedEnd, s.title, s.id
WITH collect(s) AS sources
RETURN size(sources) AS total, [source IN sources[$skip..$skip + $limit] | source {.*, labels: labels(source)}] AS page;
