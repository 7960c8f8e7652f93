/** `kepu report`: one self-contained HTML page about a plan, or a series of plans. */
import type { Command } from 'commander';
import { writeOutput } from '../io.js';
import { KEPU_VERSION } from '../../generated/version.js';
import { type CommonOptions, inputOptions } from '../command-options.js';
import { reportDiagnostics } from '../report-diagnostics.js';
import { readAndParse } from '../run-files.js';
import type { CommandModule } from './command-module.js';

interface ReportCommandOptions extends CommonOptions {
  output?: string;
}

async function run(files: string[], options: ReportCommandOptions): Promise<void> {
  const parsed = await readAndParse(files, options);
  const documents = parsed.map((entry) => entry.document);
  await reportDiagnostics(documents, options);
  const { formatReport } = await import('../../output/report.js');
  await writeOutput(formatReport(documents, { generator: `kepu ${KEPU_VERSION}` }), options.output, files);
}

/** `kepu report <file…> [-o report.html]`. */
export const reportCommand: CommandModule = {
  name: 'report',
  define(program: Command) {
    inputOptions(
      program
        .command('report')
        .description(
          'write one offline HTML page about plans: header, timeline, unit × task matrix, initiatives, outline; several plans add their lineage and an initiatives × years map',
        )
        .argument('<files...>', 'input files (several: a series, in year order when every plan has a year)')
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addHelpText(
          'after',
          '\nExample:\n  $ kepu report plan.md -o report.html\n  $ kepu report 2016.txt 2017.txt 2018.txt -o series.html',
        ),
    ).action(run);
  },
};
