// Lookup by normalised name or alias (the loader derives nameKeys; see docs/model.md). The
// keyword analyzer keeps each key of the list whole, one term, so an exact key is one index
// lookup; a range index over the list (dropped here) cannot seek one of its members.
DROP INDEX actor_name_keys IF EXISTS;
DROP INDEX place_name_keys IF EXISTS;
CREATE FULLTEXT INDEX name_keys IF NOT EXISTS
FOR (n:Actor|Place)
ON EACH [n.nameKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Readiness asks whether any source was loaded; this finds the first without reading them all.
CREATE INDEX source_annotation IF NOT EXISTS FOR (n:Source) ON (n.annotationSha256);
// Status and time filters on the three kinds of happening.
CREATE INDEX meeting_status IF NOT EXISTS FOR (n:Meeting) ON (n.status);
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
CREATE INDEX meeting_time IF NOT EXISTS FOR (n:Meeting) ON (n.timeStart);
CREATE INDEX event_time IF NOT EXISTS FOR (n:Event) ON (n.timeStart);
CREATE INDEX claim_time IF NOT EXISTS FOR (n:Claim) ON (n.timeStart);
// Ranked search across names, aliases, claim text and event titles. The folding analyzer
// ignores case and accents, so "Zelenskiy" and "ZELENSKIY" rank alike. Its labels are the kinds of
// SearchKind, no more: a search over every kind reads no hit's labels (search.cypher).
CREATE FULLTEXT INDEX graph_text IF NOT EXISTS
FOR (n:Actor|Place|Meeting|Event|Claim)
ON EACH [n.name, n.aliasText, n.title, n.summary, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
