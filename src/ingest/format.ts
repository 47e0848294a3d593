import { z } from 'zod';

/**
 * The annotation format: one file per source under `sources/`, holding the source's metadata and
 * everything it asserts. This zod schema is the single definition; `npm run sources:schema`
 * writes the JSON Schema that editors use (`sources/annotation.schema.json`). Enum spellings
 * are the graph's and the GraphQL schema's (a test keeps them equal).
 */

const describe = <T extends z.ZodType>(schema: T, text: string): T => schema.describe(text) as T;

export const statuses = ['OCCURRED', 'PLANNED', 'ANNOUNCED_UNCONFIRMED', 'PROPOSED', 'HYPOTHETICAL', 'ALLEGED', 'DENIED'] as const;
export const precisions = ['DAY', 'WEEK', 'MONTH', 'YEAR', 'UNKNOWN'] as const;
export const timeBases = ['STATED', 'PUBLICATION', 'RECORD'] as const;
export const sourceKinds = ['ARTICLE', 'READOUT', 'BACKGROUND'] as const;
export const actorKinds = ['Person', 'Country', 'Organisation', 'Group'] as const;
export const organisationKinds = [
  'EMBASSY', 'MINISTRY', 'INTELLIGENCE', 'NAVY', 'WARSHIP', 'ALLIANCE', 'THINK_TANK', 'ADMINISTRATION', 'PARTY', 'FORUM',
  'PUBLISHER', 'GOVERNMENT', 'LEGISLATIVE_COMMITTEE', 'HEAD_OF_GOVERNMENT_OFFICE',
] as const;
export const placeKinds = ['CITY', 'DISTRICT', 'PENINSULA', 'REGION'] as const;
export const meetingModes = ['VISIT', 'THIRD_LOCATION', 'TALKS', 'CALL'] as const;
export const eventKinds = [
  'AID', 'LOAN', 'MILITARY_DEMONSTRATION', 'POISONING', 'DIPLOMATIC_COLLAPSE', 'REPORT', 'ALLIANCE_PROPOSAL', 'SANCTIONS',
  'INVASION', 'PLOT', 'TRAVEL', 'PRESSURE', 'EXPENSE',
] as const;
export const claimKinds = [
  'STATEMENT', 'ANNOUNCEMENT', 'ALLEGATION', 'ACCUSATION', 'WARNING', 'BELIEF', 'INSISTENCE', 'DENIAL', 'ASSESSMENT', 'CONCERN',
] as const;
export const claimModes = ['DIRECT_QUOTE', 'REPORTED', 'AUTHORIAL'] as const;
export const participantRoles = [
  'VISITOR', 'HOST', 'PARTICIPANT', 'SOURCE', 'TARGET', 'BENEFICIARY', 'VICTIM', 'PERPETRATOR', 'INSTRUMENT', 'AUTHOR',
] as const;
export const claimTargetRoles = ['TARGET', 'SUBJECT'] as const;
export const quantityKinds = ['COUNT', 'MONEY', 'DURATION'] as const;
export const quantityRoles = ['AMOUNT', 'COST', 'DURATION', 'GAP'] as const;
export const discrepancyKinds = ['INTERNAL', 'WITH_RECORD', 'BETWEEN_SOURCES'] as const;
export const contextReuses = ['QUOTES', 'FULL'] as const;

/** Relationship types a file may state in `links` (the rest are written from the sections). */
export const linkTypes = [
  'NATIONAL_OF', 'HOLDS_OFFICE', 'OFFICE_OF', 'COUNTERPART_OF', 'BELONGS_TO', 'PART_OF', 'REPRESENTS', 'MEMBER_OF',
  'LOCATED_IN', 'CAPITAL_OF', 'TAKES_PLACE_IN', 'HELD_AT', 'ANNOUNCED', 'REQUESTED', 'DID_NOT_CONFIRM', 'HAS_QUANTITY',
  'CAUSED', 'CONDITIONAL_ON', 'ECHOES', 'RESPONDS_TO', 'CONCERNS', 'PUBLISHED_BY',
] as const;

const id = (prefix: string) =>
  describe(
    z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), `an id such as ${prefix}:some-slug (lower case, digits, hyphens)`),
    `Stable id of the form ${prefix}:slug; never changes once published.`,
  );
const anyId = describe(
  z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'an id such as person:liz-truss'),
  'The id of a node in this file or already in the graph.',
);
const isoDate = describe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'), 'A calendar day, YYYY-MM-DD.');

/** An interval whose end comes before its start holds no day: refused, naming both dates. */
const startNotAfterEnd = (interval: { start?: string | undefined; end?: string | undefined }, ctx: z.RefinementCtx): void => {
  const { start, end } = interval;
  if (start !== undefined && end !== undefined && end < start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${end} is before start ${start}; the end must be the same day as the start or later` });
  }
};

export const reviewStatuses = ['UNREVIEWED', 'ACCEPTED'] as const;

/**
 * Items `npm run draft` writes carry a review block; the loader refuses a file that still has
 * UNREVIEWED items, so nothing a person has not checked reaches the graph by accident.
 */
export const reviewSchema = describe(
  z
    .object({
      status: describe(
        z.enum(reviewStatuses),
        'UNREVIEWED as drafted; a reviewer sets ACCEPTED (or deletes the whole block). npm run ingest refuses a file with UNREVIEWED items unless given --accept-drafts.',
      ),
      confidence: describe(z.number().min(0).max(1), "The drafter's confidence in the item, from 0 (a guess) to 1 (certain)."),
      reason: describe(z.string().optional(), 'Why the drafter proposed the item, or what the reviewer should check.'),
    })
    .strict()
    .optional(),
  'Review marker written by npm run draft on every item it drafts. A reviewer sets status ACCEPTED or deletes the block; the loader otherwise ignores it.',
);

export const quoteSchema = z.union([
  describe(z.string().min(1), 'The exact words of the source, when they occur once in its text.'),
  z
    .object({
      exact: describe(z.string().min(1), 'The exact words of the source (at most 12 words).'),
      prefix: describe(z.string().min(1).optional(), 'Words just before the quote (at most 16 characters), to tell repeated words apart.'),
      suffix: describe(z.string().min(1).optional(), 'Words just after the quote (at most 16 characters), to tell repeated words apart.'),
      occurrence: describe(z.number().int().min(1).optional(), 'Which occurrence of the words is meant (1 = first), when they occur more than once.'),
    })
    .strict(),
]);
export type Quote = z.infer<typeof quoteSchema>;

const evidence = describe(z.array(quoteSchema).default([]), 'Quotes of this source that carry the fact: each must contain the words that state it.');

export const timeSchema = z
  .object({
    text: describe(z.string().optional(), "The source's own time words, e.g. 'within next two weeks'."),
    evidence: describe(
      z.array(quoteSchema).optional(),
      'Meetings, events and claims: quotes of this source that give the time (their role is TIME); omitted when the source gives none.',
    ),
    start: describe(isoDate.optional(), 'First day the interval can include; omitted when unknown.'),
    end: describe(isoDate.optional(), 'Last day the interval can include; omitted when unknown.'),
    precision: describe(z.enum(precisions), 'How exactly the interval is known.'),
    basis: describe(
      z.enum(timeBases).optional(),
      'Where the dates come from: STATED (the source gives them, the default), PUBLICATION (inferred from the publication date), RECORD (the public record).',
    ),
  })
  .strict()
  .superRefine(startNotAfterEnd);
export type TimeSpec = z.infer<typeof timeSchema>;

const linkBase = {
  evidence,
  role: describe(z.enum([...claimTargetRoles, ...quantityRoles]).optional(), 'HAS_QUANTITY: AMOUNT, COST, DURATION or GAP.'),
  wording: describe(z.string().optional(), "The source's words for this link, e.g. 'close to Crimea'."),
  time: timeSchema.optional(),
  current: describe(z.boolean().optional(), 'HOLDS_OFFICE: true when the source presents the tenure as current.'),
  contested: describe(z.boolean().optional(), 'LOCATED_IN: true when the location is disputed.'),
  claimId: describe(anyId.optional(), 'The claim behind a contested or only-claimed link.'),
  discrepancyId: describe(anyId.optional(), 'The discrepancy that disputes this link.'),
};

export const linkSchema = z
  .object({
    type: describe(z.enum(linkTypes), 'The relationship type.'),
    to: describe(anyId.optional(), 'The node this link points to (outgoing from the item).'),
    from: describe(anyId.optional(), 'The node this link comes from (incoming to the item).'),
    ...linkBase,
  })
  .strict()
  .refine((link) => (link.to === undefined) !== (link.from === undefined), { message: 'a link needs exactly one of "to" or "from"' });
export type Link = z.infer<typeof linkSchema>;

const links = describe(z.array(linkSchema).default([]), 'Other relationships this source states, from or to this item.');

/** A relationship between two nodes that this file does not itself describe (both named). */
export const relationSchema = z
  .object({
    from: describe(anyId, 'The node the relationship comes from.'),
    type: describe(z.enum([...linkTypes, 'PARTICIPATED_IN', 'ABOUT']), 'The relationship type.'),
    to: describe(anyId, 'The node the relationship points to.'),
    ...linkBase,
    role: describe(z.enum([...participantRoles, ...claimTargetRoles, ...quantityRoles]).optional(), 'The role, for PARTICIPATED_IN, ABOUT and HAS_QUANTITY.'),
  })
  .strict();

const participant = z
  .object({
    actor: anyId,
    role: describe(z.enum(participantRoles), 'The part the actor plays.'),
    evidence,
  })
  .strict();

const common = { evidence, links };
const cameoCode = describe(
  z.string().regex(/^\d{2,4}$/, 'a CAMEO code of 2 to 4 digits, as a string ("036")').optional(),
  'CAMEO event code (leading zeros matter); the Goldstein value is taken from the code.',
);

export const actorSchema = z
  .object({
    id: anyId,
    kind: describe(z.enum(actorKinds), 'Which kind of actor.'),
    name: z.string().min(1),
    aliases: describe(z.array(z.string().min(1)).default([]), 'Other spellings and names that must find this actor.'),
    description: z.string().optional(),
    wikidata: describe(z.string().regex(/^Q\d+$/, 'a Wikidata item id such as Q7747').optional(), 'Only when confirmed.'),
    actorCode: describe(z.string().regex(/^[A-Z]{3,12}$/).optional(), 'CAMEO actor code, e.g. GBR or GBRGOV.'),
    named: describe(z.boolean().default(true), 'False when the source does not name the actor.'),
    hypothetical: describe(z.boolean().default(false), 'True when the actor exists only in an allegation or plan.'),
    iso2: z.string().regex(/^[A-Z]{2}$/).optional(),
    iso3: z.string().regex(/^[A-Z]{3}$/).optional(),
    orgKind: z.enum(organisationKinds).optional(),
    review: reviewSchema,
    ...common,
  })
  .strict();

export const placeSchema = z
  .object({
    id: id('place'),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    placeKind: z.enum(placeKinds),
    wikidata: z.string().regex(/^Q\d+$/).optional(),
    review: reviewSchema,
    ...common,
  })
  .strict();

export const officeSchema = z
  .object({ id: id('office'), title: z.string().min(1), description: z.string().optional(), review: reviewSchema, ...common })
  .strict();

/** What meetings and events both hold: they happen (or not) at a time, with participants. */
const happening = {
  title: z.string().min(1),
  summary: z.string().optional(),
  status: z.enum(statuses),
  purpose: z.string().optional(),
  cameoCode,
  time: timeSchema,
  participants: z.array(participant).default([]),
  review: reviewSchema,
  ...common,
};

export const meetingSchema = z.object({ id: id('meeting'), mode: z.enum(meetingModes), ...happening }).strict();

export const eventSchema = z.object({ id: id('event'), eventKind: z.enum(eventKinds), ...happening }).strict();

export const claimSchema = z
  .object({
    id: id('claim'),
    text: describe(z.string().min(1), 'Our one-sentence paraphrase of what is claimed.'),
    claimKind: z.enum(claimKinds),
    mode: z.enum(claimModes),
    status: describe(z.enum(statuses), 'The status of the act of saying it.'),
    cameoCode,
    time: timeSchema,
    speakers: describe(
      z.array(z.object({ actor: anyId, evidence }).strict()).default([]),
      'Who asserted it (empty when the source names no speaker).',
    ),
    reported: describe(z.object({ evidence }).strict().default({ evidence: [] }), 'Where this source reports the claim.'),
    about: z.array(z.object({ node: anyId, role: z.enum(claimTargetRoles), evidence }).strict()).default([]),
    review: reviewSchema,
    ...common,
  })
  .strict();

export const quantitySchema = z
  .object({
    id: id('qty'),
    value: z.number(),
    unit: z.string().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    quantityKind: z.enum(quantityKinds),
    text: describe(z.string().optional(), "The source's words for the amount."),
    review: reviewSchema,
    ...common,
  })
  .strict();

export const discrepancySchema = z
  .object({ id: id('disc'), discrepancyKind: z.enum(discrepancyKinds), description: z.string().min(1), ...common })
  .strict();

export const sourceMetaSchema = z
  .object({
    id: id('src'),
    kind: z.enum(sourceKinds),
    title: z.string().min(1),
    publisher: z.string().optional(),
    publisherActor: describe(anyId.optional(), 'The publisher as an actor in the graph (PUBLISHED_BY).'),
    section: z.string().optional(),
    standfirst: z.string().optional(),
    url: describe(z.string().url().optional(), 'Where the source can be read, when known.'),
    published: describe(
      z
        .object({
          text: describe(z.string().optional(), 'How the publication date is known.'),
          start: isoDate.optional(),
          end: isoDate.optional(),
          precision: z.enum(precisions),
          basis: describe(
            z.enum(['STATED', 'RECORD']).optional(),
            'Where the publication dates come from: STATED (the source gives them, the default), RECORD (the public record, when the text does not state them).',
          ),
        })
        .strict()
        .superRefine(startNotAfterEnd),
      'When it was published: knowledge time. A source counts for as-of questions from the day after its interval ends.',
    ),
    text: describe(
      z
        .object({
          file: describe(z.string().min(1), 'The file name of the text in the texts folder (SOURCE_TEXTS_DIR).'),
          length: describe(z.number().int().min(1), 'Length in Unicode code points.'),
          sha256: describe(z.string().regex(/^[0-9a-f]{64}$/), 'SHA-256 of the UTF-8 text.'),
          reuse: describe(
            z.enum(contextReuses).optional(),
            "How much context the quotes keep in the anchors file, the copy kept with this annotation for checkouts without the text: QUOTES (the default, for a text others hold the rights to) only words that other quotes of this source keep already, so the stored words never grow past the short quotes; FULL (a text the project may reproduce, such as its own compilation) a few words either side of every quote. A graph loaded from the text keeps a few words either side of every quote either way.",
          ),
        })
        .strict()
        .optional(),
      'The text the quotes are taken from; absent for background knowledge.',
    ),
  })
  .strict();

export const annotationSchema = z
  .object({
    source: sourceMetaSchema,
    supports: describe(
      z.array(anyId).default([]),
      'Nodes already in the graph (from another source) that this source also supports, without restating them.',
    ),
    actors: z.array(actorSchema).default([]),
    places: z.array(placeSchema).default([]),
    offices: z.array(officeSchema).default([]),
    meetings: z.array(meetingSchema).default([]),
    events: z.array(eventSchema).default([]),
    claims: z.array(claimSchema).default([]),
    quantities: z.array(quantitySchema).default([]),
    discrepancies: z.array(discrepancySchema).default([]),
    relations: describe(
      z.array(relationSchema).default([]),
      'Relationships this source states between nodes it does not describe itself (e.g. a background membership).',
    ),
  })
  .strict();

export type Annotation = z.infer<typeof annotationSchema>;
