import type { CorpusFile } from './corpus.js';
import type { Annotation, Link } from './format.js';
import type { Notice } from './notices.js';
import { pathText } from './parse.js';

/** A relationship any file states, whichever way it is written (a link of either end, or a relation). */
interface Edge {
  readonly from: string;
  readonly type: string;
  readonly to: string;
}

const linkSections = ['actors', 'places', 'offices', 'meetings', 'events', 'claims', 'quantities', 'discrepancies'] as const;

function edgesOf(annotation: Annotation): Edge[] {
  const fromLink = (owner: string, link: Link): Edge => ({ from: link.from ?? owner, type: link.type, to: link.to ?? owner });
  return [
    ...linkSections.flatMap((section) => annotation[section].flatMap((item) => item.links.map((link) => fromLink(item.id, link)))),
    ...annotation.relations.map(({ from, type, to }) => ({ from, type, to })),
  ];
}

type Warning = Omit<Notice, 'level' | 'file'>;

/**
 * People and organisations without the link that places them: nationality questions and
 * per-country statistics miss them silently. A hypothetical person (one alleged to be planned)
 * has no nationality to state, and international bodies (an alliance, a forum) belong to no
 * country, so those are exempt.
 */
function unplacedActors(target: CorpusFile, edges: readonly Edge[], where: string): Warning[] {
  const outgoing = (id: string, test: (edge: Edge) => boolean) => edges.some((edge) => edge.from === id && test(edge));
  return target.annotation.actors.flatMap((actor, i) => {
    const at = ['actors', i];
    const place = { line: target.lineOf(at), at: `${pathText(at)} (${actor.id})` };
    if (actor.kind === 'Person' && !actor.hypothetical && !outgoing(actor.id, (edge) => edge.type === 'NATIONAL_OF')) {
      return [{ ...place, message: `the person ${actor.name} has no NATIONAL_OF link in any file of ${where}; add one (type: NATIONAL_OF, to: country:…) when the nationality is known` }];
    }
    const international = actor.orgKind === 'ALLIANCE' || actor.orgKind === 'FORUM';
    const placed = (edge: Edge) => edge.type === 'BELONGS_TO' || edge.to.startsWith('country:');
    if (actor.kind === 'Organisation' && !international && !outgoing(actor.id, placed)) {
      return [{ ...place, message: `the organisation ${actor.name} has no BELONGS_TO link nor any link to a country in any file of ${where}; add one (type: BELONGS_TO, to: country:… or the body it is part of)` }];
    }
    return [];
  });
}

interface Interval {
  readonly start: string;
  readonly end: string;
}

const interval = (time: { start?: string | undefined; end?: string | undefined }): Interval | null =>
  time.start === undefined && time.end === undefined ? null : { start: time.start ?? '0000-01-01', end: time.end ?? '9999-12-31' };

const intervalText = ({ start, end }: Interval) => (start === end ? start : `${start} to ${end}`);

/** Who took part in a meeting, as its file says: its participants and any PARTICIPATED_IN relations. */
function participantsOf(annotation: Annotation, meetingId: string, listed: readonly { actor: string }[]): string[] {
  const related = annotation.relations.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === meetingId).map((r) => r.from);
  return [...new Set([...listed.map((p) => p.actor), ...related])].sort();
}

/**
 * A meeting drafted again under a new id (the drafter did not recognise it) would count twice in
 * every statistic: the same people, the same mode, at overlapping dates, in another file.
 */
function repeatedMeetings(target: CorpusFile, corpus: readonly CorpusFile[], display: (file: string) => string): Warning[] {
  const others = corpus
    .filter((entry) => entry.file !== target.file)
    .flatMap((entry) =>
      entry.annotation.meetings.map((meeting, i) => ({ entry, meeting, i, people: participantsOf(entry.annotation, meeting.id, meeting.participants) })),
    );
  return target.annotation.meetings.flatMap((meeting, i) => {
    const when = interval(meeting.time);
    const people = participantsOf(target.annotation, meeting.id, meeting.participants);
    if (!when || people.length === 0) return [];
    return others.flatMap((other) => {
      const otherWhen = interval(other.meeting.time);
      const same =
        other.meeting.id !== meeting.id &&
        other.meeting.mode === meeting.mode &&
        other.people.join('|') === people.join('|') &&
        otherWhen !== null &&
        otherWhen.start <= when.end &&
        when.start <= otherWhen.end;
      if (!same || !otherWhen) return [];
      const otherLine = other.entry.lineOf(['meetings', other.i]);
      return [
        {
          line: target.lineOf(['meetings', i]),
          at: `${pathText(['meetings', i])} (${meeting.id})`,
          message:
            `may be the same meeting as ${other.meeting.id} (${display(other.entry.file)}${otherLine ? `, line ${otherLine}` : ''}): ` +
            `the same participants (${people.join(', ')}), the same mode (${meeting.mode}) and overlapping dates ` +
            `(${intervalText(when)} and ${intervalText(otherWhen)}); if it is, use the id ${other.meeting.id} here`,
        },
      ];
    });
  });
}

/** The warnings about one file that need the other files to tell: printed, never refused. */
export function corpusWarnings(target: CorpusFile, corpus: readonly CorpusFile[], where: string, display: (file: string) => string): Notice[] {
  const edges = corpus.flatMap((entry) => edgesOf(entry.annotation));
  return [...unplacedActors(target, edges, where), ...repeatedMeetings(target, corpus, display)].map((warning) => ({
    level: 'warning' as const,
    file: target.file,
    ...warning,
  }));
}
