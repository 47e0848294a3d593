import { z } from 'zod';
import { annotationSchema } from './format.js';

/** The annotation format as JSON Schema, the text `sources/annotation.schema.json` holds. */
export function annotationJsonSchema(): string {
  const schema = z.toJSONSchema(annotationSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Annotation of one source for the diplomatic graph' }, null, 2)}\n`;
}
