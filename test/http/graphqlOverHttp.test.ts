import { serverAudits } from 'graphql-http';
import { describe, expect, inject, it } from 'vitest';

// The GraphQL-over-HTTP specification's audit suite, run against the live endpoint: any client
// library that follows the spec can talk to the API.
describe('GraphQL over HTTP compliance', () => {
  const audits = serverAudits({ url: () => inject('graphqlUrl') });

  it.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))(
    '%s',
    async (_name, audit) => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    },
  );

  it('fails no SHOULD or MAY audit outright (notices and warnings are allowed)', async () => {
    const failures = [];
    for (const audit of audits.filter((a) => !a.name.startsWith('MUST'))) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
