/**
 * The kepu command line: a thin shell over the library. It reads arguments, calls the library,
 * prints data on stdout and diagnostics on stderr, and sets the exit status:
 * 0 fine, 1 problems found (validate; --strict with warnings; diff --exit-code with changes; a
 * run over several files where some could not be read), 2 bad usage or an unreadable input.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Document, InputFormat } from '../types.js';
import type { ReadLimits } from '../read/limits.js';
import {
  FileError,
  InternalError,
  finishSink,
  identitiesOf,
  ignoreBrokenPipe,
  isFileOutput,
  writeNote,
  writeOutput,
} from './io.js';
import { OUTPUT_FORMATS } from '../export/formats.js';
import { INPUT_FORMATS, READABLE_EXTENSIONS } from '../read/input-formats.js';
import { INITIATIVE_KINDS } from '../passes/initiative-kinds.js';
import { KEPU_VERSION } from '../generated/version.js';
import { statSync } from 'node:fs';
import { recoverArguments, toSystemPath } from './paths.js';
import { addLimitOptions, limitsGiven } from './limit-options.js';
import { escapeControls } from '../output/terminal-text.js';
import { type RunOptions, forEachParsed, forEachSerialized, isComplete, makeOutput, parseFile } from './run-files.js';
import { describeTally, type RunTally } from './progress.js';
import { type DocumentFormat, createDocumentWriter, drained } from '../output/document-writer.js';
import { makeParentDirectory, planDirectoryOutputs } from './directory-output.js';
import { type Input, expandInputs } from './inputs.js';
import { type Sink, createSink } from './io.js';
import type { WorkerJob } from './parse-worker.js';
import { COMMAND_MODULES } from './commands/index.js';

/** How many worker threads a run over these inputs uses: one input never starts one (nor loads the pool). */
async function workersFor(inputs: Input[], jobs: string | undefined): Promise<number> {
  return inputs.length < 2 ? 1 : (await import('./pool.js')).jobsFor(inputs, wholeNumberOption('--jobs', jobs));
}

/**
 * Streams what each input gives (NDJSON lines, made by makeOutput) to `sink`, in input order: on
 * worker threads when the run is large enough for them, else here; notes go to `onNote`. The
 * tally of the run.
 */
async function streamEach(
  inputs: Input[],
  options: RunOptions & { jobs?: string; unordered?: boolean },
  job: WorkerJob,
  sink: Sink,
  onNote: (note: string) => void = () => {},
): Promise<RunTally> {
  const workers = await workersFor(inputs, options.jobs);
  const take = async (text: string | Uint8Array, note: string | undefined) => {
    sink.write(text);
    if (note !== undefined) onNote(note);
    await drained(sink);
  };
  return workers > 1
    ? forEachSerialized(inputs, workers, { ...options, job }, (_input, serialized, note) => take(serialized, note))
    : forEachParsed(inputs, options, async (parsed) => {
        const made = await makeOutput(job, parsed);
        await take(made.text, made.note);
      });
}

/** A usage error found after commander's own checks (a malformed option value). */
class UsageError extends Error {}

/** YYYY-MM-DD, and a real day. */
function isIsoDate(value: string): boolean {
  return (
    /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString().slice(0, 10) === value
  );
}

interface CommonOptions {
  from?: InputFormat;
  encoding?: string;
  /** --max-unzipped and --max-pdf-pages, as limitsGiven reads them. */
  limits?: Partial<ReadLimits>;
  /** The global `--color` (`--no-color` gives false). */
  color?: string | boolean;
  quiet?: boolean;
  strict?: boolean;
}

/** Options of the commands that read many files. */
interface CorpusOptions {
  recursive?: boolean;
  glob?: string;
  filesFrom?: string;
  failFast?: boolean;
  /** --jobs and --unordered (parse, deadlines and initiatives). */
  jobs?: string;
  unordered?: boolean;
}

const corpusOptions = (command: Command): Command =>
  command
    .option('-r, --recursive', `read the files in directories, and below (${READABLE_EXTENSIONS.join(', ')})`)
    .option('--glob <pattern>', 'with -r: only files whose path below the directory matches (e.g. "**/2023*.md")')
    .option(
      '--files-from <file>',
      'read the list of input files from a file, or - for standard input (one per line, or NUL-separated)',
    )
    .option('--fail-fast', 'stop at the first file that cannot be read (by default the run goes on)');

/** The corpus options with the parallel ones; `only` says when they apply (deadlines: with NDJSON). */
const parallelCorpusOptions = (command: Command, only = ''): Command =>
  corpusOptions(command)
    .option('-j, --jobs <n>', `worker threads for many files${only} (default: the number of cores; 1 runs in-process)`)
    .option(
      '--unordered',
      `with several files${only}: write each file's output as soon as it is ready, not in input order`,
    );

/** `-o out/` or an existing directory: one output file per input. */
function isDirectoryOutput(output: string): boolean {
  if (/[\\/]$/.test(output)) return true;
  try {
    return statSync(toSystemPath(output)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The end of a run over files: the summary on standard error (several files, unless --quiet),
 * and the exit status. One input that cannot be read is bad input: 2. In a run over several
 * files the others were still done, so a file that failed makes it 1, as --strict with warnings
 * does; 2 is then left to usage errors.
 */
function finishRun(tally: RunTally, total: number, options: CommonOptions): void {
  if (total > 1 && !options.quiet) process.stderr.write(describeTally(tally) + '\n');
  if (tally.failed > 0) process.exitCode = total > 1 ? 1 : 2;
  else if (options.strict && [...tally.warnings.values()].some((count) => count > 0)) process.exitCode = 1;
}

/** Whether to colour what goes to standard output (or to `-o FILE`: never). */
async function colorForOutput(options: CommonOptions & { output?: string }): Promise<boolean> {
  const { colorWhen, decideColor } = await import('./color.js');
  return decideColor(process.stdout, colorWhen(options.color ?? globalOptions.color), {
    toFile: isFileOutput(options.output),
  });
}

/**
 * Parses each input file and keeps its decoded text (for passes that report exact positions).
 * Loads the Markdown reader only when a Markdown file is read.
 */
export async function readAndParse(
  files: string[],
  options: CommonOptions,
): Promise<Array<{ file: string; document: Document; text: string }>> {
  const parsed = [];
  for (const file of files) {
    const { document, text } = await parseFile(file, options);
    parsed.push({ file, document, text });
  }
  return parsed;
}

/**
 * Prints every document's diagnostics to stderr; returns how many are warnings or errors (what
 * --strict counts). Loads chalk only when there is something to print.
 */
async function reportDiagnostics(documents: Document[], options: CommonOptions): Promise<number> {
  const count = documents.reduce(
    (sum, document) => sum + document.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length,
    0,
  );
  if (options.quiet || documents.every((document) => document.diagnostics.length === 0)) return count;
  const { colorWhen, createPainter, decideColor } = await import('./color.js');
  const { formatDiagnostic } = await import('./report-diagnostics.js');
  const paint = createPainter(decideColor(process.stderr, colorWhen(options.color ?? globalOptions.color)));
  // Written in batches: a document can have tens of thousands of diagnostics, and a write each
  // costs a system call each.
  let batch = '';
  for (const document of documents) {
    for (const diagnostic of document.diagnostics) {
      batch += formatDiagnostic(document.source.name, diagnostic, paint) + '\n';
      if (batch.length >= 8192) {
        process.stderr.write(batch);
        batch = '';
      }
    }
  }
  if (batch) process.stderr.write(batch);
  return count;
}

const inputOptions = (command: Command): Command =>
  addLimitOptions(command)
    .addOption(
      new Option(
        '--from <format>',
        'input format (default: by extension, else by content: .md Markdown, .html, .docx, .doc, .pdf, else text)',
      ).choices(INPUT_FORMATS.map((spec) => spec.format)),
    )
    .option('--encoding <name>', 'force an encoding: utf-8, utf-16le, utf-16be, gb18030 (detected by default)')
    .option('-q, --quiet', 'do not print diagnostics or notes');

/** The global options (`--color`), read by every command. */
let globalOptions: { color?: string | boolean } = {};

/** A whole number from 1 given to an option, or undefined when it was not given; else a usage error. */
function wholeNumberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${name} takes a whole number from 1, not "${value}"`);
  return number;
}

/** The action of `kepu parse`. */
const runParseCommand = async (
  files: string[],
  options: CommonOptions &
    CorpusOptions & { format: DocumentFormat; output?: string; array?: boolean; jobs?: string; unordered?: boolean },
) => {
  wholeNumberOption('--jobs', options.jobs); // checked before any file is read
  const inputs = expandInputs(files, options);
  if (inputs.length === 0) throw new UsageError('no input files (give files, a directory with -r, or --files-from)');
  const paths = inputs.map((input) => input.path);
  // One object for one file named as such; an array for several, a directory or a list.
  const array =
    options.array ||
    !(files.length === 1 && options.filesFrom === undefined && inputs.length === 1 && inputs[0].path === files[0]);
  const identities = identitiesOf(paths);
  // -o DIR/: each input's own file, every path checked before anything is written.
  const planned =
    options.output !== undefined && isDirectoryOutput(options.output)
      ? planDirectoryOutputs(options.output, inputs, options.format, identities)
      : null;
  const writer = planned
    ? null
    : createDocumentWriter(options.format, createSink(options.output, identities), { array });
  // One input never starts a worker (nor loads the pool).
  const workers = await workersFor(inputs, options.jobs);
  const report = (document: Document) => reportDiagnostics([document], options).then(() => undefined);
  // The writer of one input: the shared one, or, for -o DIR/, a file of its own.
  const writerFor = (input: Input) => {
    if (writer) return writer;
    const path = planned!.get(input)!;
    makeParentDirectory(path);
    return createDocumentWriter(options.format, createSink(path, identities), { array: false });
  };
  const tally =
    workers > 1
      ? await forEachSerialized(
          inputs,
          workers,
          { ...options, report, job: { kind: 'document', format: options.format, array: writer ? array : false } },
          async (input, serialized) => {
            const own = writerFor(input);
            await own.writeSerialized(serialized);
            if (own !== writer) await own.end();
          },
        )
      : await forEachParsed(inputs, { ...options, report }, async ({ input, document }) => {
          const own = writerFor(input);
          await own.write(document);
          if (own !== writer) await own.end();
        });
  // The destination is replaced only by a complete result (a failed only input leaves it as it was).
  if (writer) await (isComplete(tally, options) ? writer.end() : writer.discard());
  finishRun(tally, inputs.length, options);
};

/** The action of `kepu export`. */
const runExportCommand = async (
  file: string,
  options: CommonOptions & { to: keyof typeof OUTPUT_FORMATS; output?: string },
) => {
  const documents = (await readAndParse([file], options)).map((entry) => entry.document);
  await writeOutput(await OUTPUT_FORMATS[options.to](documents), options.output, [file]);
  await reportDiagnostics(documents, options);
};

/** The action of `kepu deadlines`. */
const runDeadlinesCommand = async (
  files: string[],
  options: CommonOptions &
    CorpusOptions & {
      format: 'table' | 'json' | 'csv' | 'ics' | 'ndjson';
      after?: string;
      before?: string;
      sort: 'date' | 'document';
      output?: string;
      all?: boolean;
      year?: string;
      referenceDate?: string;
    },
) => {
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
  const inputs = expandInputs(files, options);
  if (inputs.length === 0) throw new UsageError('no input files (give files, a directory with -r, or --files-from)');
  const paths = inputs.map((input) => input.path);
  const { collectDeadlines, describeReferences, formatDeadlines } = await import('../output/deadlines.js');
  const settings = { ...options, year, color: await colorForOutput(options) };
  const report = (document: Document) => reportDiagnostics([document], options).then(() => undefined);
  // NDJSON streams each file's deadlines as it is read (on worker threads when there is much of it);
  // the other formats sort and group the whole list. Either way, each file says how its dates were resolved.
  const collected: ReturnType<typeof collectDeadlines> = [];
  // The note is for a few files (up to ten); over a corpus it would bury the diagnostics.
  const notes: string[] = [];
  let noted = 0;
  const note = (text: string) => {
    if (++noted <= 10) notes.push(text);
  };
  const sink = options.format === 'ndjson' ? createSink(options.output, paths) : null;
  const { color: _color, ...plain } = settings;
  const tally = sink
    ? await streamEach(inputs, { ...options, report }, { kind: 'deadlines', options: plain }, sink, note)
    : await forEachParsed(inputs, { ...options, report }, (parsed) => {
        const entries = collectDeadlines([parsed], settings);
        collected.push(...entries);
        note(describeReferences(entries, settings));
      });
  if (sink) await finishSink(sink, isComplete(tally, options));
  else await writeOutput(formatDeadlines(collected, settings), options.output, paths, isComplete(tally, options));
  if (noted > 0 && noted <= 10) writeNote(notes.join('\n'), options.quiet);
  finishRun(tally, inputs.length, options);
};

/** The action of `kepu initiatives`. */
const runInitiativesCommand = async (
  files: string[],
  options: CommonOptions &
    CorpusOptions & {
      format: 'table' | 'json' | 'csv' | 'ndjson';
      kind?: string[];
      minCount: string;
      output?: string;
    },
) => {
  const minCount = Number(options.minCount);
  if (!Number.isInteger(minCount) || minCount < 0)
    throw new UsageError(`--min-count takes a whole number, not "${options.minCount}"`);
  const inputs = expandInputs(files, options);
  if (inputs.length === 0) throw new UsageError('no input files (give files, a directory with -r, or --files-from)');
  const paths = inputs.map((input) => input.path);
  const report = (document: Document) => reportDiagnostics([document], options).then(() => undefined);
  if (options.format === 'ndjson') {
    // Each file's initiatives as it is read (the year-over-year table needs them all: other formats).
    const sink = createSink(options.output, paths);
    const selection = { kind: options.kind, minCount };
    const tally = await streamEach(inputs, { ...options, report }, { kind: 'initiatives', options: selection }, sink);
    await finishSink(sink, isComplete(tally, options));
    finishRun(tally, inputs.length, options);
    return;
  }
  const parsed: Array<{ file: string; document: Document; text: string }> = [];
  const tally = await forEachParsed(inputs, { ...options, report }, (entry) => {
    parsed.push(entry);
  });
  const { formatInitiatives } = await import('../output/initiatives.js');
  const settings = { ...options, minCount, color: await colorForOutput(options) };
  if (parsed.length > 0)
    await writeOutput(formatInitiatives(parsed, settings), options.output, paths, isComplete(tally, options));
  finishRun(tally, inputs.length, options);
};

/** The action of `kepu diff`. */
const runDiffCommand = async (
  oldFile: string,
  newFiles: string[],
  options: CommonOptions & {
    format: 'text' | 'json' | 'md' | 'html';
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
  },
) => {
  const levels = wholeNumberOption('--levels', options.levels);
  const width = wholeNumberOption('--width', options.width);
  const context = options.context === '0' ? 0 : wholeNumberOption('--context', options.context);
  const files = [oldFile, ...newFiles];
  const { readPlanReferences } = await import('./plan-references.js');
  const { references, problem } = readPlanReferences(options.year, options.referenceDate, files.length);
  if (problem) throw new UsageError(problem);
  // The passes of two plans run on a worker thread while this one aligns the sections.
  const { startPassWorker } = await import('./pass-worker.js');
  const passes = startPassWorker(files, options, references);
  const parsed = await readAndParse(files, options);
  const documents = parsed.map((entry) => entry.document);
  await reportDiagnostics(documents, options);
  const { runDiff, runSeries } = await import('../output/diff.js');
  const { text, changed } =
    documents.length > 2
      ? await runSeries(documents, { ...options, levels, references })
      : await runDiff(documents[0], documents[1], {
          ...options,
          levels,
          references,
          width,
          context,
          passes,
          color: await colorForOutput(options),
        });
  await writeOutput(text, options.output, files);
  if (options.exitCode && changed) process.exitCode = 1;
};

/** The action of `kepu validate`. */
const runValidateCommand = async (files: string[], options: { format: 'text' | 'json' }) => {
  const { validateFiles } = await import('./validate-command.js');
  process.exitCode = validateFiles(files, options.format);
};

/** The action of `kepu schema`. */
const runSchemaCommand = async (options: { of: string }) => {
  const { readSchemaText } = await import('./validate-command.js');
  await writeOutput(readSchemaText(options.of), undefined, []);
};

/** Defines `kepu parse` on the program. */
function defineParseCommand(program: Command): void {
  parallelCorpusOptions(
    inputOptions(
      program
        .command('parse')
        .description(
          'parse circulars (text, Markdown, HTML, Word .docx, PDF) into a positioned tree (JSON, NDJSON or YAML) checked by schemas/document.schema.json',
        )
        .argument('[files...]', 'input files or directories (with -r), or - for standard input')
        .addOption(
          new Option('-f, --format <format>', 'output format').choices(['json', 'yaml', 'ndjson']).default('json'),
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
  ).action(runParseCommand);
}

/** Defines `kepu export` on the program. */
function defineExportCommand(program: Command): void {
  inputOptions(
    program
      .command('export')
      .description('write the tree as JSON, YAML, Markdown (a heading per level) or CSV (a row per section)')
      .argument('<file>', 'input file, or - for standard input')
      .addOption(
        new Option('-t, --to <format>', 'output format').choices(['json', 'yaml', 'md', 'csv']).makeOptionMandatory(),
      )
      .option('-o, --output <file>', 'write to a file instead of standard output')
      .addHelpText(
        'after',
        '\nExample:\n  $ kepu export plan.txt --to csv -o plan.csv\n  $ kepu export plan.txt --to md',
      ),
  ).action(runExportCommand);
}

/** Defines `kepu deadlines` on the program. */
function defineDeadlinesCommand(program: Command): void {
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
            .choices(['table', 'json', 'csv', 'ics', 'ndjson'])
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
  ).action(runDeadlinesCommand);
}

/** Defines `kepu initiatives` on the program. */
function defineInitiativesCommand(program: Command): void {
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
            .choices(['table', 'json', 'csv', 'ndjson'])
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
  ).action(runInitiativesCommand);
}

/** Defines `kepu diff` on the program. */
function defineDiffCommand(program: Command): void {
  inputOptions(
    program
      .command('diff')
      .description(
        'compare two plans section by section (renumbered, renamed, moved, added, removed, modified) with their initiatives, deadlines and targets',
      )
      .argument('<old>', 'the earlier plan')
      .argument('<new...>', 'the later plan; more plans (in year order) give a series: each task across the years')
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md', 'html']).default('text'),
      )
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
  ).action(runDiffCommand);
}

/** Defines `kepu validate` on the program. */
function defineValidateCommand(program: Command): void {
  program
    .command('validate')
    .description(
      'check kepu JSON (a parse tree, kepu diff --format json, kepu tasks --format json) against its schema; errors name the JSON path',
    )
    .argument('<files...>', 'JSON files written by kepu parse')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  $ kepu parse plan.txt -o plan.json && kepu validate plan.json')
    .action(runValidateCommand);
}

/** Defines `kepu schema` on the program. */
function defineSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of kepu trees')
    .addOption(new Option('--of <what>', 'which schema').choices(['document', 'diff', 'summary']).default('document'))
    .addHelpText('after', '\nExample:\n  $ kepu schema > document.schema.json')
    .action(runSchemaCommand);
}

function buildProgram(): Command {
  const program = new Command('kepu')
    .description(
      'Turn Chinese government circulars into structured data: parse, export, list deadlines and initiatives, diff yearly plans.',
    )
    .version(KEPU_VERSION)
    .addOption(
      new Option('--color <when>', 'colour standard output and error: auto (on a terminal), always, never')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .option('--no-color', 'never colour (as --color=never); files written with -o are never coloured')
    .hook('preAction', (command, action) => {
      globalOptions = command.opts();
      // The readers' limits (--max-unzipped, --max-pdf-pages) as one option, `limits`.
      action.setOptionValue('limits', limitsGiven(action.opts()));
    })
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  defineParseCommand(program);
  defineExportCommand(program);
  defineDeadlinesCommand(program);
  defineInitiativesCommand(program);
  defineDiffCommand(program);
  defineValidateCommand(program);
  defineSchemaCommand(program);
  const context = { inputOptions, readAndParse, reportDiagnostics, colorForOutput, wholeNumber: wholeNumberOption };
  for (const module of COMMAND_MODULES) module.define(program, { ...context, usageError: (m) => new UsageError(m) });
  return program;
}

/** Serves a worker thread that runs this bundle (see pass-worker.ts); loads the worker's code only then. */
export async function serveWorker(): Promise<void> {
  (await import('./parse-worker.js')).serveWorker();
}

/** Runs the CLI with `argv` (as process.argv); resolves when done, with process.exitCode set. */
export async function main(given: string[]): Promise<void> {
  ignoreBrokenPipe();
  // File names that are not UTF-8, byte for byte (see paths.ts).
  const argv = recoverArguments(given);
  const program = buildProgram();
  // Bare `kepu` and `kepu help NOSUCH` are usage errors: usage on stderr, exit 2.
  const words = argv.slice(2);
  const known = new Set(program.commands.map((command) => command.name()));
  if (words.length === 0 || (words[0] === 'help' && words[1] !== undefined && !known.has(words[1]))) {
    if (words.length > 0) process.stderr.write(`kepu: no such command "${words[1]}"\n`);
    process.stderr.write(program.helpInformation());
    process.exitCode = 2;
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; every usage error exits 2, never commander's 1.
      process.exitCode =
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
          ? 0
          : 2;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`kepu: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof FileError) {
      process.stderr.write(`kepu: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    // An internal error met while reading a file names it (InternalError); one in the output, the run.
    const what = error instanceof InternalError ? error.message : `internal error: ${(error as Error).message}`;
    process.stderr.write(`kepu: ${escapeControls(what)} (please report this with the input that caused it)\n`);
    if (process.env.KEPU_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 70;
  }
}
