/**
 * A worker thread of `kepu parse`, `kepu deadlines` and `kepu initiatives` with `--jobs N`: reads and
 * parses the files it is sent and sends back what the command writes for each (the serialised
 * document, or its deadlines or initiatives as NDJSON), or the file's one-line problem, with its
 * diagnostics. `kepu diff` has it run the deadlines and initiatives passes of both plans while it
 * aligns their sections.
 */
import { parentPort } from 'node:worker_threads';
import { createLocator } from '../parse/locate.js';
import { attachSource } from '../source-of.js';
import { makeOutput, parseFile } from './run-files.js';
import { FileError, InternalError } from './io.js';
import { displayPath } from './paths.js';
import type { WorkerResult, WorkerTask } from './worker-protocol.js';

let serving = false;

/**
 * Answers the tasks the main thread sends, on a worker thread (once; nothing on the main thread).
 * The worker bundle calls it when it loads; `kepu diff` starts a worker on the CLI's own bundle,
 * whose compiled code V8 keeps (see bin/kepu.js), and calls it there.
 *
 * @example
 * serveWorker()
 */
export function serveWorker(): void {
  if (serving || !parentPort) return;
  serving = true;
  // Tasks not yet answered, and whether the last one has come (see WorkerTask.last).
  let pending = 0;
  let ending = false;
  parentPort.on('message', async (task: WorkerTask) => {
    pending++;
    if (task.last) ending = true;
    try {
      // A tree the main thread parsed comes as a copy, without the text it was parsed from beside it
      // (see source-of.ts): the text comes with it and is attached again, as parseCircular attaches it.
      if (task.parsed) attachSource(task.parsed.document, task.parsed.text, createLocator(task.parsed.text));
      const { document, text, bytes } = task.parsed ?? (await parseFile(task.path, task));
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
    // Once every task is answered after the last, the thread ends by itself: its heap is let go while
    // the main thread still works, not when the main thread would end it.
    if (--pending === 0 && ending) parentPort!.close();
  });
}

serveWorker();
