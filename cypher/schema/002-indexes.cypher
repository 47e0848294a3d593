// Lookup by normalised name or alias (the loader derives nameKeys; see docs/model.md).
CREATE INDEX actor_name_keys IF NOT EXISTS FOR (n:Actor) ON (n.nameKeys);
CREATE INDEX place_name_keys IF NOT EXISTS FOR (n:Place) ON (n.nameKeys);
// Status and time filters on the three kinds of happening.
CREATE INDEX meeting_status IF NOT EXISTS FOR (n:Meeting) ON (n.status);
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
CREATE INDEX meeting_time IF NOT EXISTS FOR (n:Meeting) ON (n.timeStart);
CREATE INDEX event_time IF NOT EXISTS FOR (n:Event) ON (n.timeStart);
CREATE INDEX claim_time IF NOT EXISTS FOR (n:Claim) ON (n.timeStart);
// Ranked search across names, aliases, claim text and event titles. The folding analyzer
// ignores case and accents, so "Zelenskiy" and "ZELENSKIY" rank alike.
CREATE FULLTEXT INDEX graph_text IF NOT EXISTS
FOR (n:Actor|Place|Meeting|Event|Claim)
ON EACH [n.name, n.aliasText, n.title, n.summary, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
