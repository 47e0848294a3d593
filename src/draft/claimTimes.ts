import type { FoundClaim } from './claims.js';
import type { Mentions, Sentence, TimeMention } from './document.js';
import type { FoundMeeting } from './meetings.js';

/**
 * Words that place what was said at a happening told before: "at a joint press conference
 * afterwards", "after the talks", "during the meeting".
 */
const occasionPhrase =
  /\b(?:at\s+(?:a|the)\s+(?:joint\s+)?(?:press|news)\s+conference(?:\s+(?:afterwards|after\s+the\s+(?:talks|meeting|visit|call|summit)))?|afterwards|after\s+the\s+(?:talks|meeting|visit|call|summit)|(?:during|at)\s+the\s+(?:talks|meeting|visit|call|summit))\b/gi;
/** How many paragraph breaks on a participant's words may still be told of the same occasion: the next paragraph's. */
const carry = 1;

interface Occasion {
  readonly sentence: number;
  readonly time: TimeMention;
  readonly people: ReadonlySet<string>;
}

/**
 * Claims said at a happening the text dated before take its time: a claim whose sentence places
 * it there ("At a joint press conference afterwards, Lavrov said…", "during the talks X asked…"),
 * and the next claims of the happening's participants until the text names another time. The time
 * keeps the words that placed it. A claim with a time of its own keeps it.
 */
export function withOccasionTimes(text: string, sentences: readonly Sentence[], claims: readonly FoundClaim[], meetings: readonly FoundMeeting[], times: readonly TimeMention[], mentions: Mentions): FoundClaim[] {
  const occasions: Occasion[] = [];
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    for (const m of sentence.text.matchAll(occasionPhrase)) {
      const at = sentence.start + m.index;
      // The happening is the last meeting told before these words with a time of its own.
      const meeting = meetings.filter((x) => x.time?.startDay && x.time.endDay && Math.min(...x.triggers.map((t) => t.start)) < at).pop();
      if (!meeting?.time) continue;
      const people = new Set(meeting.participants.map((p) => p.entity).filter((id) => mentions.entities.get(id)?.kind === 'Person'));
      occasions.push({
        sentence: sentence.index, people,
        time: { start: at, end: at + m[0].length, sentence: sentence.index, text: m[0], startDay: meeting.time.startDay!, endDay: meeting.time.endDay!, precision: meeting.time.precision, confidence: 0.6 },
      });
      break;
    }
  }
  if (occasions.length === 0) return [...claims];
  const dated = new Set(times.map((t) => t.sentence));
  return claims.map((c) => {
    if (c.time) return c;
    const occasion = occasions.filter((o) => o.sentence <= c.sentence).pop();
    if (!occasion) return c;
    const same = occasion.sentence === c.sentence;
    const between = Array.from({ length: c.sentence - occasion.sentence }, (_, i) => occasion.sentence + 1 + i);
    const breaks = (text.slice(occasion.time.end, c.verb.start).match(/\n\s*\n/g) ?? []).length;
    const carried = !c.present && c.speaker !== undefined && occasion.people.has(c.speaker) && breaks <= carry && !between.some((s) => dated.has(s));
    return same || carried ? { ...c, time: occasion.time } : c;
  });
}
