// name: countryByCode
// answers: the country with this ISO 3166-1 alpha-3 or alpha-2 code
// params: $code: String, upper case, e.g. 'GBR' or 'GB'
// returns: one or none { country: Country properties + labels }
MATCH (c:Country)
WHERE c.iso3 = $code OR c.iso2 = $code
RETURN c {.*, labels: labels(c)} AS country
LIMIT 1;
