/** `kepu outline`: the plan's hierarchy in the terminal, with what falls under each section. */
import { Option, type Command } from 'commander';
import { writeOutput } from '../io.js';
import { type CommonOptions, inputOptions, wholeNumberOption } from '../command-options.js';
import { colorForOutput } from '../color-for-output.js';
import { reportDiagnostics } from '../report-diagnostics.js';
import { readAndParse } from '../run-files.js';
import type { CommandModule } from './command-module.js';

interface OutlineCommandOptions extends CommonOptions {
  levels?: string;
  json?: boolean;
  width?: string;
  output?: string;
}

async function run(files: string[], options: OutlineCommandOptions): Promise<void> {
  const levels = wholeNumberOption('--levels', options.levels);
  const given = wholeNumberOption('--width', options.width);
  const parsed = await readAndParse(files, options);
  const documents = parsed.map((entry) => entry.document);
  await reportDiagnostics(documents, options);
  const { summarizePlan } = await import('../../summary/summarize-plan.js');
  const { OUTLINE_WRITERS } = await import('../../output/outline.js');
  const toTerminal = options.output === undefined && process.stdout.isTTY;
  const width = given ?? (toTerminal ? Math.max(40, process.stdout.columns ?? 100) : 100);
  const color = await colorForOutput(options);
  const summaries = parsed.map(({ document, text }) => summarizePlan(document, { source: text }));
  const format = options.json ? 'json' : 'text';
  await writeOutput(OUTLINE_WRITERS[format](summaries, { levels, width, color }), options.output, files);
}

/** `kepu outline <file…> [--levels N] [--json] [--width N] [-o FILE]`. */
export const outlineCommand: CommandModule = {
  name: 'outline',
  define(program: Command) {
    inputOptions(
      program
        .command('outline')
        .description(
          "show a plan's hierarchy, one line a section, with the time limits and initiatives under each and numbering problems marked",
        )
        .argument('<files...>', 'input files, or - for standard input')
        .option('--levels <n>', 'show sections down to this level (1: the top level only)')
        .option('--json', "write the outline as JSON (with each section's counts and diagnostics)")
        .addOption(new Option('--width <n>', "columns of a line (default: the terminal's, else 100)"))
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addHelpText(
          'after',
          "\nExample:\n  $ kepu outline plan.txt --levels 2\n  $ kepu outline plan.txt --json | jq '.containers[1].sections[0]'",
        ),
    ).action(run);
  },
};
