import type { Mentions, Publication } from './document.js';
import type { FoundMeeting } from './meetings.js';
import type { KnownMeeting, KnownNode } from './types.js';

/** How long after an announced window a meeting may still be the one announced ("within two weeks" slips). */
const slackDays = 28;
/** How long after the start of a window with no end a meeting may still be the one announced. */
const openWindowDays = 90;
const pending = new Set(['PLANNED', 'ANNOUNCED_UNCONFIRMED', 'PROPOSED']);
const day = (d: string) => Date.parse(d) / 86_400_000;

/**
 * Whether a drafted meeting's stated time can be the known one's: the two intervals overlap, or the
 * known meeting was only planned (announced, proposed) and the draft's time falls in its window or
 * after it by a few weeks (a window with no end: within a few months of its start).
 */
export function compatibleTime(draft: { start?: string | undefined; end?: string | undefined }, known: KnownMeeting): boolean {
  if (!draft.start || !draft.end) return false;
  const [ds, de] = [day(draft.start), day(draft.end)];
  if (known.start && known.end && ds <= day(known.end) && day(known.start) <= de) return true;
  if (!pending.has(known.status) || !known.start) return false;
  const windowEnd = known.end ? day(known.end) : day(known.start) + openWindowDays;
  return ds >= day(known.start) && ds <= windowEnd + slackDays;
}

/**
 * The resolve stage for meetings: a drafted meeting with the same principal people as a meeting the
 * graph holds (the same persons; with one person, also a host in common) at a compatible time is
 * that meeting, drafted under its id (so loading a readout updates the meeting an article
 * announced instead of adding a second one), with a review reason naming it.
 */
export function resolveKnownMeetings(meetings: readonly FoundMeeting[], known: readonly KnownNode[], mentions: Mentions, _published: Publication): FoundMeeting[] {
  const knownMeetings = known.filter((node): node is KnownNode & { meeting: KnownMeeting } => node.meeting !== undefined);
  if (knownMeetings.length === 0) return [...meetings];
  const kinds = new Map(known.map((node) => [node.id, node.kind]));
  const isPerson = (id: string) => (mentions.entities.get(id)?.kind ?? kinds.get(id)) === 'Person' || (!mentions.entities.has(id) && !kinds.has(id) && id.startsWith('person:'));
  const used = new Set<string>();
  return meetings.map((m) => {
    const people = [...new Set(m.participants.map((p) => p.entity).filter(isPerson))].sort();
    if (people.length === 0 || !m.time?.startDay || !m.time.endDay) return m;
    const hosts = m.participants.filter((p) => p.role === 'HOST' && !isPerson(p.entity)).map((p) => p.entity);
    const candidates = knownMeetings.filter((k) => {
      if (used.has(k.id)) return false;
      const theirs = [...new Set(k.meeting.participants.map((p) => p.actor).filter(isPerson))].sort();
      if (theirs.join() !== people.join()) return false;
      if (people.length === 1 && !k.meeting.participants.some((p) => p.role === 'HOST' && hosts.includes(p.actor))) return false;
      return compatibleTime({ start: m.time!.startDay, end: m.time!.endDay }, k.meeting);
    });
    // The narrowest known window first: the meeting most exactly known.
    const width = (k: KnownMeeting) => (k.start && k.end ? day(k.end) - day(k.start) : Number.POSITIVE_INFINITY);
    const best = candidates.sort((a, b) => width(a.meeting) - width(b.meeting))[0];
    if (!best) return m;
    used.add(best.id);
    const k = best.meeting;
    const when = k.start || k.end ? ` (${k.start ?? '…'}..${k.end ?? '…'})` : '';
    const reason = `the graph holds this meeting as ${best.id}, ${k.status}${when}, with the same people: drafted as an update of it; check it is the same meeting`;
    return { ...m, knownId: best.id, reason: m.reason ? `${m.reason}; ${reason}` : reason };
  });
}
