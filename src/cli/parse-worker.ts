/**
 * A worker thread of `kepu parse --jobs N`: reads, parses and serialises the files it is sent, and
 * sends back the serialised document (or the file's one-line problem) with its diagnostics.
 */
import { parentPort } from 'node:worker_threads';
import { parseFile } from './run-files.js';
import { FileError } from './io.js';
import { serializeDocument, type DocumentFormat } from '../output/document-writer.js';
import type { Diagnostic, InputFormat } from '../types.js';

/** A file to parse. */
export interface WorkerTask {
  index: number;
  path: string;
  from?: InputFormat;
  encoding?: string;
  format: DocumentFormat;
  array: boolean;
}

/** What comes back: the document serialised, or the problem. */
export type WorkerResult =
  | { index: number; ok: true; serialized: Uint8Array; name: string; diagnostics: Diagnostic[]; bytes: number }
  | { index: number; ok: false; message: string; unexpected?: boolean };

parentPort?.on('message', async (task: WorkerTask) => {
  try {
    const { document, bytes } = await parseFile(task.path, { from: task.from, encoding: task.encoding });
    // As UTF-8 in a buffer of its own, handed over to the main thread without a copy.
    const serialized = new TextEncoder().encode(await serializeDocument(document, task.format, task.array));
    const result: WorkerResult = {
      index: task.index,
      ok: true,
      serialized,
      name: document.source.name,
      diagnostics: document.diagnostics,
      bytes,
    };
    parentPort!.postMessage(result, [serialized.buffer]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const result: WorkerResult = { index: task.index, ok: false, message, unexpected: !(error instanceof FileError) };
    parentPort!.postMessage(result);
  }
});
