/**
 * `-o DIR/`: one output file per input, mirroring the input tree (laws/a.md → DIR/laws/a.json).
 * Every input's output path is worked out and checked before anything is written: two inputs
 * that would be written to one path (a/plan.txt and b/plan.txt given by name, or plan.txt and
 * plan.md found with -r) are refused, and so is an output path that is one of the inputs.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS, type DocumentFormat } from '../output/document-writer.js';
import { FileError, checkNotAnInput, identityOf } from './io.js';
import type { Input } from './inputs.js';
import { displayPath, toSystemPath } from './paths.js';

/** The path `-o DIR` gives an input: its path below its directory, with the format's extension. */
export function mirroredPath(directory: string, relativePath: string, format: DocumentFormat): string {
  return join(directory, relativePath.replace(/\.[^./\\]+$/, '') + DOCUMENT_EXTENSIONS[format]);
}

/** Whether two input paths name one file (the same path, or the same device and inode). */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const identity = identityOf(a);
  return identity !== null && identity === identityOf(b);
}

/**
 * Each input's output file under `directory`, checked before anything is written; `identities`
 * are the inputs' (from identitiesOf), for the check that no output is an input.
 */
export function planDirectoryOutputs(
  directory: string,
  inputs: Input[],
  format: DocumentFormat,
  identities: Map<string, string>,
): Map<Input, string> {
  const byPath = new Map<string, Input>();
  const plan = new Map<Input, string>();
  for (const input of inputs) {
    const path = mirroredPath(directory, input.relativePath, format);
    const earlier = byPath.get(path);
    // The same file named twice writes the same output twice; two files would overwrite each other.
    if (earlier && !sameFile(earlier.path, input.path)) {
      throw new FileError(
        path,
        `two inputs would be written here, ${displayPath(earlier.path)} and ${displayPath(input.path)}; nothing was written (rename one, or write to one file with -o FILE)`,
      );
    }
    byPath.set(path, input);
    plan.set(input, path);
  }
  for (const path of byPath.keys()) checkNotAnInput(path, identities);
  return plan;
}

/** Makes the directories an output file goes in. */
export function makeParentDirectory(path: string): void {
  mkdirSync(toSystemPath(dirname(path)), { recursive: true });
}
