import { describe, expect, it } from 'vitest';
import { answerTables } from '../../src/workbench/answerTable.js';
import { defaultGraphqlUrl, parseQueryArgs, typedVariables, UsageError } from '../../src/workbench/queryCli.js';

const operation = `query Q($name: String!, $first: Int = 10, $exact: Boolean, $ids: [ID!], $status: [Status!], $range: TimeRangeInput, $score: Float) {
  actorsByName(name: $name) { id }
}`;

describe('npm run query: the command line', () => {
  it('reads the file, the variables, --table and --url, with GRAPHQL_URL as the default address', () => {
    expect(parseQueryArgs(['operations/TrussMeetings.graphql', '--var', 'name=Sergei Lavrov', '--table'], { GRAPHQL_URL: 'http://h:1/graphql' })).toEqual({
      file: 'operations/TrussMeetings.graphql',
      vars: [['name', 'Sergei Lavrov']],
      table: true,
      url: 'http://h:1/graphql',
    });
    expect(parseQueryArgs(['--var=name=a=b', 'x.graphql', '--url=http://127.0.0.1:9/graphql'])).toMatchObject({ vars: [['name', 'a=b']], url: 'http://127.0.0.1:9/graphql' });
    expect(parseQueryArgs(['x.graphql']).url).toBe(defaultGraphqlUrl);
  });

  it.each([
    [[], 'name an operation file, e.g. operations/TrussMeetings.graphql'],
    [['a.graphql', 'b.graphql'], 'one operation file at a time (got a.graphql and b.graphql)'],
    [['a.graphql', '--var', 'name'], '--var takes name=value, not "name"'],
    [['a.graphql', '--var'], '--var needs a value'],
    [['a.graphql', '--json'], 'unknown option --json'],
    [['a.graphql', '--url', 'localhost'], '--url "localhost" is not a URL'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseQueryArgs(argv)).toThrow(new UsageError(message));
  });

  it('types each variable by its definition in the operation', () => {
    const vars = [
      ['name', 'Liz Truss'],
      ['first', '3'],
      ['exact', 'true'],
      ['ids', 'country:gbr, country:ukr'],
      ['status', '["PLANNED","OCCURRED"]'],
      ['range', '{"from":"2022-01-01"}'],
      ['score', '-2.5'],
    ] as const;
    expect(typedVariables(operation, vars)).toEqual({
      name: 'Liz Truss',
      first: 3,
      exact: true,
      ids: ['country:gbr', 'country:ukr'],
      status: ['PLANNED', 'OCCURRED'],
      range: { from: '2022-01-01' },
      score: -2.5,
    });
  });

  it.each([
    [['first', 'ten'], '$first is an Int: "ten" is not a whole number'],
    [['exact', 'yes'], '$exact is a Boolean: give true or false, not "yes"'],
    [['range', '{from'], '$range is a TimeRangeInput: "{from" is not valid JSON'],
    [['nmae', 'x'], 'the operation has no variable $nmae; it takes $name: String!, $first: Int, $exact: Boolean, $ids: [ID!], $status: [Status!], $range: TimeRangeInput, $score: Float'],
  ] as const)('refuses --var %j: %s', (variable, message) => {
    expect(() => typedVariables(operation, [variable])).toThrow(new UsageError(message));
  });
});

describe('npm run query --table', () => {
  it('lists the facts asked for, one row each, with the outer fields repeated and inner lists in one cell', () => {
    const data = {
      actorsByName: [
        {
          id: 'person:a',
          meetings: {
            totalCount: 2,
            nodes: [
              { title: 'Talks', place: { name: 'Moscow' }, participants: [{ role: 'HOST', actor: { name: 'B' } }, { role: 'VISITOR', actor: { name: 'A' } }], evidence: [] },
              { title: 'Visit', place: null, participants: [], evidence: [{ exact: 'will visit' }] },
            ],
          },
        },
      ],
      statistics: { people: 10, sources: 3 },
      sources: [],
    };
    expect(answerTables(data)).toBe(
      [
        'actorsByName (2 rows)',
        'id       | meetings.totalCount | meetings.title | meetings.place.name | meetings.participants | meetings.evidence',
        '---------|---------------------|----------------|---------------------|-----------------------|------------------',
        'person:a | 2                   | Talks          | Moscow              | HOST B; VISITOR A     |',
        'person:a | 2                   | Visit          |                     |                       | will visit',
        '',
        'statistics (1 row)',
        'people | sources',
        '-------|--------',
        '10     | 3',
        '',
        'sources (0 rows)',
      ].join('\n'),
    );
  });
});
