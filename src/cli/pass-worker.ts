/**
 * `kepu diff` of two plans runs the deadlines and initiatives passes of both on a worker thread
 * while the main thread aligns their sections and diffs their texts: the same lists as the passes
 * make in-process (the worker reads and parses the same files the same way), in parallel on a
 * machine with a core to spare. Small plans, standard input and a worker that fails are done
 * in-process instead.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFormat } from '../types.js';
import type { PassLists } from '../diff/diff-plans.js';
import type { PlanReference } from '../diff/plan-view.js';
import type { WorkerResult, WorkerTask } from './worker-protocol.js';

/**
 * The worker, on the CLI's own bundle when there is one (dist/cli/kepu.cjs, run as bin/kepu.js runs
 * it: with V8's compiled code from the build, so that the thread does not compile the passes anew),
 * else on the worker's module (the library's build, tests).
 */
function startWorker(): Worker {
  const bundle = fileURLToPath(new URL('./kepu.cjs', import.meta.url));
  if (!existsSync(bundle)) return new Worker(new URL('./parse-worker.js', import.meta.url));
  return new Worker(BUNDLE_LOADER, {
    eval: true,
    workerData: { bundle, cache: `${bundle}.cache` },
  });
}

/** What bin/kepu.js does to run the bundle, then serving instead of running a command. */
const BUNDLE_LOADER = `
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { createRequire } = require('node:module');
const { Script } = require('node:vm');
const { workerData } = require('node:worker_threads');
const { bundle, cache } = workerData;
let cachedData;
try { cachedData = readFileSync(cache); } catch {}
const source = '(function (exports, require, module, __filename, __dirname, __kepuImport) {' + readFileSync(bundle, 'utf8') + '\\n})';
const script = new Script(source, { filename: bundle, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), (specifier) => import(specifier));
module.exports.serveWorker();
`;

/** Below this much input (both plans), starting a thread costs more than the passes it takes over. */
const WORKER_MIN_BYTES = 64 * 1024;

/**
 * Starts the passes of two plan files on a worker thread; the promise gives their lists, or null
 * (then the diff runs the passes itself). Null at once when a worker is not worth it.
 *
 * @example
 * const lists = startPassWorker(['2018.txt', '2019.txt'], {}, [{}, {}])
 */
export function startPassWorker(
  files: string[],
  options: { from?: InputFormat; encoding?: string },
  references: Array<PlanReference | undefined> = [],
): Promise<[PassLists, PassLists] | null> | null {
  if (files.length !== 2 || files.includes('-') || process.env.KEPU_NO_WORKER === '1') return null;
  let bytes = 0;
  try {
    for (const file of files) bytes += statSync(file).size;
  } catch {
    return null; // the main thread says what is wrong with the file
  }
  if (bytes < WORKER_MIN_BYTES) return null;
  const worker = startWorker();
  // The worker is not unref'd: the main thread may wait for it with nothing else to do. When the
  // diff fails first (an unreadable file), the worker fails on the same file and ends too.
  return new Promise((resolve) => {
    const lists: PassLists[] = [];
    let received = 0;
    const finish = (value: [PassLists, PassLists] | null) => {
      resolve(value);
      void worker.terminate();
    };
    worker.on('error', () => finish(null));
    worker.on('message', (result: WorkerResult) => {
      if (!result.ok) return finish(null);
      lists[result.index] = JSON.parse(new TextDecoder().decode(result.serialized)) as PassLists;
      if (++received === 2) finish([lists[0], lists[1]]);
    });
    files.forEach((path, index) =>
      worker.postMessage({
        index,
        path,
        from: options.from,
        encoding: options.encoding,
        job: { kind: 'passes', reference: references[index] ?? {} },
      } satisfies WorkerTask),
    );
  });
}
