// name: betweenSources
// mode: write
// answers: what each source says of the facts a load touched, for the loader to find where two
//          sources disagree (src/ingest/betweenSources.ts): the subjects are the touched meetings
//          and events, and what touched claims are about (directly or through a touched
//          quantity); for each, every published source's account of its status and time (its
//          SUPPORTED_BY, background apart) and every figure a claim about it gives, by the
//          quantity's role, with the source reporting the claim. Run in the load's transaction.
// params: $ids: [String] the ids a load wrote or removed, e.g. ['meeting:truss-lavrov-moscow-talks']
// returns: many { subject: String, title: String or null,
//          accounts: [{source, title, publishedEnd, status, timeText, timeStart, timeEnd, assertion}],
//          figures: [{source, title, publishedEnd, fact, role, quantity, kind, unit, value, text, evidenceIds}] }
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
       } AS figures;
