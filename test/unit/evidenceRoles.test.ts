import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { compileAnnotation, textFinder } from '../../src/ingest/compile.js';
import { AnnotationError, parseAnnotation } from '../../src/ingest/parse.js';
import { evidenceRoles, relationshipEvidenceRole } from '../../src/modules/common/evidenceRoles.js';

const text = 'Ana Pop met Ion Dan in Cluj on Monday 3 May. Pop said the talks went well.';

const annotation = (timeLinks = '') => `
source:
  id: src:sample
  kind: ARTICLE
  title: A sample
  published: { start: 2021-05-04, end: 2021-05-04, precision: DAY }
  text: { file: sample.txt, length: ${[...text].length}, sha256: ${'a'.repeat(64)} }
actors:
  - { id: person:ana-pop, kind: Person, name: Ana Pop, evidence: [Ana Pop] }
  - id: person:ion-dan
    kind: Person
    name: Ion Dan
    evidence: [Ion Dan]
    links:
      - { type: COUNTERPART_OF, to: person:ana-pop, evidence: [met Ion Dan]${timeLinks} }
meetings:
  - id: meeting:pop-dan
    title: Pop–Dan talks
    mode: TALKS
    status: OCCURRED
    time: { text: Monday 3 May, start: 2021-05-03, end: 2021-05-03, precision: DAY, evidence: [Monday 3 May] }
    participants:
      - { actor: person:ana-pop, role: PARTICIPANT, evidence: [Ana Pop met] }
    evidence: [met Ion Dan in Cluj, the talks went well]
`;

describe('which part of a fact a quote supports (EvidenceRole)', () => {
  it('is spelled as the GraphQL enum spells it', () => {
    const type = buildSchema(loadTypeDefs().join('\n')).getType('EvidenceRole');
    if (!isEnumType(type)) throw new Error('EvidenceRole is not an enum');
    expect([...evidenceRoles].sort()).toEqual(type.getValues().map((value) => value.name).sort());
  });

  it("comes from the field a node's quote is given under: the node's own evidence, or its time", () => {
    const compiled = compileAnnotation('sample.yaml', parseAnnotation('sample.yaml', annotation()), textFinder(text));
    const roles = Object.fromEntries(compiled.nodes.map((node) => [node.id, node.evidenceRoles.map(({ id, role }) => `${role} ${id}`)]));
    expect(roles).toEqual({
      'person:ana-pop': ['NAME ev:sample:0-7'],
      'person:ion-dan': ['NAME ev:sample:12-19'],
      'meeting:pop-dan': ['CONTENT ev:sample:8-27', 'CONTENT ev:sample:54-73', 'TIME ev:sample:31-43'],
    });
    expect(compiled.nodes.find((node) => node.id === 'meeting:pop-dan')?.evidenceIds).toEqual(['ev:sample:8-27', 'ev:sample:54-73', 'ev:sample:31-43']);
  });

  it("follows a relationship's type for the relationship's own quotes", () => {
    expect(['PARTICIPATED_IN', 'ASSERTED', 'ABOUT', 'REPORTED_IN', 'TAKES_PLACE_IN', 'HAS_QUANTITY', 'HOLDS_OFFICE'].map(relationshipEvidenceRole)).toEqual([
      'PARTICIPANT', 'SPEAKER', 'SUBJECT', 'REPORTER', 'PLACE', 'QUANTITY', 'RELATION',
    ]);
  });

  it("refuses time quotes on a link, whose quotes support the link as a whole, naming the place in the file", () => {
    const doc = parseAnnotation('sample.yaml', annotation(', time: { precision: DAY, evidence: [Monday 3 May] }'));
    expect(() => compileAnnotation('sample.yaml', doc, textFinder(text))).toThrow(AnnotationError);
    expect(() => compileAnnotation('sample.yaml', doc, textFinder(text))).toThrow(/actors\[1\]\.links\[0\]\.time\.evidence/);
  });
});
