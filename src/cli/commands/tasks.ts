/** `kepu tasks`: the task breakdown of plans (任务分工表), by task or by unit. */
import { Option, type Command } from 'commander';
import { writeOutput } from '../io.js';
import { type CommonOptions, inputOptions } from '../command-options.js';
import { colorForOutput } from '../color-for-output.js';
import { reportDiagnostics } from '../report-diagnostics.js';
import { readAndParse } from '../run-files.js';
import { type OutputFormatOf, formatsOf } from '../../output/output-formats.js';
import type { CommandModule } from './command-module.js';

interface TasksCommandOptions extends CommonOptions {
  format: OutputFormatOf<'tasks'>;
  by: 'task' | 'unit';
  output?: string;
}

async function run(files: string[], options: TasksCommandOptions): Promise<void> {
  const parsed = await readAndParse(files, options);
  await reportDiagnostics(
    parsed.map((entry) => entry.document),
    options,
  );
  const { summarizePlan } = await import('../../summary/summarize-plan.js');
  const { formatTasks } = await import('../../output/tasks.js');
  const summaries = parsed.map(({ document, text }) => summarizePlan(document, { source: text }));
  const color = options.format === 'table' && (await colorForOutput(options));
  await writeOutput(formatTasks(summaries, { format: options.format, by: options.by, color }), options.output, files);
}

/** `kepu tasks <file…> [--format table|csv|json|ndjson] [--by task|unit] [-o FILE]`. */
export const tasksCommand: CommandModule = {
  name: 'tasks',
  define(program: Command) {
    inputOptions(
      program
        .command('tasks')
        .description(
          'list the tasks of plans: each with its lead and partner units, its time limits and its initiatives (a task table read as one)',
        )
        .argument('<files...>', 'input files, or - for standard input')
        .addOption(
          new Option('-f, --format <format>', 'output format (json: the whole plan summary)')
            .choices(formatsOf('tasks'))
            .default('table'),
        )
        .addOption(
          new Option('--by <what>', 'one row a task, or one a unit with its tasks as lead, partner, implementer')
            .choices(['task', 'unit'])
            .default('task'),
        )
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addHelpText(
          'after',
          '\nExample:\n  $ kepu tasks plan.md\n  $ kepu tasks plan.md --format csv -o tasks.csv   # opens in Excel and WPS\n  $ kepu tasks plan.md --by unit',
        ),
    ).action(run);
  },
};
