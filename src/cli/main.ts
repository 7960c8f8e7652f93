/**
 * The kepu command line: a thin shell over the library. It registers the commands (one a module
 * in commands/, each with its options, formats and run) and maps what goes wrong to the exit
 * status: 0 fine, 1 problems found (validate; --strict with warnings; diff --exit-code with
 * changes; a run over several files where some could not be read), 2 bad usage or an unreadable
 * input, 70 an internal error.
 */
import { Command, CommanderError, Option } from 'commander';
import { FileError, InternalError, ignoreBrokenPipe } from './io.js';
import { KEPU_VERSION } from '../generated/version.js';
import { recoverArguments } from './paths.js';
import { limitsGiven } from './limit-options.js';
import { escapeControls } from '../output/terminal-text.js';
import { UsageError } from './command-options.js';
import { setGlobalColor } from './color-for-output.js';
import { COMMANDS } from './commands/index.js';

/** The program: the global options, then every command of COMMANDS. */
function buildProgram(): Command {
  const program = new Command('kepu')
    .description(
      'Turn Chinese government circulars into structured data: parse, export, list deadlines and initiatives, diff yearly plans.',
    )
    .version(KEPU_VERSION)
    .addOption(
      new Option('--color <when>', 'colour standard output and error: auto (on a terminal), always, never')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .option('--no-color', 'never colour (as --color=never); files written with -o are never coloured')
    .hook('preAction', (command, action) => {
      setGlobalColor(command.opts().color);
      // The readers' limits (--max-unzipped, --max-pdf-pages) as one option, `limits`.
      action.setOptionValue('limits', limitsGiven(action.opts()));
    })
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const command of COMMANDS) command.define(program);
  return program;
}

/** The exit status for an error a command threw, with its one line on standard error. */
function exitStatusOf(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are not errors; every usage error exits 2, never commander's 1.
    const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    return shown.includes(error.code) ? 0 : 2;
  }
  if (error instanceof UsageError || error instanceof FileError) {
    process.stderr.write(`kepu: ${error.message}\n`);
    return 2;
  }
  // An internal error met while reading a file names it (InternalError); one in the output, the run.
  const what = error instanceof InternalError ? error.message : `internal error: ${(error as Error).message}`;
  process.stderr.write(`kepu: ${escapeControls(what)} (please report this with the input that caused it)\n`);
  if (process.env.KEPU_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  return 70;
}

/** Runs the CLI with `argv` (as process.argv); resolves when done, with process.exitCode set. */
export async function main(given: string[]): Promise<void> {
  ignoreBrokenPipe();
  // File names that are not UTF-8, byte for byte (see paths.ts).
  const argv = recoverArguments(given);
  const program = buildProgram();
  // Bare `kepu` and `kepu help NOSUCH` are usage errors: usage on stderr, exit 2.
  const words = argv.slice(2);
  const known = new Set(program.commands.map((command) => command.name()));
  if (words.length === 0 || (words[0] === 'help' && words[1] !== undefined && !known.has(words[1]))) {
    if (words.length > 0) process.stderr.write(`kepu: no such command "${words[1]}"\n`);
    process.stderr.write(program.helpInformation());
    process.exitCode = 2;
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = exitStatusOf(error);
  }
}
