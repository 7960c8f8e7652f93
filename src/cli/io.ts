/**
 * File input and output for the CLI: reads files or standard input as bytes, refuses
 * directories and missing files with one-line errors, and writes results atomically without
 * ever writing through to an input (by path, symlink, hard link or directory link).
 */
import { closeSync, fdatasync, openSync, readFileSync, statSync, write, writeSync } from 'node:fs';
import { InputError } from '../read/decode.js';
import { drained } from '../output/document-writer.js';
import { OutputError, openReplacement } from './output-file.js';
import { displayPath, toSystemPath } from './paths.js';
import { escapeControls } from '../output/terminal-text.js';

/** Reads one input (a path, or `-` for standard input) as bytes. */
export function readInput(name: string): Uint8Array {
  if (name === '-') {
    try {
      return readFileSync(0);
    } catch (error) {
      throw new InputError(`cannot read standard input (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  let stats;
  try {
    stats = statSync(toSystemPath(name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`);
  }
  if (stats.isDirectory()) throw new InputError('is a directory, not a file');
  try {
    return readFileSync(toSystemPath(name));
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code})`);
  }
}

/**
 * An input error with the file it concerns, printed as `kepu: FILE: problem` (the name shown
 * with its stray bytes and control characters escaped, and the problem with its controls escaped).
 */
export class FileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${displayPath(file)}: ${escapeControls(message)}`);
    this.name = 'FileError';
  }
}

/**
 * An error kepu did not expect (a bug), met while reading the file `file`: printed as
 * `kepu: FILE: internal error: …`, so that the report can say which input caused it.
 */
export class InternalError extends Error {
  constructor(
    readonly file: string,
    readonly reason: unknown,
  ) {
    super(`${displayPath(file)}: internal error: ${escapeControls(String((reason as Error)?.message ?? reason))}`);
    this.name = 'InternalError';
  }
}

/** Runs `read` for a file, turning InputError into FileError naming it. */
export function withFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw asFileError(file, error);
  }
}

/** An InputError as the FileError that names its file; other errors as they are. */
export function asFileError(file: string, error: unknown): unknown {
  return error instanceof InputError ? new FileError(file === '-' ? '<stdin>' : file, error.message) : error;
}

/** True when `output` names a file rather than standard output. */
export function isFileOutput(output: string | undefined): output is string {
  return output !== undefined && output !== '-';
}

/** The file identity (device and inode) of a path, following links; null when it does not exist. */
export function identityOf(path: string): string | null {
  try {
    const stats = statSync(toSystemPath(path));
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/**
 * The identities of the inputs (device and inode, after links), each with its path, so that an
 * output can be checked against all of them at the cost of one look-up.
 */
export function identitiesOf(inputs: string[]): Map<string, string> {
  const identities = new Map<string, string>();
  for (const input of inputs) {
    const identity = input === '-' ? null : identityOf(input);
    if (identity !== null && !identities.has(identity)) identities.set(identity, input);
  }
  return identities;
}

/** Refuses an output that is, by identity, one of the inputs (`inputs`: paths, or their identities). */
export function checkNotAnInput(output: string, inputs: string[] | Map<string, string>): void {
  const target = identityOf(output);
  if (target === null) return;
  if (statSync(toSystemPath(output)).isDirectory()) throw new FileError(output, 'is a directory; -o takes a file');
  const input = (Array.isArray(inputs) ? identitiesOf(inputs) : inputs).get(target);
  if (input !== undefined) {
    throw new FileError(
      output,
      `is the same file as the input ${displayPath(input)} (by link or path); kepu never overwrites its input`,
    );
  }
}

/**
 * Writes the result to `-o FILE` or standard output; refuses to write through to an input. A
 * result that is not `complete` (no input could be read) leaves a file destination as it was.
 */
export async function writeOutput(
  text: string | Iterable<string>,
  output: string | undefined,
  inputs: string[],
  complete = true,
): Promise<void> {
  if (isFileOutput(output)) {
    if (!complete) return;
    // Checked against the inputs, written to a temporary file and renamed into place (createSink).
    const sink = createSink(output, inputs);
    for (const chunk of typeof text === 'string' ? [text] : text) {
      sink.write(chunk);
      await drained(sink);
    }
    await sink.end();
    return;
  }
  if (typeof text === 'string') {
    writeToStdout(text);
    return;
  }
  // Chunks go out as they are made, with blocking writes, so that memory stays bounded however
  // slow the reader of a pipe is.
  for (const chunk of text) writeToStdout(chunk);
}

/**
 * Whether `-o` names something other than a regular file that exists (/dev/null, a FIFO, a
 * terminal): such a target is written to directly, never replaced by a rename.
 */
function isSpecialFile(output: string): boolean {
  try {
    const stats = statSync(toSystemPath(output));
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

/** Writes text or UTF-8 bytes to a file descriptor. */
function writeChunk(descriptor: number, chunk: string | Uint8Array): void {
  if (typeof chunk === 'string') writeSync(descriptor, chunk);
  else writeSync(descriptor, chunk);
}

/** The size of each buffer the background writer fills. */
const WRITE_BUFFER = 1024 * 1024;
/** Buffers handed to the thread pool and not yet written, past which the writer asks to wait. */
const MOST_IN_FLIGHT = 4;
/** Bytes written between two background flushes to the disk. */
const SYNC_EVERY = 4 * WRITE_BUFFER;

/**
 * Text gathered as UTF-8 in buffers of 1 MB, each handed to libuv's thread pool to be written
 * (at its own offset) while this thread fills the next: the system calls and the disk's flushing
 * run beside the serialiser instead of after it. `ready()` gives a promise to wait on when four
 * buffers are still in flight, so that memory stays bounded however large the output; `finish()`
 * writes the rest and waits for every write. The first failure is kept and thrown by `finish()`.
 */
function backgroundWriter(descriptor: number) {
  const spare: Buffer[] = [];
  let buffer: Buffer = Buffer.allocUnsafeSlow(WRITE_BUFFER);
  let used = 0;
  let position = 0;
  let inFlight = 0;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const settle = () => {
    if (wake !== null && (inFlight < MOST_IN_FLIGHT || failure !== null)) {
      const resolve = wake;
      wake = null;
      resolve();
    }
  };
  /** Writes bytes[from, to) at `at`, going on after a short write; `done` when all are written. */
  const writeAt = (bytes: Uint8Array, from: number, to: number, at: number, done: () => void) => {
    write(descriptor, bytes, from, to - from, at, (error, written) => {
      if (error) {
        failure ??= error;
        done();
      } else if (from + written < to) writeAt(bytes, from + written, to, at + written, done);
      else done();
    });
  };
  const submit = (bytes: Uint8Array, length: number, reuse: boolean) => {
    inFlight++;
    writeAt(bytes, 0, length, position, () => {
      inFlight--;
      if (reuse) spare.push(bytes as Buffer);
      settle();
    });
    position += length;
  };
  // What is written is flushed to the disk every few MB, also in the background, so that the
  // fdatasync at the end (before the rename) waits only for the last few MB (9 ms → 1 ms for 25 MB).
  let syncedTo = 0;
  const flush = () => {
    if (used === 0) return;
    if (position - syncedTo >= SYNC_EVERY) {
      syncedTo = position;
      inFlight++;
      fdatasync(descriptor, () => {
        inFlight--;
        settle();
      });
    }
    submit(buffer, used, true);
    buffer = spare.pop() ?? Buffer.allocUnsafeSlow(WRITE_BUFFER);
    used = 0;
  };
  const gather = (chunk: string | Uint8Array) => {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const most = typeof chunk === 'string' ? chunk.length * 3 : chunk.byteLength;
    if (used + most > buffer.length) flush();
    if (most > buffer.length) {
      // A large piece (a document serialised on a worker) is written as it is.
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      submit(bytes, bytes.byteLength, false);
    } else if (typeof chunk === 'string') used += buffer.write(chunk, used);
    else {
      buffer.set(chunk, used);
      used += chunk.byteLength;
    }
  };
  return {
    write(chunk: string | Uint8Array): void {
      if (failure !== null) return;
      try {
        gather(chunk);
      } catch (error) {
        failure = error;
      }
    },
    /** A promise to wait on before writing more, while too much is in flight; null when there is no need. */
    ready(): Promise<void> | null {
      if (inFlight < MOST_IN_FLIGHT || failure !== null) return null;
      return new Promise<void>((resolve) => (wake = resolve));
    },
    /** Writes what is gathered and waits for every write; throws the first failure. */
    async finish(): Promise<void> {
      if (failure === null) flush();
      while (inFlight > 0) await new Promise<void>((resolve) => (wake = resolve));
      if (failure !== null) throw failure;
    },
  };
}

/** Where a streamed output goes: standard output, or a file written atomically when it ends. */
export interface Sink {
  write(chunk: string | Uint8Array): void;
  /** A promise to wait on before writing more (a file's writes are in flight), or null. */
  ready(): Promise<void> | null;
  /** Finishes the output: waits for a file's writes, syncs it and puts it in place. */
  end(): Promise<void>;
  /** A file's output only: drops what was written, leaving the destination as it was. */
  discard?(): Promise<void>;
}

/** A sink for `-o FILE` (checked against the inputs, written to a temporary file) or standard output. */
export function createSink(output: string | undefined, inputs: string[] | Map<string, string>): Sink {
  if (!isFileOutput(output)) return { write: writeToStdout, ready: () => null, end: async () => {} };
  checkNotAnInput(output, inputs);
  if (isSpecialFile(output)) {
    const descriptor = withOutput(output, () => openSync(toSystemPath(output), 'w'));
    return {
      write: (chunk) => withOutput(output, () => writeChunk(descriptor, chunk)),
      ready: () => null,
      end: async () => closeSync(descriptor),
    };
  }
  const replacement = withOutput(output, () => openReplacement(output));
  const writer = backgroundWriter(replacement.descriptor);
  return {
    // A write that fails is reported by end(), once no write is in flight: the descriptor is
    // closed only then, so that no pending write can reach a file opened later under its number.
    write: (chunk) => writer.write(chunk),
    ready: () => writer.ready(),
    async end() {
      try {
        await writer.finish();
      } catch (error) {
        replacement.discard();
        throw new FileError(output, `cannot write the file (${(error as NodeJS.ErrnoException).code})`);
      }
      withOutput(output, () => replacement.commit());
    },
    async discard() {
      await writer.finish().catch(() => {});
      replacement.discard();
    },
  };
}

/** Runs an operation on the output file, turning its failure into a FileError naming the file. */
function withOutput<T>(output: string, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    const code = error instanceof OutputError ? error.code : ((error as NodeJS.ErrnoException).code ?? 'error');
    throw new FileError(output, `cannot write the file (${code})`);
  }
}

/**
 * Ends a sink when the run's output is complete; else a file's destination is left as it was
 * (standard output, which cannot take back what it printed, is ended as usual).
 */
export async function finishSink(sink: Sink, complete: boolean): Promise<void> {
  if (complete || !sink.discard) await sink.end();
  else await sink.discard();
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `chunk` to file descriptor 1, waiting while a non-blocking pipe is full. */
export function writeToStdout(chunk: string | Uint8Array): void {
  let bytes =
    typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  while (bytes.length > 0) {
    try {
      const written = writeSync(1, bytes);
      bytes = bytes.subarray(written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 2);
      else if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // A full disk or a file size limit behind a redirection: one line, exit 2.
      else throw new FileError('<stdout>', `cannot write (${code ?? (error as Error).message})`);
    }
  }
}

/** Writes a note (a footer, a summary) to standard error unless quiet. */
export function writeNote(text: string, quiet: boolean | undefined): void {
  const shown = text.split('\n').map(escapeControls).join('\n');
  if (!quiet && shown) process.stderr.write(shown.endsWith('\n') ? shown : shown + '\n');
}

/**
 * `kepu … | head` ends quietly: a closed pipe is not an error. Any other error of standard output
 * (a full disk behind a redirection) is one line and exit 2; of standard error, exit 2.
 */
export function ignoreBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stdout)
        process.stderr.write(`kepu: <stdout>: cannot write (${error.code ?? error.message})\n`);
      process.exit(2);
    });
  }
}
