import { pagedFamily } from '../../db/batch.js';
import type { QueryRunner } from '../../db/runner.js';
import type { NodeRow, SourceRow } from '../common/rows.js';
import type { QuoteRow } from './quotes.js';

export function createProvenanceLoaders(runner: QueryRunner) {
  return {
    /** One page of the nodes each source supports; every source asking the same page shares one batch. */
    sourceSupports: pagedFamily<NodeRow>(runner, 'sourceSupports'),
    /** One page of each source's quotes, in text order, with what each supports. */
    sourceQuotes: pagedFamily<QuoteRow>(runner, 'sourceQuotes'),
    /** One page of the sources of each node (SUPPORTED_BY), background first, then by publication. */
    nodeSources: pagedFamily<SourceRow>(runner, 'nodeSources'),
  };
}
