import type { SourceKind, SourceResolvers } from '../../../graphql/generated/resolvers.js';
import { ownerList } from '../../common/ownerLists.js';
import type { NodeRow } from '../../common/rows.js';
import { timeInterval } from '../../common/time.js';
import { supportsList } from '../kinds.js';
import { quoteEdges, quotesList, type QuoteRow } from '../quotes.js';

export const Source: SourceResolvers = {
  kind: (source) => source.kind as SourceKind,
  published: (source) => {
    const { publishedText, publishedStart, publishedEnd, publishedPrecision, publishedBasis } = source;
    if (!publishedText && !publishedStart && !publishedEnd) return null;
    return timeInterval({ timeText: publishedText, timeStart: publishedStart, timeEnd: publishedEnd, timePrecision: publishedPrecision, timeBasis: publishedBasis });
  },
  url: (source) => source.url ?? null,
  textLocation: ({ file, textLength, textSha256 }) => (file && textLength != null && textSha256 ? { file, length: textLength, sha256: textSha256 } : null),
  dataset: (source) => {
    const props = source as unknown as Readonly<Record<string, unknown>>;
    if (source.kind !== 'DATASET') return null;
    const count = (value: unknown) => (typeof value === 'number' ? value : null);
    return {
      name: String(props['dataset'] ?? ''),
      file: String(props['datasetFile'] ?? ''),
      sha256: typeof props['datasetSha256'] === 'string' ? props['datasetSha256'] : null,
      rows: count(props['datasetRows']),
      skipped: count(props['datasetSkipped']),
      attribution: String(props['attribution'] ?? ''),
    };
  },
  supports: (source, args, context) => ownerList<NodeRow>(context, supportsList, source.id, args),
  quotes: async (source, args, context) => quoteEdges(await ownerList<QuoteRow>(context, quotesList, source.id, args)),
};
