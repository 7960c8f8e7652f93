/**
 * A run over many inputs: each file is read, decoded and parsed in turn, its diagnostics printed,
 * and handed on at once (so that output streams and memory stays bounded); a file that cannot be
 * read is reported on one line and the run goes on (or stops, with --fail-fast).
 */
import type { Document, InputFormat } from '../types.js';
import { parseCircular } from '../parse-circular.js';
import { decodeBytes } from '../read/decode.js';
import { extractText } from '../read/read-circular.js';
import { pickFormat } from '../read/input-formats.js';
import { FileError, asFileError, readInput, withFile } from './io.js';
import type { Input } from './inputs.js';
import { createProgress, createTally, type RunTally } from './progress.js';

export interface ParsedFile {
  file: string;
  input: Input;
  document: Document;
  text: string;
}

/** Reads, decodes and parses one input; throws FileError for input that cannot be read. */
export async function parseFile(
  file: string,
  options: { from?: InputFormat; encoding?: string },
): Promise<{ document: Document; text: string; bytes: number }> {
  let bytes: Uint8Array | null = withFile(file, () => readInput(file));
  const size = bytes.length;
  // The format by --from, the extension, or the bytes (standard input has no extension).
  const format = pickFormat(file, bytes, options.from);
  const extracted = await extractText(bytes, { format, encoding: options.encoding }).catch((error: unknown) => {
    throw asFileError(file, error);
  });
  const decoded = extracted ?? withFile(file, () => decodeBytes(bytes!, options.encoding));
  // The bytes are not needed once decoded: let them go before the tree is built (a 10 MB file is 10 MB less).
  bytes = null;
  const document = withFile(file, () => parseCircular(decoded, { name: file, format }));
  return { document, text: decoded.text, bytes: size };
}

export interface RunOptions {
  from?: InputFormat;
  encoding?: string;
  quiet?: boolean;
  failFast?: boolean;
  /** Prints a document's diagnostics (to standard error). */
  report: (document: Document) => Promise<void>;
}

/** Parses each input in order and calls `visit` with it; returns the tally of the run. */
export async function forEachParsed(
  inputs: Input[],
  options: RunOptions,
  visit: (parsed: ParsedFile) => void | Promise<void>,
): Promise<RunTally> {
  const tally = createTally();
  const progress = createProgress(inputs.length, options);
  try {
    for (const input of inputs) {
      let parsed;
      try {
        parsed = await parseFile(input.path, options);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        tally.failed++;
        progress.done();
        process.stderr.write(`kepu: ${error.message}\n`);
        if (options.failFast) break;
        continue;
      }
      tally.files++;
      tally.bytes += parsed.bytes;
      for (const diagnostic of parsed.document.diagnostics) {
        if (diagnostic.severity === 'info') continue;
        tally.warnings.set(diagnostic.code, (tally.warnings.get(diagnostic.code) ?? 0) + 1);
      }
      if (parsed.document.diagnostics.length > 0 && !options.quiet) progress.done();
      await options.report(parsed.document);
      await visit({ file: input.path, input, document: parsed.document, text: parsed.text });
      progress.update(tally);
    }
  } finally {
    progress.done();
  }
  return tally;
}
