import { stringify } from 'yaml';
import { slugOf, type Annotation } from './model.js';

/**
 * The reviewed annotation as the file `npm run ingest` reads: the same schema header as the
 * files in sources/, then the data. Long lines are not folded, so a quote stays one line that
 * a reviewer can search for in the text.
 */
export function annotationYaml(annotation: Annotation): string {
  const header = [
    '# yaml-language-server: $schema=annotation.schema.json',
    '# Drafted, then reviewed on the review page (/annotate/). Check it with: npm run ingest -- --check <this file>',
  ].join('\n');
  return `${header}\n${stringify(annotation, { lineWidth: 0 })}`;
}

/** `src:truss-lavrov` → `truss-lavrov.yaml`: the file name the sources folder uses. */
export const yamlFileName = (annotation: Annotation): string => `${slugOf(annotation.source.id.replace(/^src:/, ''))}.yaml`;
