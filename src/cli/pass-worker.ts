/**
 * `kepu diff` of two plans runs the deadlines and initiatives passes of both on a worker thread
 * while the main thread aligns their sections and diffs their texts: the same lists as the passes
 * make in-process (the worker is handed the trees and texts the main thread parsed: a copy of a
 * tree of a yearly report costs far less than parsing the file again), in parallel on a machine
 * with a core to spare. Small plans, plans of many short nodes (whose copy would cost more than
 * their passes), standard input and a worker that fails are done in-process instead.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document } from '../types.js';
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
 * Below this many characters of text per node of the trees, handing the trees to the thread costs
 * more than the passes it takes over: a copy (structured clone) costs about 10 µs a node on the
 * main thread, and as much again on the worker, where the passes cost 0.4–3 µs a character. A
 * yearly report has 170 characters a node (copied in under 1 ms); a plan of 45,000 one-line
 * sections, 12 (its two trees took 0.9 s to copy and 1.2 s of collection, against 0.47 s for the passes).
 */
const WORKER_MIN_CHARACTERS_PER_NODE = 20;

/**
 * Whether the passes of these plans are worth a copy of their trees to the thread (see above).
 *
 * @example
 * worthCopying([report2018, report2019]) // true
 */
export function worthCopying(parsed: Array<{ document: Document; text: string }>): boolean {
  let characters = 0;
  for (const { text } of parsed) characters += text.length;
  // Counted until the budget is spent: a tree of many nodes is not walked whole.
  let nodes = 0;
  const budget = characters / WORKER_MIN_CHARACTERS_PER_NODE;
  const stack: Array<{ children?: unknown[] }> = parsed.map((entry) => entry.document);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++nodes > budget) return false;
    const children = node.children as Array<{ children?: unknown[] }> | undefined;
    if (children) for (let index = 0; index < children.length; index++) stack.push(children[index]);
  }
  return true;
}

/**
 * A worker thread started for the passes of two plans: `run` hands it the plans once parsed, and
 * gives their lists, or null (then the diff runs the passes itself).
 */
export interface PassWorker {
  run(parsed: Array<{ document: Document; text: string }>): Promise<[PassLists, PassLists] | null>;
}

/**
 * Starts a worker thread for the passes of two plan files, so that it starts while the main thread
 * reads and parses them; null when a worker is not worth it. Until it is given the plans, the
 * thread does not keep the process alive (a file that cannot be read ends the run as usual).
 *
 * @example
 * const worker = startPassWorker(['2018.txt', '2019.txt'], [{}, {}])
 * const lists = worker?.run(parsed)
 */
export function startPassWorker(files: string[], references: Array<PlanReference | undefined> = []): PassWorker | null {
  if (files.length !== 2 || files.includes('-') || process.env.KEPU_NO_WORKER === '1') return null;
  const sizes: number[] = [];
  try {
    for (const file of files) sizes.push(statSync(file).size);
  } catch {
    return null; // the main thread says what is wrong with the file
  }
  if (sizes[0] + sizes[1] < WORKER_MIN_BYTES) return null;
  const worker = startWorker();
  worker.unref();
  let failed = false;
  let fail = () => {
    failed = true;
  };
  worker.on('error', () => fail());
  return {
    run(parsed) {
      if (failed) return Promise.resolve(null);
      if (!worthCopying(parsed)) {
        void worker.terminate();
        return Promise.resolve(null);
      }
      worker.ref();
      return new Promise((resolve) => {
        const lists: PassLists[] = [];
        let received = 0;
        // The worker ends by itself once it has answered both (see WorkerTask.last); the process
        // does not wait for it to be gone. One that fails or ends without answering is ended here.
        let settled = false;
        const finish = (value: [PassLists, PassLists] | null) => {
          if (settled) return;
          settled = true;
          resolve(value);
          if (value) worker.unref();
          else void worker.terminate();
        };
        fail = () => finish(null);
        worker.on('exit', () => finish(null));
        worker.on('message', (result: WorkerResult) => {
          if (!result.ok) return finish(null);
          lists[result.index] = JSON.parse(new TextDecoder().decode(result.serialized)) as PassLists;
          if (++received === 2) finish([lists[0], lists[1]]);
        });
        files.forEach((path, index) =>
          worker.postMessage({
            index,
            path,
            parsed: { document: parsed[index].document, text: parsed[index].text, bytes: sizes[index] },
            job: { kind: 'passes', reference: references[index] ?? {} },
            last: index === files.length - 1,
          } satisfies WorkerTask),
        );
      });
    },
  };
}
