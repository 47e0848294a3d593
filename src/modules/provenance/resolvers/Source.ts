import type { SourceKind, SourceResolvers } from '../../../graphql/generated/resolvers.js';
import { ownerPage, pageWindow } from '../../common/paging.js';
import { timeInterval } from '../../common/time.js';
import { labelsOfSupportedKinds } from '../kinds.js';

export const Source: SourceResolvers = {
  kind: (source) => source.kind as SourceKind,
  published: (source) => {
    const { publishedText, publishedStart, publishedEnd, publishedPrecision } = source;
    if (!publishedText && !publishedStart && !publishedEnd) return null;
    return timeInterval({ timeText: publishedText, timeStart: publishedStart, timeEnd: publishedEnd, timePrecision: publishedPrecision });
  },
  supports: (source, { kinds, first, after }, { loaders, limits }) =>
    ownerPage(
      loaders.sourceSupports,
      source.id,
      { labels: labelsOfSupportedKinds(kinds) },
      pageWindow({ first, after }, limits.maxPageSize, 50),
    ),
};
