/**
 * The output formats, one writer each. Writers that need a heavy library load it on demand,
 * so that `kepu parse` (JSON) never pays for YAML or remark.
 */
import type { Document } from '../types.js';
import { jsonChunks } from '../output/json-chunks.js';

/** Options of the writers: `array` makes JSON an array even for one document. */
export interface WriterOptions {
  array?: boolean;
}

/** A writer gives its text whole, or in chunks (JSON, written while it is serialised). */
export type Writer = (documents: Document[], options?: WriterOptions) => Promise<string | Iterable<string>>;

export const OUTPUT_FORMATS: Record<'json' | 'yaml' | 'md' | 'csv', Writer> = {
  // One file gives one object, several (or --array) an array.
  json: async (documents, options = {}) =>
    jsonChunks(documents.length === 1 && !options.array ? documents[0] : documents),
  // One YAML document each (strings that YAML 1.1 readers would retype are quoted).
  yaml: async (documents) => {
    const { yamlOf } = await import('../output/document-writer.js');
    return (await Promise.all(documents.map(yamlOf))).join('---\n');
  },
  md: async (documents) => {
    const { toMarkdown } = await import('./to-markdown.js');
    return documents.map(toMarkdown).join('\n---\n\n');
  },
  csv: async (documents) => {
    // One table for all documents: a header once, a file column on every row.
    const { csvRows, csvTable, EXPORT_CSV_HEADER } = await import('./to-csv.js');
    return csvTable(EXPORT_CSV_HEADER, documents.flatMap(csvRows));
  },
};
