/** `kepu schema`: the JSON Schema of kepu trees, diffs and plan summaries. */
import { type Command, Option } from 'commander';
import { writeOutput } from '../io.js';
import type { CommandModule } from './command-module.js';

async function run(options: { of: string }): Promise<void> {
  const { readSchemaText } = await import('../validate-command.js');
  await writeOutput(readSchemaText(options.of), undefined, []);
}

/** `kepu schema [--of document|diff|summary]`. */
export const schemaCommand: CommandModule = {
  name: 'schema',
  define(program: Command) {
    program
      .command('schema')
      .description('print the JSON Schema of kepu trees')
      .addOption(new Option('--of <what>', 'which schema').choices(['document', 'diff', 'summary']).default('document'))
      .addHelpText('after', '\nExample:\n  $ kepu schema > document.schema.json')
      .action(run);
  },
};
