/**
 * Writes parsed documents as they come: one JSON object (one input), a JSON array written
 * element by element, NDJSON (one document per line), YAML documents, or, for `-o DIR`, one file
 * per input mirroring the input tree. Nothing waits for the whole corpus.
 */
import type { Document } from '../types.js';
import { jsonChunks } from './json-chunks.js';
import type { OutputFormatOf } from './output-formats.js';

/**
 * The formats `kepu parse` writes a tree in (the `document` row of OUTPUT_FORMATS_BY_KIND).
 *
 * @example
 * const format: DocumentFormat = 'ndjson' // one document a line
 */
export type DocumentFormat = OutputFormatOf<'document'>;

/**
 * How a stream of trees is written in one format: the extension of its files (for `-o DIR`),
 * what comes before the n-th document (counting from 0) and at the end, and a document's text in
 * chunks. `array` is whether the JSON is an array of documents.
 *
 * @example
 * DOCUMENT_WRITERS.yaml.before(1, false) // '---\n'
 */
export interface DocumentFormatWriter {
  extension: string;
  before(count: number, array: boolean): string;
  end(count: number, array: boolean): string;
  chunks(document: Document, array: boolean): Iterable<string> | Promise<Iterable<string>>;
}

/**
 * The document writers, one a format: one JSON object, or a JSON array written element by element
 * (as JSON.stringify with two spaces writes it); NDJSON, a document a line; YAML documents
 * separated by `---`.
 *
 * @example
 * Object.keys(DOCUMENT_WRITERS) // ['json', 'yaml', 'ndjson']
 */
export const DOCUMENT_WRITERS: Record<DocumentFormat, DocumentFormatWriter> = {
  json: {
    extension: '.json',
    before: (count, array) => (!array ? '' : count === 0 ? '[\n  ' : ',\n  '),
    end: (count, array) => (!array ? '' : count === 0 ? '[]\n' : '\n]\n'),
    chunks: (document, array) => jsonChunks(document, 2, array ? 1 : 0),
  },
  yaml: {
    extension: '.yaml',
    before: (count) => (count > 0 ? '---\n' : ''),
    end: () => '',
    chunks: async (document) => [await yamlOf(document)],
  },
  ndjson: {
    extension: '.ndjson',
    before: () => '',
    end: () => '',
    chunks: (document) => [JSON.stringify(document) + '\n'],
  },
};

/** The file extension of each document format, for `-o DIR`. */
export const DOCUMENT_EXTENSIONS = Object.fromEntries(
  Object.entries(DOCUMENT_WRITERS).map(([format, writer]) => [format, writer.extension]),
) as Record<DocumentFormat, string>;

/**
 * Where a writer's text goes, chunk by chunk: standard output, a file.
 *
 * @example
 * const sink: ChunkSink = { write: (chunk) => process.stdout.write(chunk), end: () => {} }
 */
export interface ChunkSink {
  write(chunk: string | Uint8Array): void;
  /** A promise to wait on before writing more (writes in flight), or null; absent: never. */
  ready?(): Promise<void> | null;
  end(): void | Promise<void>;
  /** Drops what was written, leaving the destination as it was (a file); absent: it cannot. */
  discard?(): void | Promise<void>;
}

/**
 * Waits while a sink has too much in flight (a file's writes), so that memory stays bounded; at
 * once when it has not.
 *
 * @example
 * sink.write(text)
 * await drained(sink)
 */
export async function drained(sink: Pick<ChunkSink, 'ready'>): Promise<void> {
  const wait = sink.ready?.();
  if (wait) await wait;
}

/** A YAML 1.2 document, with strings that YAML 1.1 readers would retype quoted. */
export async function yamlOf(document: Document): Promise<string> {
  const yaml = await import('yaml');
  const stringify = yaml.stringify ?? (yaml as unknown as { default: typeof yaml }).default.stringify;
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0, compat: 'yaml-1.1' });
}

/**
 * One document as the writer writes it, without the separators around it (a worker thread
 * serialises with this, and the writer writes what it returns with `writeSerialized`).
 *
 * @example
 * await serializeDocument(tree, 'ndjson', false) // '{"type":"document",…}\n'
 */
export async function serializeDocument(document: Document, format: DocumentFormat, array: boolean): Promise<string> {
  return [...(await DOCUMENT_WRITERS[format].chunks(document, array))].join('');
}

/**
 * A writer of a stream of documents into one sink: one JSON object, a JSON array written element by
 * element, NDJSON, or YAML documents.
 *
 * @example
 * const writer = createDocumentWriter('json', sink, { array: true })
 * for (const tree of trees) await writer.write(tree)
 * await writer.end() // '[\n  {…},\n  {…}\n]\n'
 */
export function createDocumentWriter(format: DocumentFormat, sink: ChunkSink, options: { array: boolean }) {
  const writer = DOCUMENT_WRITERS[format];
  let count = 0;
  const before = () => {
    const text = writer.before(count, options.array);
    if (text) sink.write(text);
  };
  return {
    async write(document: Document): Promise<void> {
      before();
      for (const chunk of await writer.chunks(document, options.array)) {
        sink.write(chunk);
        // drained(sink), without a promise for each of a large tree's thousands of chunks.
        const wait = sink.ready?.();
        if (wait) await wait;
      }
      count++;
      await drained(sink);
    },
    /** Writes a document already serialised by serializeDocument (with the same format and array), maybe as UTF-8. */
    async writeSerialized(text: string | Uint8Array): Promise<void> {
      before();
      sink.write(text);
      count++;
      await drained(sink);
    },
    async end(): Promise<void> {
      const text = writer.end(count, options.array);
      if (text) sink.write(text);
      await sink.end();
    },
    /** Ends a run that failed: a sink that can drops what was written; any other is ended as usual. */
    async discard(): Promise<void> {
      if (sink.discard) await sink.discard();
      else await this.end();
    },
  };
}
