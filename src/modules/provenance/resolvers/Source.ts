import type { SourceKind, SourceResolvers } from '../../../graphql/generated/resolvers.js';
import { pageWindow, toConnection } from '../../common/paging.js';
import type { TimePrecision } from '../../common/time.js';
import { labelsOfSupportedKinds } from '../kinds.js';

export const Source: SourceResolvers = {
  kind: (source) => source.kind as SourceKind,
  published: (source) => {
    const { publishedText, publishedStart, publishedEnd, publishedPrecision } = source;
    if (!publishedText && !publishedStart && !publishedEnd) return null;
    return {
      text: publishedText ?? null,
      start: publishedStart ?? null,
      end: publishedEnd ?? null,
      precision: (publishedPrecision ?? 'UNKNOWN') as TimePrecision,
    };
  },
  supports: async (source, { kinds, first, after }, { loaders, limits }) => {
    const window = pageWindow({ first, after }, limits.maxPageSize, 50);
    const page = await loaders
      .sourceSupports.get({ labels: labelsOfSupportedKinds(kinds), skip: window.skip, limit: window.limit })
      .load(source.id);
    return toConnection(page, window);
  },
};
