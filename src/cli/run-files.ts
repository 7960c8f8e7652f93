/**
 * A run over many inputs: each file is read, decoded and parsed in turn, its diagnostics printed,
 * and handed on at once (so that output streams and memory stays bounded); a file that cannot be
 * read is reported on one line and the run goes on (or stops, with --fail-fast).
 */
import type { Document, InputFormat } from '../types.js';
import type { ReadLimits } from '../read/limits.js';
import { readSource } from '../read/read-circular.js';
import { FileError, InternalError, asFileError, readInput, withFile } from './io.js';
import type { Input } from './inputs.js';
import { displayPath } from './paths.js';
import { createRun, type RunTally } from './progress.js';
import type { WorkerJob } from './worker-protocol.js';

export interface ParsedFile {
  /** The file's name as shown (see displayPath); `input.path` is the path itself. */
  file: string;
  input: Input;
  document: Document;
  text: string;
}

/**
 * Reads, decodes and parses one input; throws FileError for input that cannot be read, and
 * InternalError (naming the file) for anything else that goes wrong.
 */
export async function parseFile(
  file: string,
  options: { from?: InputFormat; encoding?: string; limits?: Partial<ReadLimits> },
): Promise<{ document: Document; text: string; bytes: number }> {
  try {
    return await readAndParseFile(file, options);
  } catch (error) {
    throw error instanceof FileError ? error : new InternalError(file, error);
  }
}

async function readAndParseFile(
  file: string,
  options: { from?: InputFormat; encoding?: string; limits?: Partial<ReadLimits> },
): Promise<{ document: Document; text: string; bytes: number }> {
  let bytes: Uint8Array | null = withFile(file, () => readInput(file));
  const size = bytes.length;
  // The format by --from, the extension, or the bytes (standard input has no extension); the tree
  // names its file as it is shown (bytes that are not UTF-8, and control characters, escaped).
  const reading = readSource(bytes, {
    name: file,
    shownName: displayPath(file),
    format: options.from,
    encoding: options.encoding,
    limits: options.limits,
  });
  // The bytes are not needed once decoded: not held here while the tree is built (a 10 MB file is 10 MB less).
  bytes = null;
  const { document, text } = await reading.catch((error: unknown) => {
    throw asFileError(file, error);
  });
  return { document, text, bytes: size };
}

/** One parsed file, as makeOutput takes it. */
type ParsedInput = { file: string; document: Document; text: string };

/** What a command writes for one parsed file, and its note (deadlines: how its relative dates were resolved). */
type MadeOutput = { text: string; note?: string };

/**
 * How each kind of job makes a file's output, one row a kind: the serialised tree (parse), the
 * file's deadlines as NDJSON, its initiatives as NDJSON, its passes' lists for the diff (JSON).
 * Each row loads its writer when first used.
 */
const JOB_OUTPUTS: {
  [Kind in WorkerJob['kind']]: (job: Extract<WorkerJob, { kind: Kind }>, parsed: ParsedInput) => Promise<MadeOutput>;
} = {
  document: async (job, parsed) => {
    const { serializeDocument } = await import('../output/document-writer.js');
    return { text: await serializeDocument(parsed.document, job.format, job.array) };
  },
  deadlines: async (job, parsed) => {
    const { collectDeadlines, deadlinesNdjson, describeReferences } = await import('../output/deadlines.js');
    const collected = collectDeadlines([parsed], job.options);
    return { text: deadlinesNdjson(collected[0]), note: describeReferences(collected, job.options) };
  },
  initiatives: async (job, parsed) => {
    const { initiativesNdjson } = await import('../output/initiatives.js');
    return { text: initiativesNdjson(parsed.file, parsed.document, job.options) };
  },
};

/**
 * What a command writes for one parsed file, the same on a worker thread and here: the serialised
 * document, or the file's deadlines or initiatives as NDJSON, or what the diff needs of its passes
 * (JSON); and its note (deadlines: how its relative dates were resolved).
 */
export function makeOutput(job: WorkerJob, parsed: ParsedInput): Promise<MadeOutput> {
  const make = JOB_OUTPUTS[job.kind] as (job: WorkerJob, parsed: ParsedInput) => Promise<MadeOutput>;
  return make(job, parsed);
}

/**
 * Whether a run's output may replace its destination: every input was read, or the run went on
 * past the files that could not be read and read some (not when --fail-fast stopped it, nor when
 * no input could be read).
 */
export function isComplete(tally: RunTally, options: { failFast?: boolean }): boolean {
  return tally.failed === 0 || (tally.files > 0 && !options.failFast);
}

export interface RunOptions {
  from?: InputFormat;
  encoding?: string;
  limits?: Partial<ReadLimits>;
  quiet?: boolean;
  failFast?: boolean;
  /** Prints a document's diagnostics (to standard error). */
  report: (document: Document) => Promise<void>;
}

/** Parses each input in order and calls `visit` with it; returns the tally of the run. */
export async function forEachParsed(
  inputs: Input[],
  options: RunOptions,
  visit: (parsed: ParsedFile) => void | Promise<void>,
): Promise<RunTally> {
  const run = createRun(inputs.length, options);
  try {
    for (const input of inputs) {
      let parsed;
      try {
        parsed = await parseFile(input.path, options);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        run.failed(error.message);
        if (options.failFast) break;
        continue;
      }
      run.read(parsed.bytes, parsed.document.diagnostics);
      await options.report(parsed.document);
      await visit({ file: displayPath(input.path), input, document: parsed.document, text: parsed.text });
      run.update();
      // A turn of the event loop between files, so that a signal (Ctrl-C) is handled now and not
      // after the whole run: promises that are already settled never give the loop a turn.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    run.done();
  }
  return run.tally;
}

/**
 * Parses each input on `jobs` worker threads (`--jobs`), which make what the command writes for it
 * (`job`), and calls `visit` with those bytes, in input order unless `unordered`; the same tally
 * and messages as forEachParsed.
 */
export async function forEachSerialized(
  inputs: Input[],
  jobs: number,
  options: RunOptions & { job: WorkerJob; unordered?: boolean },
  visit: (input: Input, serialized: Uint8Array, note?: string) => void | Promise<void>,
): Promise<RunTally> {
  const { runInWorkers } = await import('./pool.js');
  const run = createRun(inputs.length, options);
  run.tally.workers = jobs;
  const { from, encoding, limits, job } = options;
  const tasks = inputs.map((input) => ({ path: input.path, from, encoding, limits, job }));
  const stop = () => options.failFast === true && run.tally.failed > 0;
  try {
    await runInWorkers(tasks, jobs, { unordered: options.unordered, stop }, async (result) => {
      if (!result.ok) {
        if (result.unexpected) throw new InternalError(inputs[result.index].path, new Error(result.message));
        return run.failed(result.message);
      }
      run.read(result.bytes, result.diagnostics);
      await options.report({ source: { name: result.name }, diagnostics: result.diagnostics } as unknown as Document);
      await visit(inputs[result.index], result.serialized, result.note);
      run.update();
    });
  } finally {
    run.done();
  }
  return run.tally;
}

/**
 * Parses each input file and keeps its decoded text (for passes that report exact positions),
 * for the commands that read a few files whole (export, diff, outline, tasks, report).
 */
export async function readAndParse(
  files: string[],
  options: { from?: InputFormat; encoding?: string; limits?: Partial<ReadLimits> },
): Promise<Array<{ file: string; document: Document; text: string }>> {
  const parsed = [];
  for (const file of files) {
    const { document, text } = await parseFile(file, options);
    parsed.push({ file, document, text });
  }
  return parsed;
}
