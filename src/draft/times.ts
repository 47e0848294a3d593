import { maxDay, minDay } from './calendar.js';
import type { Publication, Sentence, Span, TimeMention } from './document.js';
import { timeRules, type Resolved, type Tense } from './timeRules.js';
import { tidy } from './quote.js';

const futureWords = /\b(will|won['’]t|shall|is to|are to|was to|were to|due to|plans? to|planned|planning to|scheduled|expected to|going to|set to|intends? to|aims? to|hopes? to|would|next|upcoming|coming|is likely|are likely)\b|['’]ll\b/i;

const headlineFuture = /\b\p{Lu}[\p{L}-]+\s+to\s+(?!be\b)\p{Ll}+\b/u;

/** The tense of the words around a time expression: the clause it stands in, not the whole sentence. */
export function tenseAround(sentence: string, offset: number): Tense {
  const before = sentence.slice(0, offset).split(/[;:]|,\s+(?:but|and|while|where|when|which|who)\b/).pop() ?? '';
  // Only the next few words after it: a later clause has its own tense.
  const after = (sentence.slice(offset).split(/[;:,]/)[0] ?? '').slice(0, 40);
  return futureWords.test(`${before} ${after}`) ? 'future' : 'past';
}

/** Joins what an expression means from the first and the last day of the publication interval. */
function join(a: Resolved, b: Resolved): Resolved {
  if (a.start === b.start && a.end === b.end) return a;
  return {
    ...(a.start && b.start ? { start: minDay(a.start, b.start) } : {}),
    ...(a.end && b.end ? { end: maxDay(a.end, b.end) } : {}),
    precision: 'UNKNOWN',
  };
}

const sameDay = /\b(?:on\s+)?(?:the\s+same\s+day|that\s+day|the\s+same\s+evening|the\s+day\s+before|the\s+next\s+day|the\s+following\s+day)\b/gi;

/**
 * The times stage: every time expression, resolved against the publication interval (from both
 * of its ends, joined honestly when they differ); "the same day" takes the last day named before it.
 */
export function findTimes(text: string, sentences: readonly Sentence[], published: Publication): TimeMention[] {
  const found: TimeMention[] = [];
  const taken: Span[] = [];
  const free = (span: Span) => !taken.some((t) => t.start < span.end && span.start < t.end);
  for (const sentence of sentences) {
    const local: TimeMention[] = [];
    for (const rule of timeRules) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence.text); m; m = rule.pattern.exec(sentence.text)) {
        const span = tidy(text, { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
        if (!free(span)) continue;
        // A headline's "Putin to meet Erdogan in August" speaks of what is to come.
        const tense = sentence.heading && headlineFuture.test(sentence.text) ? 'future' : tenseAround(sentence.text, m.index);
        const interval = { start: published.start, end: published.end };
        const fromStart = rule.resolve(m, published.start, tense, interval);
        const fromEnd = rule.resolve(m, published.end, tense, interval);
        if (!fromStart || !fromEnd) continue;
        const resolved = join(fromStart, fromEnd);
        taken.push(span);
        local.push({
          ...span, sentence: sentence.index, text: text.slice(span.start, span.end), precision: resolved.precision,
          ...(resolved.start ? { startDay: resolved.start } : {}), ...(resolved.end ? { endDay: resolved.end } : {}),
          confidence: resolved.precision === 'UNKNOWN' ? rule.confidence - 0.2 : rule.confidence,
        });
      }
    }
    sameDay.lastIndex = 0;
    for (let m = sameDay.exec(sentence.text); m; m = sameDay.exec(sentence.text)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (!free(span)) continue;
      const previous = [...found, ...local].filter((t) => t.end <= span.start && t.precision === 'DAY' && t.startDay === t.endDay).pop();
      if (!previous?.startDay) continue;
      const offset = /before/i.test(m[0]) ? -1 : /next|following/i.test(m[0]) ? 1 : 0;
      const d = new Date(`${previous.startDay}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + offset);
      const dayText = d.toISOString().slice(0, 10);
      taken.push(span);
      local.push({ ...span, sentence: sentence.index, text: m[0], startDay: dayText, endDay: dayText, precision: 'DAY', confidence: 0.7 });
    }
    found.push(...local.sort((a, b) => a.start - b.start));
  }
  return found;
}
