// name: actorsPage
// answers: all actors of the given kinds, by name, one page at a time; optionally only the
//          named ones or only those the sources do not name (an actor with no `named` is named)
// params: $labels: [String] e.g. ['Country'], $named: Boolean or null for both,
//         $skip: Integer, $limit: Integer
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only actors such a source states: knownFrom on or before it, and the total counts
//           only those); null for today's view
// returns: one { total: Integer, page: [Actor properties + labels] }
MATCH (a:Actor)
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND ($named IS NULL OR coalesce(a.named, true) = $named)
  AND ($asOf IS NULL OR a.knownFrom <= date($asOf))
WITH a ORDER BY a.name, a.id
WITH collect(a) AS actors
RETURN size(actors) AS total, [actor IN actors[$skip..$skip + $limit] | actor {.*, labels: labels(actor)}] AS page;
