/**
 * The writers of `kepu export`, one a format (the `export` row of OUTPUT_FORMATS_BY_KIND): JSON
 * and YAML as `kepu parse` writes them (DOCUMENT_WRITERS), Markdown with a heading per level, and
 * CSV with a row per section. Writers that need a heavy library load it on demand, so that JSON
 * never pays for YAML or remark.
 */
import type { Document } from '../types.js';
import { type DocumentFormat, DOCUMENT_WRITERS } from './document-writer.js';
import type { OutputFormatOf } from './output-formats.js';

/** Options of the writers: `array` makes JSON an array even for one document. */
export interface WriterOptions {
  array?: boolean;
}

/** A writer gives its text whole, or in chunks (JSON, written while it is serialised). */
export type Writer = (documents: Document[], options?: WriterOptions) => Promise<string | Iterable<string>>;

/**
 * The documents as the document writer of `format` writes a stream of them, in chunks: JSON is
 * yielded while it is serialised; YAML's chunks are made first (the yaml library is loaded then).
 */
async function documentStream(
  documents: Document[],
  format: DocumentFormat,
  array: boolean,
): Promise<Iterable<string>> {
  const writer = DOCUMENT_WRITERS[format];
  const made = await Promise.all(documents.map((document) => writer.chunks(document, array)));
  return (function* () {
    for (const [count, chunks] of made.entries()) {
      const before = writer.before(count, array);
      if (before) yield before;
      yield* chunks;
    }
    const end = writer.end(documents.length, array);
    if (end) yield end;
  })();
}

/**
 * The export writers, one a format.
 *
 * @example
 * await EXPORT_WRITERS.csv([tree]) // 'file,attachment,kind,id,…\n'
 */
export const EXPORT_WRITERS: Record<OutputFormatOf<'export'>, Writer> = {
  // One file gives one object, several (or --array) an array.
  json: (documents, options = {}) => documentStream(documents, 'json', documents.length !== 1 || !!options.array),
  // One YAML document each (strings that YAML 1.1 readers would retype are quoted).
  yaml: async (documents) => [...(await documentStream(documents, 'yaml', false))].join(''),
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
