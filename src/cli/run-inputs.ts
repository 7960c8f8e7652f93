/**
 * The run over many inputs that parse, deadlines and initiatives share: the inputs expanded from
 * the arguments, -r and --files-from; each parsed in turn here, or on worker threads (--jobs)
 * that make what the command writes for it; each file's diagnostics printed as it is read; a file
 * that cannot be read reported and the run going on (or stopping, with --fail-fast); and, at the
 * end, the summary and the exit status.
 */
import type { Document } from '../types.js';
import { type CommonOptions, type CorpusOptions, UsageError, wholeNumberOption } from './command-options.js';
import { type Input, expandInputs } from './inputs.js';
import { describeTally, type RunTally } from './progress.js';
import { reportDiagnostics } from './report-diagnostics.js';
import { type ParsedFile, forEachParsed, forEachSerialized, makeOutput } from './run-files.js';
import type { Sink } from './io.js';
import { drained } from '../output/document-writer.js';
import type { WorkerJob } from './worker-protocol.js';

/** How many worker threads a run over these inputs uses: one input never starts one (nor loads the pool). */
export async function workersFor(inputs: Input[], jobs: string | undefined): Promise<number> {
  return inputs.length < 2 ? 1 : (await import('./pool.js')).jobsFor(inputs, wholeNumberOption('--jobs', jobs));
}

/** A run over the inputs a command was given. */
export interface InputRun {
  inputs: Input[];
  /** The inputs' paths (what an output must not overwrite). */
  paths: string[];
  /**
   * Reads every input in order, here (`each`) or, when `job` is given and the run is large enough
   * for them, on worker threads that make what the command writes (`serialized`).
   */
  read(visit: {
    job?: WorkerJob;
    each: (parsed: ParsedFile) => void | Promise<void>;
    serialized?: (input: Input, serialized: Uint8Array, note?: string) => void | Promise<void>;
  }): Promise<RunTally>;
  /** The summary on standard error and the exit status. */
  finish(tally: RunTally): void;
}

/**
 * Expands a command's arguments into its inputs (none is a usage error) and gives the run over them.
 *
 * @example
 * const run = openRun(files, options)
 * run.finish(await run.read({ each: (parsed) => collected.push(parsed) }))
 */
export function openRun(files: string[], options: CommonOptions & CorpusOptions): InputRun {
  const inputs = expandInputs(files, options);
  if (inputs.length === 0) throw new UsageError('no input files (give files, a directory with -r, or --files-from)');
  const report = (document: Document) => reportDiagnostics([document], options).then(() => undefined);
  return {
    inputs,
    paths: inputs.map((input) => input.path),
    async read({ job, each, serialized }) {
      const workers = job && serialized ? await workersFor(inputs, options.jobs) : 1;
      return workers > 1
        ? forEachSerialized(inputs, workers, { ...options, report, job: job! }, serialized!)
        : forEachParsed(inputs, { ...options, report }, each);
    },
    finish: (tally) => finishRun(tally, inputs.length, options),
  };
}

/**
 * Streams what each input gives (NDJSON lines, made by makeOutput) to `sink`, in input order: on
 * worker threads when the run is large enough for them, else here; notes go to `onNote`. The
 * tally of the run.
 */
export function streamEach(
  run: InputRun,
  job: WorkerJob,
  sink: Sink,
  onNote: (note: string) => void = () => {},
): Promise<RunTally> {
  const take = async (text: string | Uint8Array, note: string | undefined) => {
    sink.write(text);
    if (note !== undefined) onNote(note);
    await drained(sink);
  };
  return run.read({
    job,
    serialized: (_input, serialized, note) => take(serialized, note),
    each: async (parsed) => {
      const made = await makeOutput(job, parsed);
      await take(made.text, made.note);
    },
  });
}

/**
 * The end of a run over files: the summary on standard error (several files, unless --quiet),
 * and the exit status. One input that cannot be read is bad input: 2. In a run over several
 * files the others were still done, so a file that failed makes it 1, as --strict with warnings
 * does; 2 is then left to usage errors.
 */
function finishRun(tally: RunTally, total: number, options: CommonOptions): void {
  if (total > 1 && !options.quiet) process.stderr.write(describeTally(tally) + '\n');
  if (tally.failed > 0) process.exitCode = total > 1 ? 1 : 2;
  else if (options.strict && [...tally.warnings.values()].some((count) => count > 0)) process.exitCode = 1;
}
