import type { DraftInput } from '../draft/types.js';

/**
 * The longest text drafted in one request. A long article is 30 000 characters; drafting runs on
 * the server's one thread and grows faster than the text (about 6 s at 90 000 characters), so a
 * longer text would stall every other request. Split a longer source.
 */
export const maxDraftTextLength = 40_000;
/** Titles and publishers are a line; anything longer is a paste into the wrong field. */
const maxLineLength = 500;

const fields = ['text', 'published', 'id', 'kind', 'title', 'publisher', 'file'] as const;
const kinds = ['ARTICLE', 'READOUT'] as const;

export type Checked = { readonly ok: true; readonly input: DraftInput } | { readonly ok: false; readonly message: string };

const fail = (message: string): Checked => ({ ok: false, message });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A real calendar day: the regex alone would let 2022-02-30 through to the drafter. */
function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function optionalLine(body: Record<string, unknown>, field: 'title' | 'publisher'): string | undefined | Error {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLineLength) {
    return new Error(`${field} must be a non-empty string of at most ${maxLineLength} characters.`);
  }
  return value;
}

/**
 * Checks a POST /annotate/draft body field by field, so the analyst reads which field is wrong
 * and how to write it, rather than whatever the drafter would make of a malformed value.
 */
export function checkDraftBody(body: unknown): Checked {
  if (!isObject(body)) {
    return fail('The request body must be a JSON object with the source\'s text and publication date, e.g. {"text": "…", "published": {"start": "2022-02-10"}}.');
  }
  const unknown = Object.keys(body).filter((key) => !(fields as readonly string[]).includes(key));
  if (unknown.length > 0) return fail(`Unknown field ${JSON.stringify(unknown[0])}; the fields are ${fields.join(', ')}.`);

  const { text, published, id, kind, file } = body;
  if (typeof text !== 'string' || text.trim() === '') return fail('text must be the source\'s text, a non-empty string.');
  const length = [...text].length;
  if (length > maxDraftTextLength) return fail(`text is ${length} characters long; at most ${maxDraftTextLength} can be drafted at once.`);

  if (!isObject(published)) return fail('published must be an object {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"} (end is optional).');
  const extra = Object.keys(published).filter((key) => key !== 'start' && key !== 'end');
  if (extra.length > 0) return fail(`Unknown field published.${extra[0]}; published has start and end.`);
  if (!isDay(published['start'])) return fail('published.start must be a date YYYY-MM-DD, e.g. 2022-02-10.');
  const start = published['start'];
  const end = published['end'];
  if (end !== undefined && !isDay(end)) return fail('published.end must be a date YYYY-MM-DD, e.g. 2022-02-10, or left out.');
  if (end !== undefined && end < start) return fail(`published.end (${end}) is before published.start (${start}).`);

  if (id !== undefined && (typeof id !== 'string' || !/^src:[a-z0-9][a-z0-9-]*$/.test(id))) {
    return fail('id must be a source id such as src:some-slug (lower case, digits, hyphens).');
  }
  if (kind !== undefined && !(kinds as readonly unknown[]).includes(kind)) return fail(`kind must be ${kinds.join(' or ')}.`);
  const title = optionalLine(body, 'title');
  if (title instanceof Error) return fail(title.message);
  const publisher = optionalLine(body, 'publisher');
  if (publisher instanceof Error) return fail(publisher.message);
  // The file name is written into the annotation and later joined to the texts folder: no folders.
  if (file !== undefined && (typeof file !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/.test(file))) {
    return fail('file must be a plain file name such as some-slug.txt (letters, digits, dots, hyphens, underscores; no folders).');
  }

  return {
    ok: true,
    input: {
      text,
      published: end === undefined ? { start } : { start, end },
      ...(id !== undefined ? { id: id as string } : {}),
      ...(kind !== undefined ? { kind: kind as DraftInput['kind'] & string } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(publisher !== undefined ? { publisher } : {}),
      ...(file !== undefined ? { file: file as string } : {}),
    },
  };
}
