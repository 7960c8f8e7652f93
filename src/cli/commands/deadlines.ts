/** `kepu deadlines`: the time limits of plans, as a table, JSON, CSV, iCalendar or NDJSON. */
import { type Command, Option } from 'commander';
import {
  type CommonOptions,
  type CorpusOptions,
  UsageError,
  inputOptions,
  isIsoDate,
  parallelCorpusOptions,
} from '../command-options.js';
import { colorForOutput } from '../color-for-output.js';
import { createSink, finishSink, writeNote, writeOutput } from '../io.js';
import { isComplete } from '../run-files.js';
import { openRun, streamEach } from '../run-inputs.js';
import { type OutputFormatOf, formatsOf } from '../../output/output-formats.js';
import type { CommandModule } from './command-module.js';

interface DeadlinesCommandOptions extends CommonOptions, CorpusOptions {
  format: OutputFormatOf<'deadlines'>;
  after?: string;
  before?: string;
  sort: 'date' | 'document';
  output?: string;
  all?: boolean;
  year?: string;
  referenceDate?: string;
}

/** The year given to --year, checked; undefined when none was given. */
function yearOption(options: DeadlinesCommandOptions): number | undefined {
  for (const [name, value] of [
    ['--after', options.after],
    ['--before', options.before],
    ['--reference-date', options.referenceDate],
  ] as const) {
    if (value !== undefined && !isIsoDate(value))
      throw new UsageError(`${name} takes a date as YYYY-MM-DD, not "${value}"`);
  }
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 9999))
    throw new UsageError(`--year takes a year such as 2023, not "${options.year}"`);
  return year;
}

async function run(files: string[], options: DeadlinesCommandOptions): Promise<void> {
  const year = yearOption(options);
  const inputRun = openRun(files, options);
  const { collectDeadlines, describeReferences, formatDeadlines } = await import('../../output/deadlines.js');
  const settings = { ...options, year, color: await colorForOutput(options) };
  // NDJSON streams each file's deadlines as it is read (on worker threads when there is much of it);
  // the other formats sort and group the whole list. Either way, each file says how its dates were resolved.
  const collected: ReturnType<typeof collectDeadlines> = [];
  // The note is for a few files (up to ten); over a corpus it would bury the diagnostics.
  const notes: string[] = [];
  let noted = 0;
  const note = (text: string) => {
    if (++noted <= 10) notes.push(text);
  };
  const sink = options.format === 'ndjson' ? createSink(options.output, inputRun.paths) : null;
  const { color: _color, ...plain } = settings;
  const tally = sink
    ? await streamEach(inputRun, { kind: 'deadlines', options: plain }, sink, note)
    : await inputRun.read({
        each: (parsed) => {
          const entries = collectDeadlines([parsed], settings);
          collected.push(...entries);
          note(describeReferences(entries, settings));
        },
      });
  if (sink) await finishSink(sink, isComplete(tally, options));
  else
    await writeOutput(formatDeadlines(collected, settings), options.output, inputRun.paths, isComplete(tally, options));
  if (noted > 0 && noted <= 10) writeNote(notes.join('\n'), options.quiet);
  inputRun.finish(tally);
}

/** `kepu deadlines <files…> [-f table|json|csv|ics|ndjson] [--after D] [--before D] [--year Y]`. */
export const deadlinesCommand: CommandModule = {
  name: 'deadlines',
  define(program: Command) {
    parallelCorpusOptions(
      inputOptions(
        program
          .command('deadlines')
          .description(
            "list the time limits of plans, normalised against each plan's own year, with their items and responsible units",
          )
          .argument('[files...]', 'input files or directories (with -r), or - for standard input')
          .addOption(
            new Option('-f, --format <format>', 'output format (ndjson: one deadline per line, as each file is read)')
              .choices(formatsOf('deadlines'))
              .default('table'),
          )
          .option('--after <date>', 'only deadlines ending on or after this day (YYYY-MM-DD)')
          .option('--before <date>', 'only deadlines starting on or before this day (YYYY-MM-DD)')
          .addOption(new Option('--sort <order>', 'order of the list').choices(['date', 'document']).default('date'))
          .option('--all', "also list time references that are not actions: cited titles, labels, the plan's own year")
          .option('--year <year>', "the plan's year, for a plan that gives none (or to override it)")
          .option(
            '--reference-date <date>',
            'the day relative limits count from (YYYY-MM-DD; default: the date of issue)',
          )
          .option('-o, --output <file>', 'write to a file instead of standard output')
          .addHelpText(
            'after',
            '\nExample:\n  $ kepu deadlines plan-2023.txt --after 2023-06-01\n  $ kepu deadlines plan-2023.txt --format ics -o plan-2023.ics\n  $ kepu deadlines -r plans/ --format ndjson > deadlines.ndjson',
          ),
      ),
      ' (with --format ndjson)',
    ).action(run);
  },
};
