/**
 * What the commands read: files, `-` for standard input, directories taken recursively (-r) and
 * filtered by the readers' extensions and --glob, and lists of files (--files-from), so that
 * kepu composes with find, xargs and GNU parallel.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileError, readInput } from './io.js';
import { READABLE_EXTENSIONS } from '../read/input-formats.js';

/** The extensions of the input formats' table: what a directory taken with -r is filtered by. */
const READABLE = new RegExp(
  `(?:${READABLE_EXTENSIONS.map((extension) => extension.replace('.', '\\.')).join('|')})$`,
  'i',
);

export interface InputOptions {
  recursive?: boolean;
  glob?: string;
  filesFrom?: string;
}

/** One input: its path as given or found, and where to mirror it under `-o DIR`. */
export interface Input {
  path: string;
  /** The path below the directory it was found in (or the file name), for `-o DIR`. */
  relativePath: string;
}

/** A glob (*, **, ?) as a regular expression over a path with forward slashes. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The files below a directory that kepu reads, in sorted order. */
function walk(directory: string, matches: (path: string) => boolean, out: Input[], base = directory): void {
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) walk(path, matches, out, base);
    else if (entry.isFile() || entry.isSymbolicLink()) {
      const relativePath = relative(base, path).split('\\').join('/');
      if (READABLE.test(entry.name) && matches(relativePath)) out.push({ path, relativePath });
    }
  }
}

/** Expands the arguments (and --files-from) into the inputs, in order. */
export function expandInputs(args: string[], options: InputOptions): Input[] {
  const inputs: Input[] = [];
  const glob = options.glob ? globToRegExp(options.glob) : null;
  const matches = (path: string) => !glob || glob.test(path) || glob.test(path.split('/').pop()!);
  const names = [...args];
  if (options.filesFrom !== undefined) {
    let list: string;
    try {
      list = new TextDecoder().decode(options.filesFrom === '-' ? readInput('-') : readFileSync(options.filesFrom));
    } catch (error) {
      throw new FileError(
        options.filesFrom,
        `cannot read the list of files (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    // NUL-separated (find -print0) or one per line.
    const separator = list.includes('\0') ? '\0' : /\r?\n/;
    for (const name of list.split(separator)) if (name.trim() !== '') names.push(name.replace(/\r$/, ''));
  }
  for (const name of names) {
    if (name === '-') {
      inputs.push({ path: '-', relativePath: 'stdin' });
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(name).isDirectory();
    } catch {
      // A missing file is reported when it is read, with the others going on.
    }
    if (!isDirectory) {
      inputs.push({ path: name, relativePath: name.split(/[\\/]/).pop()! });
      continue;
    }
    if (!options.recursive) throw new FileError(name, 'is a directory; add -r to read the files in it');
    walk(name, matches, inputs);
  }
  return inputs;
}
