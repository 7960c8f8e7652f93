/** `kepu diff`: two plans compared section by section, or a series of plans across the years. */
import { type Command, Option } from 'commander';
import { type CommonOptions, UsageError, inputOptions, wholeNumberOption } from '../command-options.js';
import { colorForOutput } from '../color-for-output.js';
import { writeOutput } from '../io.js';
import { reportDiagnostics } from '../report-diagnostics.js';
import { readAndParse } from '../run-files.js';
import { type OutputFormatOf, formatsOf } from '../../output/output-formats.js';
import type { CommandModule } from './command-module.js';

interface DiffCommandOptions extends CommonOptions {
  format: OutputFormatOf<'diff'>;
  exitCode?: boolean;
  ignorePunctuationWidth?: boolean;
  ignoreWhitespace?: boolean;
  ignoreVariants?: boolean;
  ignoreLetter?: boolean;
  levels?: string;
  all?: boolean;
  explain?: boolean;
  output?: string;
  year?: string;
  referenceDate?: string;
  width?: string;
  context?: string;
}

async function run(oldFile: string, newFiles: string[], options: DiffCommandOptions): Promise<void> {
  const levels = wholeNumberOption('--levels', options.levels);
  const width = wholeNumberOption('--width', options.width);
  const context = options.context === '0' ? 0 : wholeNumberOption('--context', options.context);
  const files = [oldFile, ...newFiles];
  const { readPlanReferences } = await import('../plan-references.js');
  const { references, problem } = readPlanReferences(options.year, options.referenceDate, files.length);
  if (problem) throw new UsageError(problem);
  // Plans of a few hundred KB are compared in a fraction of a second: too short a run for V8's
  // optimising compiler to pay for itself (see short-run.ts).
  const { baselineForShortRun } = await import('../short-run.js');
  baselineForShortRun(files);
  const parsed = await readAndParse(files, options);
  const documents = parsed.map((entry) => entry.document);
  await reportDiagnostics(documents, options);
  const { runDiff, runSeries } = await import('../../output/diff.js');
  const { text, changed } =
    documents.length > 2
      ? await runSeries(documents, { ...options, levels, references })
      : await runDiff(documents[0], documents[1], {
          ...options,
          levels,
          references,
          width,
          context,
          color: await colorForOutput(options),
        });
  await writeOutput(text, options.output, files);
  if (options.exitCode && changed) process.exitCode = 1;
}

/** `kepu diff <old> <new…> [-f text|json|md|html] [--exit-code] [--ignore-…] [--levels N] [--year Y,Y]`. */
export const diffCommand: CommandModule = {
  name: 'diff',
  define(program: Command) {
    inputOptions(
      program
        .command('diff')
        .description(
          'compare two plans section by section (renumbered, renamed, moved, added, removed, modified) with their initiatives, deadlines and targets',
        )
        .argument('<old>', 'the earlier plan')
        .argument('<new...>', 'the later plan; more plans (in year order) give a series: each task across the years')
        .addOption(new Option('-f, --format <format>', 'output format').choices(formatsOf('diff')).default('text'))
        .option('--exit-code', 'exit 1 when there are differences, 0 when there are none (as GNU diff)')
        .option('--ignore-punctuation-width', 'treat full- and half-width punctuation and digits as the same')
        .option('-w, --ignore-whitespace', 'ignore spaces and line breaks')
        .option('--ignore-variants', 'treat traditional and simplified characters as the same')
        .option('--ignore-letter', 'compare only the forwarded plan, not the letter that forwards it')
        .option('--levels <n>', "compare down to this level; deeper sections count as their parents' text")
        .option('--all', 'text format: list unchanged sections too, and the text of added and removed ones')
        .option('--explain', 'text format: say why each pair of sections was paired (score, heading, body)')
        .option('--width <n>', 'text format: wrap at this many columns (default: the terminal, or 100)')
        .option('--context <n>', 'text format: unchanged sentences shown around each change (default 1)')
        .option('--year <years>', "each plan's year, for plans that give none (or to override): 2018,2019")
        .option('--reference-date <days>', "each plan's day relative limits count from: 2018-03-05,2019-03-05")
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addHelpText(
          'after',
          '\nExample:\n  $ kepu diff plan-2022.txt plan-2023.txt\n  $ kepu diff 2016.txt 2017.txt 2018.txt 2019.txt   # each task across the years\n  $ kepu diff plan-2022.txt plan-2023.txt --format md > comment.md\n  $ kepu diff old.txt new.txt --exit-code --ignore-punctuation-width || echo "the plan changed"',
        ),
    ).action(run);
  },
};
