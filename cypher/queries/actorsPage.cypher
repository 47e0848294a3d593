// name: actorsPage
// answers: all actors of the given kinds, by name, one page at a time
// params: $labels: [String] e.g. ['Country'], $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Actor properties + labels] }
MATCH (a:Actor)
WHERE any(label IN labels(a) WHERE label IN $labels)
WITH a ORDER BY a.name, a.id
WITH collect(a {.*, labels: labels(a)}) AS actors
RETURN size(actors) AS total, actors[$skip..$skip + $limit] AS page;
