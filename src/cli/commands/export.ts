/** `kepu export`: one circular's tree as JSON, YAML, Markdown or CSV. */
import { type Command, Option } from 'commander';
import { type CommonOptions, inputOptions } from '../command-options.js';
import { writeOutput } from '../io.js';
import { reportDiagnostics } from '../report-diagnostics.js';
import { readAndParse } from '../run-files.js';
import { EXPORT_WRITERS } from '../../output/export-writers.js';
import { type OutputFormatOf, formatsOf } from '../../output/output-formats.js';
import type { CommandModule } from './command-module.js';

interface ExportCommandOptions extends CommonOptions {
  to: OutputFormatOf<'export'>;
  output?: string;
}

async function run(file: string, options: ExportCommandOptions): Promise<void> {
  const documents = (await readAndParse([file], options)).map((entry) => entry.document);
  await writeOutput(await EXPORT_WRITERS[options.to](documents), options.output, [file]);
  await reportDiagnostics(documents, options);
}

/** `kepu export <file> --to json|yaml|md|csv [-o FILE]`. */
export const exportCommand: CommandModule = {
  name: 'export',
  define(program: Command) {
    inputOptions(
      program
        .command('export')
        .description('write the tree as JSON, YAML, Markdown (a heading per level) or CSV (a row per section)')
        .argument('<file>', 'input file, or - for standard input')
        .addOption(new Option('-t, --to <format>', 'output format').choices(formatsOf('export')).makeOptionMandatory())
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addHelpText(
          'after',
          '\nExample:\n  $ kepu export plan.txt --to csv -o plan.csv\n  $ kepu export plan.txt --to md',
        ),
    ).action(run);
  },
};
