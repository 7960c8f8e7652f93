/**
 * What the commands read: files, `-` for standard input, directories taken recursively (-r) and
 * filtered by the readers' extensions and --glob, and lists of files (--files-from), so that
 * kepu composes with find, xargs and GNU parallel.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileError, readInput } from './io.js';
import { pathFromBytes, toSystemPath } from './paths.js';
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

/**
 * The files below a directory that kepu reads, in sorted order (of the names' bytes). Names are
 * read as bytes: one that is not UTF-8 is kept byte for byte (see paths.ts).
 */
function walk(directory: string, matches: (path: string) => boolean, out: Input[], base = directory): void {
  const entries = readdirSync(toSystemPath(directory), { withFileTypes: true, encoding: 'buffer' }).sort((a, b) =>
    Buffer.compare(a.name, b.name),
  );
  for (const entry of entries) {
    const name = pathFromBytes(entry.name);
    const path = join(directory, name);
    if (entry.isDirectory()) walk(path, matches, out, base);
    else if (entry.isFile() || entry.isSymbolicLink()) {
      const relativePath = relative(base, path).split('\\').join('/');
      if (READABLE.test(name) && matches(relativePath)) out.push({ path, relativePath });
    }
  }
}

/**
 * The names in a list of files: NUL-separated (find -print0) or one per line (a CR before the LF
 * dropped), each as the bytes it is (a name that is not UTF-8 kept byte for byte); blank ones skipped.
 */
export function listedNames(list: Buffer): string[] {
  const names: string[] = [];
  const separator = list.includes(0) ? 0 : 0x0a;
  for (let start = 0; start < list.length;) {
    let end = list.indexOf(separator, start);
    if (end < 0) end = list.length;
    let name = list.subarray(start, end);
    if (separator === 0x0a && name[name.length - 1] === 0x0d) name = name.subarray(0, name.length - 1);
    if (name.toString('latin1').trim() !== '') names.push(pathFromBytes(name));
    start = end + 1;
  }
  return names;
}

/** Expands the arguments (and --files-from) into the inputs, in order. */
export function expandInputs(args: string[], options: InputOptions): Input[] {
  const inputs: Input[] = [];
  const glob = options.glob ? globToRegExp(options.glob) : null;
  const matches = (path: string) => !glob || glob.test(path) || glob.test(path.split('/').pop()!);
  const names = [...args];
  if (options.filesFrom !== undefined) {
    let list: Buffer;
    try {
      const bytes = options.filesFrom === '-' ? readInput('-') : readFileSync(toSystemPath(options.filesFrom));
      list = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      throw new FileError(
        options.filesFrom,
        `cannot read the list of files (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    for (const name of listedNames(list)) names.push(name);
  }
  for (const name of names) {
    if (name === '-') {
      inputs.push({ path: '-', relativePath: 'stdin' });
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(toSystemPath(name)).isDirectory();
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
