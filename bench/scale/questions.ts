// The scale bench's eight questions over a generated corpus (src/corpus/), with parameters drawn
// from it: the busiest actors (rank 0 of the Zipf draws), so every figure is the heavy case an
// analyst meets first. Each question is our operation (inline), the peer's best single request
// (none where the generated API cannot express it) and the floor's hand-written Cypher
// (bench/floor/scale*.cypher). Written against the current schema; small on purpose.
import { corpus, ids, type Scale } from '../../src/corpus/generate.js';
import { personName } from '../../src/corpus/names.js';
import { nameKey } from '../../src/db/nameKey.js';
import { searchQuery } from '../../src/modules/analysis/lucene.js';
import { fact, num, type Json, type Question } from '../questions/types.js';

/** Who the questions ask about; the same ranks at every scale, so figures compare across scales. */
export function scaleParams(scale: Scale, seed = 1) {
  const c = corpus(scale, seed);
  const busiest = ids.person(0);
  const alias = personName(0).aliases[0]!;
  return {
    counts: c.counts,
    person: busiest,
    alias,
    countryA: ids.country(0),
    countryB: ids.country(1),
    // Two busy people of different countries: the path runs through what they share.
    from: ids.person(5),
    to: ids.person(60),
    search: 'ceasefire',
  };
}

const byTimeThenId = (x: { at: string; id: string }, y: { at: string; id: string }) =>
  x.at < y.at ? -1 : x.at > y.at ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

export function scaleQuestions(scale: Scale, seed = 1): Question[] {
  const p = scaleParams(scale, seed);
  const key = nameKey(p.alias);
  return [
    {
      name: 'EntityById',
      ours: {
        operation: 'EntityById',
        document: `query EntityById($id: ID!) { actor(id: $id) { id name aliases actorCode country { name } } }`,
        variables: { id: p.person },
      },
      peer: {
        query: `query EntityById($id: ID!) { actors(where: { id: { eq: $id } }) { id name aliases actorCode nationalOf { name } } }`,
        variables: { id: p.person },
      },
      floor: { cypher: 'scaleEntityById', params: { id: p.person } },
      facts: {
        ours: (d) => (d.actor ? [fact('actor', d.actor.id, d.actor.name, d.actor.actorCode, d.actor.country?.name), ...d.actor.aliases.map((a: string) => fact('alias', a))] : []),
        peer: (d) => d.actors.flatMap((a: Json) => [fact('actor', a.id, a.name, a.actorCode, a.nationalOf[0]?.name), ...a.aliases.map((x: string) => fact('alias', x))]),
        floor: (rows) => rows.flatMap((a: Json) => [fact('actor', a.id, a.name, a.actorCode, a.country), ...a.aliases.map((x: string) => fact('alias', x))]),
      },
    },
    {
      name: 'NameLookup',
      ours: {
        operation: 'NameLookup',
        document: `query NameLookup($name: String!) { actorsByName(name: $name) { id name } }`,
        variables: { name: p.alias },
      },
      peer: {
        query: `query NameLookup($key: String!) { actors(where: { nameKeys: { includes: $key } }) { id name } }`,
        variables: { key },
      },
      floor: { cypher: 'scaleNameLookup', params: { key } },
      facts: {
        ours: (d) => d.actorsByName.map((a: Json) => fact('actor', a.id, a.name)),
        peer: (d) => d.actors.map((a: Json) => fact('actor', a.id, a.name)),
        floor: (rows) => rows.map((a: Json) => fact('actor', a.id, a.name)),
      },
    },
    {
      name: 'PersonMeetings',
      ours: {
        operation: 'PersonMeetings',
        document: `query PersonMeetings($id: ID!) { actor(id: $id) { meetings(first: 10) { totalCount nodes { id title time { start } participants { role actor { id } } } } } }`,
        variables: { id: p.person },
      },
      peer: {
        query: `query PersonMeetings($id: ID!) { actors(where: { id: { eq: $id } }) {
          meetingsConnection { totalCount }
          meetings(limit: 10, sort: [{ timeStart: ASC }, { id: ASC }]) { id title timeStart participantsConnection { edges { properties { role } node { id } } } }
        } }`,
        variables: { id: p.person },
      },
      floor: { cypher: 'scalePersonMeetings', params: { id: p.person } },
      facts: {
        ours: (d) =>
          d.actor
            ? [
                fact('total', d.actor.meetings.totalCount),
                ...d.actor.meetings.nodes.flatMap((m: Json) => [
                  fact('meeting', m.id, m.title, m.time?.start),
                  ...m.participants.map((x: Json) => fact('participant', m.id, x.role, x.actor.id)),
                ]),
              ]
            : [],
        peer: (d) =>
          d.actors.flatMap((a: Json) => [
            fact('total', a.meetingsConnection.totalCount),
            ...a.meetings.flatMap((m: Json) => [
              fact('meeting', m.id, m.title, m.timeStart),
              ...m.participantsConnection.edges.map((e: Json) => fact('participant', m.id, e.properties.role, e.node.id)),
            ]),
          ]),
        floor: (rows) =>
          rows.flatMap((r: Json) => [
            fact('total', r.total),
            ...r.meetings.flatMap((m: Json) => [fact('meeting', m.id, m.title, m.start), ...m.participants.map((x: Json) => fact('participant', m.id, x.role, x.id))]),
          ]),
      },
    },
    {
      name: 'SpeakerClaims',
      ours: {
        operation: 'SpeakerClaims',
        document: `query SpeakerClaims($id: ID!) { claims(filter: { speaker: $id }, first: 20) { totalCount nodes { id text kind about { role node { id } } evidence { exact start end } } } }`,
        variables: { id: p.person },
      },
      peer: {
        query: `query SpeakerClaims($id: ID!) {
          claimsConnection(where: { speakers: { some: { id: { eq: $id } } } }) { totalCount }
          claims(where: { speakers: { some: { id: { eq: $id } } } }, limit: 20, sort: [{ timeStart: ASC }, { id: ASC }]) {
            id text kind
            aboutConnection { edges { properties { role } node { ... on Actor { id } ... on Event { id } ... on Meeting { id } ... on Place { id } ... on Claim { id } } } }
            evidence { exact start end }
          }
        }`,
        variables: { id: p.person },
      },
      floor: { cypher: 'scaleSpeakerClaims', params: { id: p.person } },
      facts: {
        ours: (d) => [
          fact('total', d.claims.totalCount),
          ...d.claims.nodes.flatMap((c: Json) => [
            fact('claim', c.id, c.text, c.kind),
            ...c.about.map((a: Json) => fact('about', c.id, a.role, a.node.id)),
            ...c.evidence.map((e: Json) => fact('evidence', c.id, e.exact, e.start, e.end)),
          ]),
        ],
        peer: (d) => [
          fact('total', d.claimsConnection.totalCount),
          ...d.claims.flatMap((c: Json) => [
            fact('claim', c.id, c.text, c.kind),
            ...c.aboutConnection.edges.map((e: Json) => fact('about', c.id, e.properties.role, e.node.id)),
            ...c.evidence.map((e: Json) => fact('evidence', c.id, e.exact, e.start, e.end)),
          ]),
        ],
        floor: (rows) =>
          rows.flatMap((r: Json) => [
            fact('total', r.total),
            ...r.claims.flatMap((c: Json) => [
              fact('claim', c.id, c.text, c.kind),
              ...c.about.map((a: Json) => fact('about', c.id, a.role, a.id)),
              ...c.evidence.map((e: Json) => fact('evidence', c.id, e.exact, e.start, e.end)),
            ]),
          ]),
      },
    },
    {
      name: 'CountryRelations',
      ours: {
        operation: 'CountryRelations',
        document: `query CountryRelations($a: ID!, $b: ID!) { relations(a: $a, b: $b) { summary { total coded goldsteinSum cooperation conflict neutral byQuadClass { quadClass count } } } }`,
        variables: { a: p.countryA, b: p.countryB },
      },
      floor: { cypher: 'scaleCountryRelations', params: { a: p.countryA, b: p.countryB } },
      peerCannot: [{ prefix: '', why: 'the summary of relations groups Goldstein values by quad class; the generated API has no grouping, so it would ship every happening of both sides' }],
      facts: {
        ours: (d) => (d.relations ? summaryFacts(d.relations.summary) : []),
        peer: () => [],
        floor: (rows) => rows.flatMap((r: Json) => summaryFacts(r.summary)),
      },
    },
    {
      name: 'ActorTimeline',
      ours: {
        operation: 'ActorTimeline',
        document: `query ActorTimeline($id: ID!) { timeline(actor: $id, first: 50) { totalCount nodes { __typename ... on Meeting { id } ... on Event { id } ... on Claim { id } } } }`,
        variables: { id: p.person },
      },
      peer: {
        // No mixed, ordered list in the generated API: the four kinds, each its first 50 in
        // time order, merged by the client (the facts below), and each kind's count.
        query: `query ActorTimeline($id: ID!) { actors(where: { id: { eq: $id } }) {
          meetingsConnection { totalCount } eventsConnection { totalCount } claimsMadeConnection { totalCount } claimsAboutConnection { totalCount }
          meetings(limit: 50, sort: [{ timeStart: ASC }, { id: ASC }]) { id timeStart }
          events(limit: 50, sort: [{ timeStart: ASC }, { id: ASC }]) { id timeStart }
          claimsMade(limit: 50, sort: [{ timeStart: ASC }, { id: ASC }]) { id timeStart }
          claimsAbout(limit: 50, sort: [{ timeStart: ASC }, { id: ASC }]) { id timeStart }
        } }`,
        variables: { id: p.person },
      },
      floor: { cypher: 'scaleActorTimeline', params: { id: p.person } },
      facts: {
        ours: (d) => (d.timeline ? [fact('total', d.timeline.totalCount), ...d.timeline.nodes.map((n: Json) => fact('item', n.__typename, n.id))] : []),
        peer: (d) =>
          d.actors.flatMap((a: Json) => {
            const tagged = (list: Json[], typename: string) => list.map((x: Json) => ({ typename, id: x.id as string, at: x.timeStart as string }));
            const merged = [...tagged(a.meetings, 'Meeting'), ...tagged(a.events, 'Event'), ...tagged(a.claimsMade, 'Claim'), ...tagged(a.claimsAbout, 'Claim')]
              .sort(byTimeThenId)
              .slice(0, 50);
            const total =
              a.meetingsConnection.totalCount + a.eventsConnection.totalCount + a.claimsMadeConnection.totalCount + a.claimsAboutConnection.totalCount;
            return [fact('total', total), ...merged.map((x) => fact('item', x.typename, x.id))];
          }),
        floor: (rows) => rows.flatMap((r: Json) => [fact('total', r.total), ...r.page.map((x: Json) => fact('item', x.typename, x.id))]),
      },
    },
    {
      name: 'Connection',
      ours: {
        operation: 'Connection',
        document: `query Connection($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 4, first: 5) { length nodes { id } } }`,
        variables: { from: p.from, to: p.to },
      },
      floor: { cypher: 'scaleConnection', params: { from: p.from, to: p.to } },
      peerCannot: [{ prefix: '', why: 'no path search: the generated API follows named relationships one level at a time' }],
      facts: {
        ours: (d) => d.connections.map((path: Json) => fact('path', path.length, path.nodes.map((n: Json) => n.id).join(' '))),
        peer: () => [],
        floor: (rows) => rows.map((r: Json) => fact('path', r.length, r.nodes.join(' '))),
      },
    },
    {
      name: 'Search',
      ours: {
        operation: 'Search',
        document: `query Search($text: String!) { search(text: $text, first: 20) { totalCount nodes { score node { id } } } }`,
        variables: { text: p.search },
      },
      floor: { cypher: 'scaleSearch', params: { query: searchQuery(p.search) } },
      peerCannot: [{ prefix: '', why: 'one ranked search across kinds: the generated full-text fields search one type each' }],
      facts: {
        ours: (d) => [fact('total', d.search.totalCount), ...d.search.nodes.map((h: Json) => fact('hit', h.node.id, num(h.score)))],
        peer: () => [],
        floor: (rows) => rows.flatMap((r: Json) => [fact('total', r.total), ...r.page.map((h: Json) => fact('hit', h.id, num(h.score)))]),
      },
    },
  ];
}

function summaryFacts(s: Json): string[] {
  return [
    fact('summary', s.total, s.coded, num(s.goldsteinSum), s.cooperation, s.conflict, s.neutral),
    ...s.byQuadClass.map((q: Json) => fact('quad', q.quadClass, q.count)),
  ];
}
