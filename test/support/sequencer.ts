import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that start servers or JVMs of their own and run for minutes, longest first. A clean
 * clone has no timings from an earlier run, and in name order these came last, one worker
 * finishing them alone while the other idled: first, they overlap the many short files instead.
 */
const longFirst = [
  'test/lifecycle/npmStart.test.ts',
  'test/reliability/fault.test.ts',
  'test/lifecycle/shutdown.test.ts',
  'test/reliability/fuzz.test.ts',
  'test/bench/scalePlans.test.ts',
  'test/import/datasetGraph.test.ts',
  'test/lifecycle/startupFailures.test.ts',
  'test/lifecycle/ingestIntoServer.test.ts',
  'test/ingest/ingest.test.ts',
  'test/lifecycle/startingStatus.test.ts',
  'test/browser/neo4jBrowser.test.ts',
  'test/browser/importedEvents.test.ts',
  'test/browser/startingPage.test.ts',
  'test/lifecycle/boltPassword.test.ts',
];

export class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = longFirst.indexOf(path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join('/'));
      return index === -1 ? longFirst.length : index;
    };
    // Array sort is stable: the rest keep vitest's own order (failed, then longest, when it knows).
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
