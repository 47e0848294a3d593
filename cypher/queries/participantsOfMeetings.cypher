// name: participantsOfMeetings
// answers: for each meeting id, who took part and in what role (batched per request)
// params: $ids: [String], e.g. ['meeting:truss-lavrov-moscow-talks']
// returns: many { meetingId: String, role: String, actor: Actor properties + labels }
UNWIND $ids AS meetingId
MATCH (a:Actor)-[p:PARTICIPATED_IN]->(:Meeting {id: meetingId})
RETURN meetingId, p.role AS role, a {.*, labels: labels(a)} AS actor
ORDER BY meetingId, a.name;
