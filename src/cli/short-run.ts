/**
 * A short run keeps V8 from its optimising compiler. TurboFan compiles the functions that get hot
 * on background threads: in a diff of two yearly reports (about 0.35 s of work) it took 200 ms of
 * CPU on other threads, twice the passes' time, on a machine of 2 cores that the main thread shares,
 * and the run ends before most of that code runs much. Kept at the baseline compiler (Sparkplug),
 * the same diff takes 400 ms of CPU instead of 590 ms, and its main thread about as long as before.
 * A long run (a diff of two 1 MB plans of 45,000 sections) needs the optimised code: 3.5 s of CPU
 * with TurboFan, 4.7–5.1 s without. The limit lies between the two.
 */
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** Up to this much input (all files together), a run is short (see above). */
const SHORT_RUN_BYTES = 512 * 1024;

/**
 * The V8 this was measured on (Node 20's, 11.3). Another V8 tiers differently (Node 22's has Maglev
 * between the two compilers) and might not know the flag (it would print an error): it is left as it is.
 */
const MEASURED_V8 = /^11\./;

/**
 * Keeps this process at V8's baseline compiler, with the other flags of SHORT_RUN_FLAGS, when
 * `files` (paths; `-` for standard input, whose size is not known) hold at most SHORT_RUN_BYTES
 * together. Files that cannot be read count as nothing: reading them reports the problem. Only on
 * the V8 this was measured on (MEASURED_V8).
 *
 * @example
 * baselineForShortRun(['2018.txt', '2019.txt']) // true: two reports of 60 KB
 */
export function baselineForShortRun(files: string[]): boolean {
  if (!MEASURED_V8.test(process.versions.v8)) return false;
  // The build records V8's code cache after a diff in the same process (scripts/bundle-cli.js); a
  // flag changed before the cache is made would make V8 reject it in every run.
  if (process.env.KEPU_RECORD_CODE_CACHE === '1' || files.includes('-')) return false;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // Reported when read.
    }
  }
  if (bytes > SHORT_RUN_BYTES) return false;
  for (const flag of SHORT_RUN_FLAGS) setFlagsFromString(flag);
  return true;
}

/**
 * V8's flags for a short run, each measured on a diff of the 2018 and 2019 work reports (whole
 * process; instructions counted by callgrind over every thread, page faults by getrusage):
 * - `--max-opt=1`: the baseline compiler at most (see above).
 * - `--semi-space-growth-factor=1`: the young generation stays at its first size (1 MB a
 *   semi-space), so that every scavenge reuses the same pages. Left to grow, it touched about
 *   3,600 pages more (page faults 12,300 → 8,700 without it), each a fault the kernel serves (2–9
 *   µs on this machine; the diff's segmenter alone leaves about 20 MB of short-lived objects);
 *   the scavenges of the smaller space cost about as many instructions as they save.
 * - `--no-regexp-tier-up`: by default a regular expression is compiled to bytecode for its first
 *   match and again to machine code for its second; the passes run some 600 patterns a few times
 *   each, and compiling each once, to machine code, takes 71 million instructions less (3%).
 * Flags read when the heap was set up (a semi-space's sizes) cannot be changed here; these are read
 * as they are used.
 */
const SHORT_RUN_FLAGS = ['--max-opt=1', '--semi-space-growth-factor=1', '--no-regexp-tier-up'];
