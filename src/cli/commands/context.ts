/**
 * What a command module needs from the command line's entry point (main.ts): the shared options,
 * reading and parsing inputs, reporting diagnostics, colour, and usage errors (exit 2). A command
 * is a module of its own: its options, its formats and its run, defined through these.
 */
import type { Command } from 'commander';
import type { Document, InputFormat } from '../../types.js';

/** The options every command that reads circulars takes (--from, --encoding, -q, --color). */
export interface CommonOptions {
  from?: InputFormat;
  encoding?: string;
  color?: string | boolean;
  quiet?: boolean;
  strict?: boolean;
}

/** The entry point's services, handed to each command module when it is defined. */
export interface CommandContext {
  /** Adds --from, --encoding and -q. */
  inputOptions(command: Command): Command;
  /** Reads and parses input files (one-line errors naming the file, exit 2). */
  readAndParse(
    files: string[],
    options: CommonOptions,
  ): Promise<Array<{ file: string; document: Document; text: string }>>;
  /** Prints the documents' diagnostics on standard error; how many are warnings or errors. */
  reportDiagnostics(documents: Document[], options: CommonOptions): Promise<number>;
  /** Whether to colour standard output (never a file given with -o). */
  colorForOutput(options: CommonOptions & { output?: string }): Promise<boolean>;
  /** A usage error: `kepu: message` on standard error, exit 2. */
  usageError(message: string): Error;
  /** A whole number from 1 given to an option, undefined when not given; else a usage error. */
  wholeNumber(name: string, value: string | undefined): number | undefined;
}

/** A command module: it defines itself on the program. */
export interface CommandModule {
  name: string;
  define(program: Command, context: CommandContext): void;
}
