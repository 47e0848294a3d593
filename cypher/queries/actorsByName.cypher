// name: actorsByName
// answers: which actors have this name or alias, ignoring case and accents
// params: $key: String (lower-case, accent-free, as the loader stores nameKeys), e.g. 'zelensky'
//         $labels: [String] actor labels to keep, e.g. ['Person']
// returns: many { actor: Actor properties + labels }
MATCH (a:Actor)
WHERE $key IN a.nameKeys
  AND any(label IN labels(a) WHERE label IN $labels)
RETURN a {.*, labels: labels(a)} AS actor
ORDER BY a.name, a.id;
