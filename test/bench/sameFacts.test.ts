// The bench's same-facts check on the test database: the peer (@neo4j/graphql over our graph)
// and the floor (one hand-written Cypher per question) must give the facts our API gives, so a
// change to the graph or the API that one side misses shows up here rather than as a failed bench.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { questions } from '../../bench/questions/index.js';
import { ask, compare, describe as describeDifference } from '../../bench/sameFacts.js';
import { oursAt, startFloor, startPeer, type RunningSide } from '../../bench/sides.js';

let peer: RunningSide | undefined;
let floor: RunningSide | undefined;
const ours = oursAt(inject('graphqlUrl'), process.pid);

beforeAll(async () => {
  [peer, floor] = await Promise.all([startPeer(inject('boltUri'), inject('neo4jAuth')), startFloor(inject('boltUri'), inject('neo4jAuth'))]);
});

afterAll(async () => {
  await Promise.all([peer?.stop(), floor?.stop()]);
});

describe('the bench sides agree with our API', () => {
  it.each(questions.map((q) => [q.name, q] as const))('%s', async (_name, question) => {
    const ourAnswer = (await ask(ours, question)).data;
    for (const side of question.peer ? [peer!, floor!] : [floor!]) {
      const difference = compare(question, side.side, ourAnswer, (await ask(side, question)).data);
      expect(difference && describeDifference(difference)).toBeNull();
    }
    // A cold Neo4j plans the peer's generated relations query slowly (15 s on a busy machine).
  }, 120_000);
});
