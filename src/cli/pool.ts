/**
 * `--jobs N` (parse, deadlines, initiatives): files are parsed, and what the command writes for
 * each is made, by N worker threads; the main thread
 * writes what they return, in input order (or as it comes, with --unordered), so that the output
 * is what a run in one thread writes. A run of one file, or of little input, stays in-process.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { toSystemPath } from './paths.js';
import type { WorkerResult, WorkerTask } from './worker-protocol.js';

/** At most this many results wait for an earlier one before the workers are held back. */
const MAX_WAITING = 64;

/** Below this much input, starting workers costs more than it saves. */
const PARALLEL_MIN_BYTES = 512 * 1024;

/** The number of workers to use for these inputs: 1 (in-process) for little input. */
export function jobsFor(inputs: Input[], jobs: number | undefined): number {
  const wanted = jobs ?? availableParallelism();
  if (wanted <= 1 || inputs.length < 2 || inputs.some((input) => input.path === '-')) return 1;
  let total = 0;
  for (const input of inputs) {
    try {
      total += statSync(toSystemPath(input.path)).size;
    } catch {
      // unreadable: the worker reports it
    }
    if (total >= PARALLEL_MIN_BYTES) return Math.min(wanted, inputs.length);
  }
  return 1;
}

/**
 * Runs the tasks on `jobs` workers and calls `done` with each result, in task order unless
 * `unordered`; stops handing out tasks when `stop()` says so.
 */
export async function runInWorkers(
  tasks: Omit<WorkerTask, 'index'>[],
  jobs: number,
  options: { unordered?: boolean; stop?: () => boolean },
  done: (result: WorkerResult) => Promise<void> | void,
): Promise<void> {
  const url = new URL('./parse-worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(url));
  const waiting = new Map<number, WorkerResult>();
  // Workers held back while results wait for a slow earlier file, so that memory stays bounded.
  const parked: Worker[] = [];
  let next = 0;
  let written = 0;
  let chain = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const hand = (worker: Worker) => {
        if (next >= tasks.length || options.stop?.()) {
          if (running === 0) resolve();
          return;
        }
        running++;
        worker.postMessage({ ...tasks[next], index: next++ } satisfies WorkerTask);
      };
      for (const worker of workers) {
        worker.on('error', reject);
        worker.on('message', (result: WorkerResult) => {
          running--;
          // Results are written one after the other, in order unless --unordered.
          chain = chain.then(async () => {
            if (options.unordered) return done(result);
            waiting.set(result.index, result);
            while (waiting.has(written)) {
              const ready = waiting.get(written)!;
              waiting.delete(written++);
              await done(ready);
            }
          });
          chain.then(() => {
            if (waiting.size >= MAX_WAITING) parked.push(worker);
            else hand(worker);
            while (parked.length > 0 && waiting.size < MAX_WAITING) hand(parked.pop()!);
          }, reject);
        });
        hand(worker);
      }
    });
    await chain;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
