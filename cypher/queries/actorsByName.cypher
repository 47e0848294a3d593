// name: actorsByName
// answers: which actors have this name or alias (key is lower-case and accent-free, as the loader stores nameKeys)
// params: $key: String, e.g. 'zelensky'
// returns: many { actor: Actor properties + labels }
MATCH (a:Actor)
WHERE $key IN a.nameKeys
RETURN a {.*, labels: labels(a)} AS actor
ORDER BY a.name;
