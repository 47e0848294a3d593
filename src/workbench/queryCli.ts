import { parse, type OperationDefinitionNode, type TypeNode } from 'graphql';

/** Where `npm run query` sends operations unless --url or GRAPHQL_URL says otherwise (config.ts's default port). */
export const defaultGraphqlUrl = 'http://localhost:4000/graphql';

export const queryUsage =
  'usage: npm run query -- <operation file> [--var name=value ...] [--table] [--url <graphql url>]\n' +
  '  --var      a variable of the operation; typed by its definition (Int, Float, Boolean, lists as JSON or a,b,c, input objects as JSON)\n' +
  '  --table    print each list of results as a table instead of JSON\n' +
  `  --url      the API (default: GRAPHQL_URL, or ${defaultGraphqlUrl})`;

/** A mistake in the command line or the operation: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface QueryArgs {
  readonly file: string;
  readonly vars: readonly (readonly [string, string])[];
  readonly table: boolean;
  readonly url: string;
}

export function parseQueryArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): QueryArgs {
  const vars: [string, string][] = [];
  let file: string | undefined;
  let table = false;
  let url = env['GRAPHQL_URL'] || defaultGraphqlUrl;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') && !arg.startsWith('--var=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++index];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--table') table = true;
    else if (flag === '--url') url = value();
    else if (flag === '--var' || flag.startsWith('--var=')) {
      const assignment = flag.startsWith('--var=') ? flag.slice('--var='.length) : value();
      const equals = assignment.indexOf('=');
      if (equals <= 0) throw new UsageError(`--var takes name=value, not "${assignment}"`);
      vars.push([assignment.slice(0, equals).replace(/^\$/, ''), assignment.slice(equals + 1)]);
    } else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one operation file at a time (got ${file} and ${arg})`);
  }
  if (!file) throw new UsageError('name an operation file, e.g. operations/TrussMeetings.graphql');
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url "${url}" is not a URL`);
  }
  return { file, vars, table, url };
}

const typeText = (type: TypeNode): string =>
  type.kind === 'NonNullType' ? `${typeText(type.type)}!` : type.kind === 'ListType' ? `[${typeText(type.type)}]` : type.name.value;

function coerce(raw: string, type: TypeNode, name: string): unknown {
  if (type.kind === 'NonNullType') return coerce(raw, type.type, name);
  if (type.kind === 'ListType') {
    const trimmed = raw.trim();
    if (trimmed.startsWith('[')) {
      const parsed = jsonOf(trimmed, name, typeText(type)) as unknown[];
      return parsed.map((item) => (typeof item === 'string' ? coerce(item, type.type, name) : item));
    }
    return trimmed === '' ? [] : trimmed.split(',').map((item) => coerce(item.trim(), type.type, name));
  }
  switch (type.name.value) {
    case 'Int': {
      if (!/^-?\d+$/.test(raw.trim())) throw new UsageError(`$${name} is an Int: "${raw}" is not a whole number`);
      return Number(raw);
    }
    case 'Float': {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`$${name} is a Float: "${raw}" is not a number`);
      return value;
    }
    case 'Boolean':
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw new UsageError(`$${name} is a Boolean: give true or false, not "${raw}"`);
    default:
      // Input objects come as JSON; strings, ids, dates and enum values as they are.
      return raw.trim().startsWith('{') ? jsonOf(raw, name, type.name.value) : raw;
  }
}

function jsonOf(raw: string, name: string, type: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new UsageError(`$${name} is a ${type}: "${raw}" is not valid JSON`);
  }
}

/** The operation's variables from --var, each typed by its definition in the document. */
export function typedVariables(document: string, vars: QueryArgs['vars']): Record<string, unknown> {
  const operations = parse(document).definitions.filter((node): node is OperationDefinitionNode => node.kind === 'OperationDefinition');
  if (operations.length !== 1) throw new UsageError(`the file must hold one operation; it holds ${operations.length}`);
  const definitions = new Map(operations[0]!.variableDefinitions?.map((node) => [node.variable.name.value, node.type]) ?? []);
  const variables: Record<string, unknown> = {};
  for (const [name, raw] of vars) {
    const type = definitions.get(name);
    if (!type) {
      const known = [...definitions].map(([known, knownType]) => `$${known}: ${typeText(knownType)}`).join(', ');
      throw new UsageError(`the operation has no variable $${name}; it takes ${known || 'none'}`);
    }
    variables[name] = coerce(raw, type, name);
  }
  return variables;
}
