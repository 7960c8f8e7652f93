/** `kepu validate`: kepu JSON checked against its schema, errors naming the JSON path. */
import { type Command, Option } from 'commander';
import { type OutputFormatOf, formatsOf } from '../../output/output-formats.js';
import type { CommandModule } from './command-module.js';

async function run(files: string[], options: { format: OutputFormatOf<'validation'> }): Promise<void> {
  const { validateFiles } = await import('../validate-command.js');
  process.exitCode = validateFiles(files, options.format);
}

/** `kepu validate <files…> [-f text|json]`. */
export const validateCommand: CommandModule = {
  name: 'validate',
  define(program: Command) {
    program
      .command('validate')
      .description(
        'check kepu JSON (a parse tree, kepu diff --format json, kepu tasks --format json) against its schema; errors name the JSON path',
      )
      .argument('<files...>', 'JSON files written by kepu parse')
      .addOption(new Option('-f, --format <format>', 'report format').choices(formatsOf('validation')).default('text'))
      .addHelpText('after', '\nExample:\n  $ kepu parse plan.txt -o plan.json && kepu validate plan.json')
      .action(run);
  },
};
