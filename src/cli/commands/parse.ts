/** `kepu parse`: circulars into positioned trees (JSON, NDJSON or YAML), one file or a corpus. */
import { type Command, Option } from 'commander';
import { statSync } from 'node:fs';
import type { Document } from '../../types.js';
import {
  type CommonOptions,
  type CorpusOptions,
  inputOptions,
  parallelCorpusOptions,
  wholeNumberOption,
} from '../command-options.js';
import { createSink, identitiesOf } from '../io.js';
import { toSystemPath } from '../paths.js';
import { isComplete } from '../run-files.js';
import { openRun } from '../run-inputs.js';
import type { Input } from '../inputs.js';
import { type DocumentFormat, createDocumentWriter } from '../../output/document-writer.js';
import { formatsOf } from '../../output/output-formats.js';
import { makeParentDirectory, planDirectoryOutputs } from '../directory-output.js';
import type { CommandModule } from './command-module.js';

interface ParseCommandOptions extends CommonOptions, CorpusOptions {
  format: DocumentFormat;
  output?: string;
  array?: boolean;
}

/** `-o out/` or an existing directory: one output file per input. */
function isDirectoryOutput(output: string): boolean {
  if (/[\\/]$/.test(output)) return true;
  try {
    return statSync(toSystemPath(output)).isDirectory();
  } catch {
    return false;
  }
}

async function run(files: string[], options: ParseCommandOptions): Promise<void> {
  wholeNumberOption('--jobs', options.jobs); // checked before any file is read
  const inputRun = openRun(files, options);
  // One object for one file named as such; an array for several, a directory or a list.
  const array =
    options.array ||
    !(
      files.length === 1 &&
      options.filesFrom === undefined &&
      inputRun.inputs.length === 1 &&
      inputRun.inputs[0].path === files[0]
    );
  const identities = identitiesOf(inputRun.paths);
  // -o DIR/: each input's own file, every path checked before anything is written.
  const planned =
    options.output !== undefined && isDirectoryOutput(options.output)
      ? planDirectoryOutputs(options.output, inputRun.inputs, options.format, identities)
      : null;
  const writer = planned
    ? null
    : createDocumentWriter(options.format, createSink(options.output, identities), { array });
  // The writer of one input: the shared one, or, for -o DIR/, a file of its own.
  const writerFor = (input: Input) => {
    if (writer) return writer;
    const path = planned!.get(input)!;
    makeParentDirectory(path);
    return createDocumentWriter(options.format, createSink(path, identities), { array: false });
  };
  const write = async (input: Input, what: Document | Uint8Array) => {
    const own = writerFor(input);
    if (what instanceof Uint8Array) await own.writeSerialized(what);
    else await own.write(what);
    if (own !== writer) await own.end();
  };
  const tally = await inputRun.read({
    job: { kind: 'document', format: options.format, array: writer ? array : false },
    serialized: (input, serialized) => write(input, serialized),
    each: ({ input, document }) => write(input, document),
  });
  // The destination is replaced only by a complete result (a failed only input leaves it as it was).
  if (writer) await (isComplete(tally, options) ? writer.end() : writer.discard());
  inputRun.finish(tally);
}

/** `kepu parse <files…> [-f json|yaml|ndjson] [-o FILE|DIR/] [-r] [--files-from F] [-j N]`. */
export const parseCommand: CommandModule = {
  name: 'parse',
  define(program: Command) {
    parallelCorpusOptions(
      inputOptions(
        program
          .command('parse')
          .description(
            'parse circulars (text, Markdown, HTML, Word .docx, PDF) into a positioned tree (JSON, NDJSON or YAML) checked by schemas/document.schema.json',
          )
          .argument('[files...]', 'input files or directories (with -r), or - for standard input')
          .addOption(
            new Option('-f, --format <format>', 'output format').choices(formatsOf('document')).default('json'),
          )
          .option(
            '-o, --output <file|dir/>',
            'write to a file; to a directory (existing, or ending in /): one file per input',
          )
          .option('--strict', 'exit 1 when there are warnings')
          .option(
            '--array',
            'JSON: always an array, even for one file (several files, a directory or a list always give one)',
          )
          .addHelpText(
            'after',
            '\nExample:\n  $ kepu parse plan.txt --format yaml -o plan.yaml\n  $ kepu parse -r laws/ --format ndjson > laws.ndjson\n  $ find . -name "*.md" -print0 | kepu parse --files-from - -o out/\n  $ iconv -f utf-8 -t gb18030 plan.txt | kepu parse - > plan.json',
          ),
      ),
    ).action(run);
  },
};
