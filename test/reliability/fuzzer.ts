import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** mulberry32: small, fast and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that look like what analysts send: real ids and names from the seeded graph. */
export interface Vocabulary {
  readonly ids: readonly string[];
  readonly words: readonly string[];
}

/** One HTTP request the fuzzer sends, and the family it was generated in (for the summary). */
export interface FuzzRequest {
  readonly family: string;
  readonly method: 'GET' | 'POST';
  readonly contentType?: string;
  /** The raw body for POST; the query string for GET. */
  readonly body: string;
}

type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | { enum: string };

const isEnumValue = (value: Value): value is { enum: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { enum?: unknown }).enum === 'string' && Object.keys(value).length === 1;

/** A value as a GraphQL literal; enums bare, strings escaped as JSON (a subset GraphQL reads). */
function literal(value: Value): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (isEnumValue(value)) return value.enum;
  return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${literal(inner)}`).join(', ')} }`;
}

/** A value as JSON for a variable; enums become their names, as clients send them. */
function json(value: Value): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(json);
  if (isEnumValue(value)) return value.enum;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, json(inner)]));
}

const typeName = (type: GraphQLInputType): string => String(type);

export class OperationFuzzer {
  private readonly random: () => number;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly vocabulary: Vocabulary,
    seed: number,
  ) {
    this.random = seededRandom(seed);
  }

  private int(max: number): number {
    return Math.floor(this.random() * max);
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  private cursor(): string {
    return Buffer.from(`offset:${this.int(40)}`).toString('base64url');
  }

  /** A value of the right type, shaped like real use. */
  private validValue(type: GraphQLInputType, name: string): Value {
    if (type instanceof GraphQLNonNull) return this.validValue(type.ofType, name);
    if (type instanceof GraphQLList) return Array.from({ length: 1 + this.int(3) }, () => this.validValue(type.ofType, name));
    if (type instanceof GraphQLEnumType) return { enum: this.pick(type.getValues()).name };
    if (type instanceof GraphQLInputObjectType) {
      const fields: Record<string, Value> = {};
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) || this.chance(0.4)) fields[field.name] = this.validValue(field.type, field.name);
      }
      return fields;
    }
    switch ((type as GraphQLScalarType).name) {
      case 'ID':
        return this.pick(this.vocabulary.ids);
      case 'Int':
        if (name === 'first') return this.pick([1, 2, 5, 10, 20]);
        if (name === 'maxHops') return 1 + this.int(4);
        return this.int(10);
      case 'Float':
        return this.random() * 10;
      case 'Boolean':
        return this.chance(0.5);
      case 'Date':
        return `20${this.pick(['21', '22', '23'])}-0${1 + this.int(9)}-1${this.int(10)}`;
      default:
        if (name === 'after') return this.cursor();
        if (name === 'code') return this.pick(['GBR', 'RUS', 'UKR', 'USA', 'XXX']);
        return this.pick(this.vocabulary.words);
    }
  }

  /** A value a careless or hostile client might send where this type belongs. */
  private spoiledValue(type: GraphQLInputType, name: string): Value {
    const named = getNamedType(type);
    const generic: Value[] = [
      null,
      'abc',
      -1,
      0,
      2147483648,
      1.5,
      true,
      [],
      [[[['deep']]]],
      {},
      { nope: 1 },
      '',
      '\u0000\u202e\ud83d\ude00',
      'x'.repeat(5000),
    ];
    const specific: Value[] = [];
    if (named.name === 'Int') specific.push(-5, 101, 100000, 2147483647, -2147483648);
    if (named.name === 'Date') specific.push('2022-02-30', '22-1-1', '2022-13-01', '0000-00-00', 20220101);
    if (named instanceof GraphQLEnumType) specific.push({ enum: 'NOT_A_VALUE' }, 'OCCURRED', { enum: 'true' });
    if (name === 'after') {
      specific.push('b2Zmc2V0OjIxNDc0ODM2NDg', 'not-a-cursor', Buffer.from('offset:-1').toString('base64url'), Buffer.from('offset:1e9').toString('base64url'), Buffer.from('offset:99999999999999999999').toString('base64url'));
    }
    if (name === 'text' || name === 'name') specific.push('"', 'AND OR NOT', '*', '~', 'a'.repeat(250), '(((', 'title:x', '\\');
    if (named.name === 'ID') specific.push('person:', ':', 'x'.repeat(300), 'MATCH (n) DETACH DELETE n');
    return this.chance(0.6) && specific.length ? this.pick(specific) : this.pick(generic);
  }

  private arguments(args: readonly GraphQLArgument[], mode: 'valid' | 'bad', variables?: Map<string, { type: string; value: unknown }>): string {
    const chosen = args.filter((arg) => isNonNullType(arg.type) || this.chance(0.35));
    if (chosen.length === 0) return '';
    const spoiled = mode === 'bad' ? this.pick(chosen) : undefined;
    const parts = chosen.map((arg) => {
      const value = arg === spoiled ? this.spoiledValue(arg.type, arg.name) : this.validValue(arg.type, arg.name);
      if (variables) {
        const name = `v${variables.size}`;
        variables.set(name, { type: typeName(arg.type), value: json(value) });
        return `${arg.name}: $${name}`;
      }
      return `${arg.name}: ${literal(value)}`;
    });
    return `(${parts.join(', ')})`;
  }

  private selection(type: GraphQLNamedType, depth: number, mode: 'valid' | 'bad', variables?: Map<string, { type: string; value: unknown }>): string {
    if (isAbstractType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const fragments = possible.filter(() => this.chance(0.3)).slice(0, 2);
      return `{ __typename ${fragments.map((object) => `... on ${object.name} ${this.selection(object, depth, mode, variables)}`).join(' ')} }`;
    }
    if (!isObjectType(type)) return '';
    const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    const branches = depth > 0 ? fields.filter((field) => !isLeafType(getNamedType(field.type))) : [];
    const picked = new Set<GraphQLField<unknown, unknown>>();
    picked.add(this.pick(leaves.length ? leaves : fields));
    for (let i = this.int(3); i > 0; i -= 1) if (leaves.length) picked.add(this.pick(leaves));
    for (let i = this.int(3); i > 0; i -= 1) if (branches.length) picked.add(this.pick(branches));
    const parts = [...picked].map((field) => {
      const args = this.arguments(field.args, mode === 'bad' && this.chance(0.3) ? 'bad' : 'valid', variables);
      const inner = getNamedType(field.type as GraphQLOutputType);
      return isLeafType(inner) ? `${field.name}${args}` : `${field.name}${args} ${this.selection(inner, depth - 1, 'valid', variables)}`;
    });
    return `{ ${parts.join(' ')} }`;
  }

  /** A query on one root field, with literal or variable arguments, valid or with one bad value. */
  private operation(mode: 'valid' | 'bad', asVariables: boolean): { query: string; variables: Record<string, unknown> } {
    const root = this.schema.getQueryType();
    if (!root) throw new Error('schema without Query');
    const field = this.pick(Object.values(root.getFields()));
    const variables = asVariables ? new Map<string, { type: string; value: unknown }>() : undefined;
    const args = this.arguments(field.args, mode, variables);
    const inner = getNamedType(field.type);
    const body = isLeafType(inner) ? `${field.name}${args}` : `${field.name}${args} ${this.selection(inner, 1 + this.int(3), mode, variables)}`;
    const types = variables ?? new Map();
    const declared = [...types].map(([name, { type }]) => `$${name}: ${type}`);
    const query = `query Fuzz${declared.length ? `(${declared.join(', ')})` : ''} { ${body} }`;
    return { query, variables: Object.fromEntries([...types].map(([name, { value }]) => [name, value])) };
  }

  private post(family: string, payload: unknown): FuzzRequest {
    return { family, method: 'POST', contentType: 'application/json', body: JSON.stringify(payload) };
  }

  valid(): FuzzRequest {
    const { query, variables } = this.operation('valid', this.chance(0.5));
    return this.post('valid', { query, variables });
  }

  badValue(): FuzzRequest {
    const { query, variables } = this.operation('bad', false);
    return this.post('bad value', { query, variables });
  }

  /** Variables declared with the right type and sent with JSON of another. */
  wrongVariableTypes(): FuzzRequest {
    const { query, variables } = this.operation('valid', true);
    const wrong: unknown[] = ['abc', 42, -1, 1e300, 1.5, true, null, [], [[['x']]], { a: 1 }, '2022-02-30', 'NOT_A_VALUE', ['OCCURRED', 7]];
    const names = Object.keys(variables);
    for (const name of names) if (this.chance(0.5)) variables[name] = this.pick(wrong);
    if (names.length === 0 || this.chance(0.2)) {
      // A variable the operation never declared, or one it declares but with a type the schema lacks.
      return this.post('wrong variable types', { query: query.replace('query Fuzz', 'query Fuzz($extra: Nope)'), variables: { ...variables, extra: 1 } });
    }
    return this.post('wrong variable types', { query, variables });
  }

  /** Valid text, damaged: truncated, spliced, duplicated, with stray punctuation or keywords. */
  mutatedText(): FuzzRequest {
    const { query, variables } = this.operation('valid', this.chance(0.3));
    let text = query;
    for (let i = 1 + this.int(3); i > 0; i -= 1) {
      const at = this.int(text.length + 1);
      const span = 1 + this.int(12);
      switch (this.int(7)) {
        case 0:
          text = text.slice(0, at);
          break;
        case 1:
          text = text.slice(0, at) + text.slice(at + span);
          break;
        case 2:
          text = text.slice(0, at) + text.slice(at, at + span) + text.slice(at);
          break;
        case 3:
          text = text.slice(0, at) + this.pick(['{', '}', '(', ')', '[', ']', '$', '"', '"""', '...', ':', '@skip', '#', '!', '=', '|', '&', '\u0000', '\\u']) + text.slice(at);
          break;
        case 4:
          text = text.slice(0, at) + this.pick([' mutation ', ' subscription ', ' fragment F on Query { node }', ' ... F ', ' __schema { types { name } } ', ' @include(if: $nope) ', ' query Again { sources { id } } ']) + text.slice(at);
          break;
        case 5:
          text = text.replace('query Fuzz', this.pick(['mutation Fuzz', 'subscription Fuzz', 'query', '', 'query Fuzz($x: Int = "a")']));
          break;
        default:
          text = text.slice(0, at) + '['.repeat(50 + this.int(4000)) + text.slice(at);
      }
    }
    return this.post('mutated text', { query: text, variables });
  }

  /** Requests broken below GraphQL: the body, its type, the method, the envelope. */
  protocol(): FuzzRequest {
    const { query } = this.operation('valid', false);
    const family = 'protocol';
    switch (this.int(12)) {
      case 0:
        return { family, method: 'POST', contentType: 'application/json', body: JSON.stringify({ query }).slice(0, -1 - this.int(10)) };
      case 1:
        return { family, method: 'POST', contentType: 'application/json', body: JSON.stringify({ query: `${query} #${'x'.repeat(110_000)}` }) };
      case 2:
        return { family, method: 'POST', contentType: this.pick(['text/plain', 'application/xml', 'multipart/form-data', 'application/json; charset=latin1']), body: JSON.stringify({ query }) };
      case 3:
        return this.post(family, this.pick([{ query: 5 }, { query: null }, { query: ['x'] }, {}, [], 'query', 7, null]));
      case 4:
        return this.post(family, { query, variables: this.pick(['x', 5, [1], true]) });
      case 5:
        return this.post(family, { query, operationName: this.pick(['Nope', 5, '', null]) });
      case 6:
        return this.post(family, [{ query }, { query }]);
      case 7:
        return { family, method: 'GET', body: new URLSearchParams({ query }).toString() };
      case 8:
        return { family, method: 'GET', body: new URLSearchParams({ query: query.replace('query Fuzz', 'mutation Fuzz') }).toString() };
      case 9:
        return { family, method: 'GET', body: new URLSearchParams({ query, variables: '{not json' }).toString() };
      case 10:
        return this.post(family, { query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
      default:
        return { family, method: 'POST', contentType: 'application/json', body: '\u0000\ufeff{"query":' };
    }
  }
}
