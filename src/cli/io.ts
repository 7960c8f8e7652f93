/**
 * File input and output for the CLI: reads files or standard input as bytes, refuses
 * directories and missing files with one-line errors, and writes results without truncation.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../decode.js';

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
    stats = statSync(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`);
  }
  if (stats.isDirectory()) throw new InputError('is a directory, not a file');
  try {
    return readFileSync(name);
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code})`);
  }
}

/** An input error with the file it concerns, printed as `kepu: FILE: problem`. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'FileError';
  }
}

/** Runs `read` for a file, turning InputError into FileError naming it. */
export function withFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) throw new FileError(file === '-' ? '<stdin>' : file, error.message);
    throw error;
  }
}

/** Writes the result to `-o FILE` or standard output; refuses to overwrite an input. */
export function writeOutput(text: string, output: string | undefined, inputs: string[]): void {
  if (output && output !== '-') {
    const target = resolve(output);
    if (inputs.some((input) => input !== '-' && resolve(input) === target)) {
      throw new FileError(output, 'is one of the inputs; kepu never overwrites its input');
    }
    try {
      writeFileSync(output, text);
    } catch (error) {
      throw new FileError(output, `cannot write the file (${(error as NodeJS.ErrnoException).code})`);
    }
    return;
  }
  process.stdout.write(text);
}

/** `kepu … | head` ends quietly: a closed pipe is not an error. */
export function ignoreBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
