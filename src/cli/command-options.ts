/**
 * What the commands share on the command line: the options of commands that read circulars
 * (--from, --encoding, the readers' limits, -q), those of commands that read many files (-r,
 * --glob, --files-from, --fail-fast, --jobs, --unordered), the checks of option values, and the
 * usage error they raise (`kepu: message`, exit 2).
 */
import { type Command, Option } from 'commander';
import type { InputFormat } from '../types.js';
import type { ReadLimits } from '../read/limits.js';
import { INPUT_FORMATS, READABLE_EXTENSIONS } from '../read/input-formats.js';
import { addLimitOptions } from './limit-options.js';

/** A usage error found after commander's own checks (a malformed option value): exit 2. */
export class UsageError extends Error {}

/** The options every command that reads circulars takes. */
export interface CommonOptions {
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
export interface CorpusOptions {
  recursive?: boolean;
  glob?: string;
  filesFrom?: string;
  failFast?: boolean;
  /** --jobs and --unordered (parse, deadlines and initiatives). */
  jobs?: string;
  unordered?: boolean;
}

/** Adds --from, --encoding, the readers' limits and -q: the options of a command that reads circulars. */
export const inputOptions = (command: Command): Command =>
  addLimitOptions(command)
    .addOption(
      new Option(
        '--from <format>',
        'input format (default: by extension, else by content: .md Markdown, .html, .docx, .doc, .pdf, else text)',
      ).choices(INPUT_FORMATS.map((spec) => spec.format)),
    )
    .option('--encoding <name>', 'force an encoding: utf-8, utf-16le, utf-16be, gb18030 (detected by default)')
    .option('-q, --quiet', 'do not print diagnostics or notes');

/** Adds -r, --glob, --files-from and --fail-fast: the options of a command that reads many files. */
export const corpusOptions = (command: Command): Command =>
  command
    .option('-r, --recursive', `read the files in directories, and below (${READABLE_EXTENSIONS.join(', ')})`)
    .option('--glob <pattern>', 'with -r: only files whose path below the directory matches (e.g. "**/2023*.md")')
    .option(
      '--files-from <file>',
      'read the list of input files from a file, or - for standard input (one per line, or NUL-separated)',
    )
    .option('--fail-fast', 'stop at the first file that cannot be read (by default the run goes on)');

/** The corpus options with the parallel ones; `only` says when they apply (deadlines: with NDJSON). */
export const parallelCorpusOptions = (command: Command, only = ''): Command =>
  corpusOptions(command)
    .option('-j, --jobs <n>', `worker threads for many files${only} (default: the number of cores; 1 runs in-process)`)
    .option(
      '--unordered',
      `with several files${only}: write each file's output as soon as it is ready, not in input order`,
    );

/** A whole number from 1 given to an option, or undefined when it was not given; else a usage error. */
export function wholeNumberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${name} takes a whole number from 1, not "${value}"`);
  return number;
}

/** YYYY-MM-DD, and a real day. */
export function isIsoDate(value: string): boolean {
  return (
    /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString().slice(0, 10) === value
  );
}
