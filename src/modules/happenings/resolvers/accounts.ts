import type {
  ClaimAccountResolvers,
  ClaimKind,
  ClaimMode,
  EventAccountResolvers,
  EventKind,
  LinkAccountResolvers,
  PlaceAccountResolvers,
  PlaceCountryResolvers,
  QuantityAccountResolvers,
  QuantityKind,
  Status,
} from '../../../graphql/generated/resolvers.js';
import {
  factAccountEvidence,
  flag,
  linkAccountEvidence,
  linkAccounts,
  number,
  eventPlaceHops,
  meetingPlaceHops,
  placeAccounts,
  publishedOf,
  sourceById,
  statedTime,
  text,
  type PlaceAccountRow,
} from '../../common/accounts.js';
import type { ActorRow, NodeRow, PlaceRow, SourceRow } from '../../common/rows.js';
import type { Context } from '../../../context.js';
import { participantsOf } from '../neighbours.js';

/** Each source's account of facts: thin resolvers over src/modules/common/accounts.ts. */

const status = (value: string | null) => value as Status | null;

export const EventAccount: EventAccountResolvers = {
  published: ({ source }) => publishedOf(source),
  title: ({ stated }) => text(stated, 'title'),
  summary: ({ stated }) => text(stated, 'summary'),
  kind: ({ stated }) => text(stated, 'eventKind') as EventKind | null,
  status: ({ stated }) => status(text(stated, 'status')),
  time: ({ stated }) => statedTime(stated),
  participants: async ({ fact, source }, _args, context) =>
    (await participantsOf(fact.id, context)).filter((row) => (row.rel.sourceIds ?? [row.rel.sourceId]).includes(source.id)),
  evidence: (account, _args, context) => factAccountEvidence(account, context),
};

export const ClaimAccount: ClaimAccountResolvers = {
  published: ({ source }) => publishedOf(source),
  text: ({ stated }) => text(stated, 'text'),
  kind: ({ stated }) => text(stated, 'claimKind') as ClaimKind | null,
  mode: ({ stated }) => text(stated, 'mode') as ClaimMode | null,
  status: ({ stated }) => status(text(stated, 'status')),
  time: ({ stated }) => statedTime(stated),
  evidence: (account, _args, context) => factAccountEvidence(account, context),
};

export const QuantityAccount: QuantityAccountResolvers = {
  published: ({ source }) => publishedOf(source),
  kind: ({ stated }) => text(stated, 'quantityKind') as QuantityKind | null,
  value: ({ stated }) => number(stated, 'value'),
  unit: ({ stated }) => text(stated, 'unit'),
  money: ({ stated }) => {
    const amount = number(stated, 'value');
    const currency = text(stated, 'currency');
    return text(stated, 'quantityKind') === 'MONEY' && currency && amount !== null ? { amount, currency } : null;
  },
  text: ({ stated }) => text(stated, 'text'),
  evidence: (account, _args, context) => factAccountEvidence(account, context),
};

/** The source of a relationship's account (the planner fetches the sources a relationship names). */
async function linkSource({ sourceId }: { sourceId: string }, context: Context): Promise<SourceRow> {
  const source = await sourceById(sourceId, context);
  // The loader writes a source before any fact it states: a missing one is a data error.
  if (!source) throw new Error(`source ${sourceId} of a relationship's account is not in the graph`);
  return source;
}

export const LinkAccount: LinkAccountResolvers = {
  source: (account, _args, context) => linkSource(account, context),
  published: async (account, _args, context) => publishedOf(await linkSource(account, context)),
  time: ({ stated }) => statedTime(stated),
  wording: ({ stated }) => text(stated, 'wording'),
  current: ({ stated }) => flag(stated, 'current'),
  contested: ({ stated }) => flag(stated, 'contested'),
  evidence: (account, _args, context) => linkAccountEvidence(account, context),
};

const target = <Row>(account: PlaceAccountRow, role: PlaceAccountRow['role']) => (account.role === role ? (account.target as unknown as Row) : null);

export const PlaceAccount: PlaceAccountResolvers = {
  source: (account, _args, context) => linkSource(account, context),
  published: async (account, _args, context) => publishedOf(await linkSource(account, context)),
  place: (account) => target<PlaceRow>(account, 'place'),
  country: (account) => target<ActorRow>(account, 'country'),
  forum: (account) => target<ActorRow>(account, 'forum'),
  wording: ({ stated }) => text(stated, 'wording'),
  evidence: (account, _args, context) => linkAccountEvidence(account, context),
};

/** `Meeting.placeHistory`: its place, country and forum links. */
export const meetingPlaceHistory = {
  placeHistory: (meeting: NodeRow, _args: unknown, context: Context) => placeAccounts(meeting, meetingPlaceHops, context),
};

/** `Event.placeHistory`: its place and country links. */
export const eventPlaceHistory = {
  placeHistory: (event: NodeRow, _args: unknown, context: Context) => placeAccounts(event, eventPlaceHops, context),
};

/** A place's link to a country, each source's account of it. */
export const PlaceCountryHistory: PlaceCountryResolvers = {
  history: (link, _args, context) => linkAccounts(link.rel, link.type, context),
};
