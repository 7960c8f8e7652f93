/** `kepu report`: one self-contained HTML page about a plan, or a series of plans. */
import type { Command } from 'commander';
import { writeOutput } from '../io.js';
import { KEPU_VERSION } from '../../generated/version.js';
import type { CommandContext, CommandModule, CommonOptions } from './context.js';

/** The formats of `kepu report`. */
export const REPORT_FORMATS = ['html'] as const;

interface ReportCommandOptions extends CommonOptions {
  output?: string;
}

async function run(files: string[], options: ReportCommandOptions, context: CommandContext): Promise<void> {
  const parsed = await context.readAndParse(files, options);
  const documents = parsed.map((entry) => entry.document);
  await context.reportDiagnostics(documents, options);
  const { formatReport } = await import('../../output/report.js');
  await writeOutput(formatReport(documents, { generator: `kepu ${KEPU_VERSION}` }), options.output, files);
}

/** `kepu report <file…> [-o report.html]`. */
export const reportCommand: CommandModule = {
  name: 'report',
  define(program: Command, context: CommandContext) {
    context
      .inputOptions(
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
      )
      .action((files: string[], options: ReportCommandOptions) => run(files, options, context));
  },
};
