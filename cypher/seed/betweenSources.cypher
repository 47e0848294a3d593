// name: betweenSources
// mode: write
// answers: what each source says of the facts a load touched, for the loader to find where two
//          sources disagree (src/ingest/betweenSources.ts): the subjects are the touched meetings
//          and events, and what touched claims are about (directly or through a touched
//          quantity); for each, every published source's account of its status and time (its
//          SUPPORTED_BY, background apart) and every figure a claim about it gives, by the
//          quantity's role, with the source reporting the claim; and, for a meeting or event,
//          every published source's place links (TAKES_PLACE_IN a place or country, HELD_AT a
//          forum) and participants (PARTICIPATED_IN from an actor), one entry per link and source
//          stating it (its sourceIds), with the link's bySource JSON ({sourceId: {props,
//          evidenceIds}}: that source's role, wording and words) and what the place or actor is
//          within (`within`: the places, countries and organisations above it through LOCATED_IN,
//          PART_OF, CAPITAL_OF, NATIONAL_OF, BELONGS_TO, REPRESENTS, or an office it holds, of
//          whatever that office belongs to), so Moscow agrees with Russia and Lavrov with Russia.
//          Run in the load's transaction.
// params: $ids: [String] the ids a load wrote or removed, e.g. ['meeting:truss-lavrov-moscow-talks']
// returns: many { subject: String, title: String or null,
//          accounts: [{source, title, publishedEnd, status, timeText, timeStart, timeEnd, assertion}],
//          figures: [{source, title, publishedEnd, fact, role, quantity, kind, unit, value, text, evidenceIds}],
//          places: [{source, title, publishedEnd, type ('TAKES_PLACE_IN' | 'HELD_AT'), place, name, within: [String],
//                    role: null, bySource: String (JSON) or null}],
//          participants: [{source, title, publishedEnd, type: 'PARTICIPATED_IN', actor, name, within: [String],
//                    role (the relationship's merged role), bySource: String (JSON) or null}] }
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  WITH n WHERE n:Meeting OR n:Event
  RETURN n AS subject
  UNION
  MATCH (n)-[:ABOUT]->(subject)
  WHERE n:Claim
  RETURN subject
  UNION
  MATCH (n)<-[:HAS_QUANTITY]-(:Claim)-[:ABOUT]->(subject)
  WHERE n:Quantity
  RETURN subject
}
WITH DISTINCT subject
RETURN subject.id AS subject, coalesce(subject.title, subject.name) AS title,
       CASE WHEN subject:Meeting OR subject:Event THEN COLLECT {
         MATCH (subject)-[a:SUPPORTED_BY]->(s:Source)
         WHERE s.kind <> 'BACKGROUND' AND a.status IS NOT NULL
         RETURN {source: s.id, title: s.title, publishedEnd: toString(s.publishedEnd), status: a.status,
                 timeText: a.timeText, timeStart: toString(a.timeStart), timeEnd: toString(a.timeEnd),
                 assertion: a.assertion}
       } ELSE [] END AS accounts,
       COLLECT {
         MATCH (subject)<-[:ABOUT]-(f:Claim)-[hq:HAS_QUANTITY]->(q:Quantity)
         MATCH (f)-[:REPORTED_IN]->(s:Source)
         WHERE s.kind <> 'BACKGROUND'
         RETURN {source: s.id, title: s.title, publishedEnd: toString(s.publishedEnd), fact: f.id, role: hq.role,
                 quantity: q.id, kind: q.quantityKind, unit: q.unit, value: q.value, text: q.text,
                 evidenceIds: coalesce(hq.evidenceIds, [])}
       } AS figures,
       CASE WHEN subject:Meeting OR subject:Event THEN COLLECT {
         MATCH (subject)-[r:TAKES_PLACE_IN|HELD_AT]->(p:Node)
         UNWIND coalesce(r.sourceIds, []) AS sourceId
         MATCH (s:Source {id: sourceId})
         WHERE s.kind <> 'BACKGROUND'
         RETURN {source: s.id, title: s.title, publishedEnd: toString(s.publishedEnd), type: type(r), place: p.id,
                 name: coalesce(p.name, p.title, p.id), role: null, bySource: r.bySource,
                 within: COLLECT { MATCH (p)-[:LOCATED_IN|PART_OF|CAPITAL_OF*1..4]->(up:Node) RETURN DISTINCT up.id }}
       } ELSE [] END AS places,
       CASE WHEN subject:Meeting OR subject:Event THEN COLLECT {
         MATCH (a:Actor)-[r:PARTICIPATED_IN]->(subject)
         UNWIND coalesce(r.sourceIds, []) AS sourceId
         MATCH (s:Source {id: sourceId})
         WHERE s.kind <> 'BACKGROUND'
         RETURN {source: s.id, title: s.title, publishedEnd: toString(s.publishedEnd), type: type(r), actor: a.id,
                 name: coalesce(a.name, a.id), role: r.role, bySource: r.bySource,
                 within: COLLECT {
                   MATCH (a)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS|PART_OF*1..3]->(up:Node) RETURN up.id AS up
                   UNION
                   MATCH (a)-[:HOLDS_OFFICE]->(:Office)-[:OFFICE_OF]->(:Node)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS|PART_OF*0..3]->(up:Node)
                   RETURN up.id AS up
                 }}
       } ELSE [] END AS participants;
