// name: countryByCode
// answers: the country with this ISO 3166-1 alpha-3 or alpha-2 code
// params: $code: String, upper case, e.g. 'GBR' or 'GB'
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (none when no such source states the country: knownFrom after it); null for today's view
// returns: one or none { country: Country properties + labels }
MATCH (c:Country)
WHERE (c.iso3 = $code OR c.iso2 = $code)
  AND ($asOf IS NULL OR c.knownFrom <= date($asOf))
RETURN c {.*, labels: labels(c)} AS country
LIMIT 1;
