/**
 * A worker thread of `kepu parse`, `kepu deadlines` and `kepu initiatives` with `--jobs N`: reads and
 * parses the files it is sent and sends back what the command writes for each (the serialised
 * document, or its deadlines or initiatives as NDJSON), or the file's one-line problem, with its
 * diagnostics.
 */
import { parentPort } from 'node:worker_threads';
import { makeOutput, parseFile } from './run-files.js';
import { FileError, InternalError } from './io.js';
import { displayPath } from './paths.js';
import type { WorkerResult, WorkerTask } from './worker-protocol.js';

let serving = false;

/**
 * Answers the tasks the main thread sends, on a worker thread (once; nothing on the main thread).
 * The worker bundle calls it when it loads.
 *
 * @example
 * serveWorker()
 */
export function serveWorker(): void {
  if (serving || !parentPort) return;
  serving = true;
  parentPort.on('message', async (task: WorkerTask) => {
    try {
      const { document, text, bytes } = await parseFile(task.path, task);
      const made = await makeOutput(task.job, { file: displayPath(task.path), document, text });
      // As UTF-8 in a buffer of its own, handed over to the main thread without a copy.
      const serialized = new TextEncoder().encode(made.text);
      const result: WorkerResult = {
        index: task.index,
        ok: true,
        serialized,
        name: document.source.name,
        diagnostics: document.diagnostics,
        bytes,
        ...(made.note !== undefined && { note: made.note }),
      };
      parentPort!.postMessage(result, [serialized.buffer]);
    } catch (error) {
      // An unexpected error goes back as its own message: the main thread names the file.
      const reason = error instanceof InternalError ? error.reason : error;
      const message = error instanceof FileError ? error.message : ((reason as Error)?.message ?? String(reason));
      const result: WorkerResult = { index: task.index, ok: false, message, unexpected: !(error instanceof FileError) };
      parentPort!.postMessage(result);
    }
  });
}

serveWorker();
