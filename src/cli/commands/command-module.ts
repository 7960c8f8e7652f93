/**
 * A command of the command line, one a module in this folder: it declares its options, takes its
 * `--format` choices from the output formats' table (src/output/output-formats.ts), and runs. The
 * entry point (main.ts) only registers the modules of COMMANDS (index.ts) and maps errors to exit
 * codes. What commands share is in ../command-options.ts (options, usage errors), ../run-inputs.ts
 * (a run over many inputs) and ../run-files.ts (reading a few files).
 */
import type { Command } from 'commander';

/**
 * A command module: its name and how it defines itself (options, help, action) on the program.
 *
 * @example
 * export const schemaCommand: CommandModule = { name: 'schema', define: (program) => { program.command('schema') } }
 */
export interface CommandModule {
  name: string;
  define(program: Command): void;
}
