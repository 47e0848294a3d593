/**
 * The client messages the console relay knows, checked field by field and rebuilt: every RUN
 * and BEGIN read-only with a bounded timeout, the database one of the two the console serves,
 * the relay's own credentials in place of whatever the Browser sent, and no key the relay does
 * not understand. Anything else is refused with a reason the Browser shows.
 */
import { atLeast, type BoltVersion } from './handshake.js';
import { Struct, type PackValue } from './packstream.js';
import { refusal } from './statementGuard.js';

export const Signature = {
  HELLO: 0x01, GOODBYE: 0x02, RESET: 0x0f, RUN: 0x10, BEGIN: 0x11, COMMIT: 0x12, ROLLBACK: 0x13,
  DISCARD: 0x2f, PULL: 0x3f, TELEMETRY: 0x54, ROUTE: 0x66, LOGON: 0x6a, LOGOFF: 0x6b,
  SUCCESS: 0x70, RECORD: 0x71, IGNORED: 0x7e, FAILURE: 0x7f,
} as const;

/** Refused by the relay: the Browser is answered with a FAILURE carrying this message. */
export class RefusedRequest extends Error {
  override name = 'RefusedRequest';
  constructor(
    message: string,
    /** Neo4j's code for the kind of refusal, so the Browser files it as it would Neo4j's. */
    readonly code = 'Neo.ClientError.Security.Forbidden',
  ) {
    super(message);
  }
}

export interface RelayPolicy {
  readonly credentials: { readonly username: string; readonly password: string } | undefined;
  /** The databases the console may address (the graph and `system`, for SHOW commands). */
  readonly databases: readonly string[];
  /** The longest a console transaction may run; a client's longer (or absent) timeout is cut to it. */
  readonly txTimeoutMs: number;
}

export interface Rebuilt {
  readonly message: Struct;
  /** What the request does to the connection's transaction state. */
  readonly opensTransaction: boolean;
  readonly endsTransaction: boolean;
}

type Fields = ReadonlyMap<string, PackValue>;

const isMap = (value: PackValue | undefined): value is Fields => value instanceof Map;
const isStringList = (value: PackValue | undefined): value is readonly string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function map(value: PackValue | undefined, what: string): Fields {
  if (!isMap(value)) throw new RefusedRequest(`${what} must be a map`, 'Neo.ClientError.Request.Invalid');
  return value;
}

/** Copies the keys a message may carry, each checked; an unknown key is refused, not passed on. */
function pick(fields: Fields, what: string, allowed: Record<string, (value: PackValue) => boolean>): Map<string, PackValue> {
  const out = new Map<string, PackValue>();
  for (const [key, value] of fields) {
    const check = allowed[key];
    if (!check) throw new RefusedRequest(`${what} has a key the console does not accept: ${JSON.stringify(key)}`, 'Neo.ClientError.Request.Invalid');
    if (!check(value)) throw new RefusedRequest(`${what}'s ${JSON.stringify(key)} has a value of the wrong kind`, 'Neo.ClientError.Request.Invalid');
    out.set(key, value);
  }
  return out;
}

const anyString = (value: PackValue) => typeof value === 'string';
const anyInt = (value: PackValue) => typeof value === 'bigint';
const stringList = (value: PackValue) => isStringList(value);
const stringMap = (value: PackValue) => isMap(value) && [...value.values()].every((item) => typeof item === 'string');
const notifications = { notifications_minimum_severity: anyString, notifications_disabled_categories: stringList, notifications_disabled_classifications: stringList };

/** Parameter values: plain values, and the temporal and spatial structs Neo4j takes as parameters. */
const parameterStructs = new Map<number, number>([
  [0x44, 1], [0x54, 2], [0x74, 1], [0x49, 3], [0x69, 3], [0x46, 3], [0x66, 3], [0x64, 2], [0x45, 4], [0x58, 3], [0x59, 4],
]);
function parameterValue(value: PackValue): boolean {
  if (value instanceof Struct) return parameterStructs.get(value.tag) === value.fields.length && value.fields.every(parameterValue);
  if (value instanceof Map) return [...value.values()].every(parameterValue);
  if (Array.isArray(value)) return value.every(parameterValue);
  return true;
}

function auth(policy: RelayPolicy): Map<string, PackValue> {
  if (!policy.credentials) return new Map([['scheme', 'none']]);
  return new Map<string, PackValue>([
    ['scheme', 'basic'],
    ['principal', policy.credentials.username],
    ['credentials', policy.credentials.password],
  ]);
}

/** RUN's and BEGIN's extra: read-only, a served database, a bounded timeout, no impersonation. */
function transactionExtra(extra: Fields, what: string, policy: RelayPolicy, inTransaction: boolean): Map<string, PackValue> {
  const kept = pick(extra, what, {
    bookmarks: stringList, tx_timeout: anyInt, tx_metadata: (value) => isMap(value) && parameterValue(value),
    mode: anyString, db: anyString, imp_user: (value) => value === null, ...notifications,
  });
  kept.delete('imp_user');
  const db = kept.get('db');
  if (typeof db === 'string' && !policy.databases.includes(db)) {
    throw new RefusedRequest(`The console serves the databases ${policy.databases.join(' and ')}, not ${JSON.stringify(db)}.`, 'Neo.ClientError.Database.DatabaseNotFound');
  }
  kept.set('mode', 'r');
  if (inTransaction) {
    // A RUN inside a transaction runs under its BEGIN's timeout.
    kept.delete('tx_timeout');
  } else {
    const asked = kept.get('tx_timeout');
    const cap = BigInt(policy.txTimeoutMs);
    kept.set('tx_timeout', typeof asked === 'bigint' && asked > 0n && asked < cap ? asked : cap);
  }
  return kept;
}

const fieldCount: Record<number, number> = {
  [Signature.HELLO]: 1, [Signature.GOODBYE]: 0, [Signature.RESET]: 0, [Signature.RUN]: 3, [Signature.BEGIN]: 1,
  [Signature.COMMIT]: 0, [Signature.ROLLBACK]: 0, [Signature.DISCARD]: 1, [Signature.PULL]: 1,
  [Signature.TELEMETRY]: 1, [Signature.LOGON]: 1, [Signature.LOGOFF]: 0,
};

function known(signature: number, version: BoltVersion): boolean {
  if (signature === Signature.LOGON || signature === Signature.LOGOFF) return atLeast(version, 5, 1);
  if (signature === Signature.TELEMETRY) return atLeast(version, 5, 4);
  return signature in fieldCount;
}

/** The message to send Neo4j in place of the client's, or a RefusedRequest saying why not. */
export function rebuild(value: PackValue, version: BoltVersion, policy: RelayPolicy, inTransaction: boolean): Rebuilt {
  if (!(value instanceof Struct)) throw new RefusedRequest('A Bolt message must be a structure.', 'Neo.ClientError.Request.Invalid');
  const { tag, fields } = value;
  const name = Object.entries(Signature).find(([, code]) => code === tag)?.[0] ?? `0x${tag.toString(16)}`;
  if (!known(tag, version)) {
    throw new RefusedRequest(`The console does not relay ${name} messages in Bolt ${version.major}.${version.minor}.`, 'Neo.ClientError.Request.Invalid');
  }
  if (fields.length !== fieldCount[tag]) {
    throw new RefusedRequest(`A ${name} message has ${fields.length} fields; Bolt ${version.major}.${version.minor} gives it ${fieldCount[tag]}.`, 'Neo.ClientError.Request.Invalid');
  }
  const plain = (message: Struct, opens = false, ends = false): Rebuilt => ({ message, opensTransaction: opens, endsTransaction: ends });
  switch (tag) {
    case Signature.HELLO: {
      const extra = pick(map(fields[0], 'HELLO'), 'HELLO', {
        user_agent: anyString, bolt_agent: stringMap, routing: (v) => v === null || isMap(v), patch_bolt: stringList,
        scheme: anyString, principal: anyString, credentials: anyString, realm: anyString, ...notifications,
      });
      for (const key of ['routing', 'scheme', 'principal', 'credentials', 'realm']) extra.delete(key);
      if (!atLeast(version, 5, 1)) for (const [key, entry] of auth(policy)) extra.set(key, entry);
      return plain(new Struct(tag, [extra]));
    }
    case Signature.LOGON:
      map(fields[0], 'LOGON');
      return plain(new Struct(tag, [auth(policy)]));
    case Signature.RUN: {
      const [query, parameters, extra] = fields;
      if (typeof query !== 'string') throw new RefusedRequest('A RUN message must carry its statement as a string.', 'Neo.ClientError.Request.Invalid');
      const refused = refusal(query);
      if (refused) throw new RefusedRequest(refused);
      if (!isMap(parameters) || !parameterValue(parameters)) {
        throw new RefusedRequest('Parameters must be a map of values (nodes, relationships and paths are not parameters).', 'Neo.ClientError.Request.Invalid');
      }
      return plain(new Struct(tag, [query, parameters, transactionExtra(map(extra, 'RUN extra'), 'RUN', policy, inTransaction)]));
    }
    case Signature.BEGIN:
      return plain(new Struct(tag, [transactionExtra(map(fields[0], 'BEGIN extra'), 'BEGIN', policy, false)]), true);
    case Signature.PULL:
    case Signature.DISCARD:
      return plain(new Struct(tag, [pick(map(fields[0], name), name, { n: anyInt, qid: anyInt })]));
    case Signature.TELEMETRY:
      if (typeof fields[0] !== 'bigint') throw new RefusedRequest('TELEMETRY carries an integer.', 'Neo.ClientError.Request.Invalid');
      return plain(new Struct(tag, [fields[0]]));
    case Signature.COMMIT:
    case Signature.ROLLBACK:
    case Signature.RESET:
      return plain(new Struct(tag, []), false, true);
    default:
      return plain(new Struct(tag, []));
  }
}

/** A FAILURE message as Neo4j sends one (before Bolt 5.7's GQL fields). */
export const failure = (code: string, message: string): Struct =>
  new Struct(Signature.FAILURE, [new Map<string, PackValue>([['code', code], ['message', message]])]);

export const ignored = (): Struct => new Struct(Signature.IGNORED, []);
