/** `kepu initiatives`: the named programmes, documents and campaigns of plans, year over year. */
import { type Command, Option } from 'commander';
import type { Document } from '../../types.js';
import {
  type CommonOptions,
  type CorpusOptions,
  UsageError,
  inputOptions,
  parallelCorpusOptions,
} from '../command-options.js';
import { colorForOutput } from '../color-for-output.js';
import { createSink, finishSink, writeOutput } from '../io.js';
import { isComplete } from '../run-files.js';
import { openRun, streamEach } from '../run-inputs.js';
import { INITIATIVE_KINDS } from '../../passes/initiative-kinds.js';
import { type OutputFormatOf, formatsOf } from '../../output/output-formats.js';
import type { CommandModule } from './command-module.js';

interface InitiativesCommandOptions extends CommonOptions, CorpusOptions {
  format: OutputFormatOf<'initiatives'>;
  kind?: string[];
  minCount: string;
  output?: string;
}

async function run(files: string[], options: InitiativesCommandOptions): Promise<void> {
  const minCount = Number(options.minCount);
  if (!Number.isInteger(minCount) || minCount < 0)
    throw new UsageError(`--min-count takes a whole number, not "${options.minCount}"`);
  const inputRun = openRun(files, options);
  if (options.format === 'ndjson') {
    // Each file's initiatives as it is read (the year-over-year table needs them all: other formats).
    const sink = createSink(options.output, inputRun.paths);
    const selection = { kind: options.kind, minCount };
    const tally = await streamEach(inputRun, { kind: 'initiatives', options: selection }, sink);
    await finishSink(sink, isComplete(tally, options));
    inputRun.finish(tally);
    return;
  }
  const parsed: Array<{ file: string; document: Document; text: string }> = [];
  const tally = await inputRun.read({ each: (entry) => void parsed.push(entry) });
  const { formatInitiatives } = await import('../../output/initiatives.js');
  const settings = { ...options, minCount, color: await colorForOutput(options) };
  if (parsed.length > 0)
    await writeOutput(formatInitiatives(parsed, settings), options.output, inputRun.paths, isComplete(tally, options));
  inputRun.finish(tally);
}

/** `kepu initiatives <files…> [-f table|json|csv|ndjson] [--kind K…] [--min-count N]`. */
export const initiativesCommand: CommandModule = {
  name: 'initiatives',
  define(program: Command) {
    parallelCorpusOptions(
      inputOptions(
        program
          .command('initiatives')
          .description(
            'list the named programmes, documents and campaigns of plans; several plans (one per year) show what is new, continued or dropped',
          )
          .argument('[files...]', 'input files or directories (with -r), or - for standard input')
          .addOption(
            new Option(
              '-f, --format <format>',
              'output format (ndjson: one initiative of one file per line, as each file is read)',
            )
              .choices(formatsOf('initiatives'))
              .default('table'),
          )
          .addOption(new Option('--kind <kinds...>', 'only these kinds').choices([...INITIATIVE_KINDS]))
          .option('--min-count <n>', 'only initiatives mentioned at least n times (over all files)', '1')
          .option('-o, --output <file>', 'write to a file instead of standard output')
          .addHelpText(
            'after',
            '\nExample:\n  $ kepu initiatives plan-2023.txt --kind programme campaign\n  $ kepu initiatives plan-2022.txt plan-2023.txt   # new, continued, dropped',
          ),
      ),
      ' (with --format ndjson)',
    ).action(run);
  },
};
