/**
 * The parse pipeline, stage by stage. Each stage is a plain function of its own module and can
 * be called and tested alone; the readers (decoding, Markdown, and the extractors of HTML, Word
 * and PDF that run before this, in readCircular) are in src/read/, the stages in src/parse/:
 *
 *   decode → locate lines → split lines → (read Markdown, or apply the layout hints of extracted
 *   text) → assemble blocks → recognise parts (the rules of part-rules.ts) → build sections and
 *   the document (with numbering and bracket diagnostics)
 */
import type { Document, InputFormat } from './types.js';
import { type DecodedText, decodeBytes } from './read/decode.js';
import { createLocator, detectLineEnding } from './parse/locate.js';
import { splitLines } from './parse/split-lines.js';
import { assembleBlocks } from './parse/assemble-blocks.js';
import { recognizeParts } from './parse/recognize-parts.js';
import { buildDocument } from './parse/build-document.js';
import { attachSource } from './source-of.js';
import { InputError } from './read/decode.js';
import { applyHints, isExtracted } from './read/extracted.js';
import { type FormatReader, type FormatReading, INPUT_FORMATS, pickFormat } from './read/input-formats.js';
import type { ReadLimits } from './read/limits.js';

/**
 * Options of parseCircular and readCircular.
 *
 * @example
 * parseCircular(bytes, { name: 'plan.md', encoding: 'gb18030' } satisfies ParseOptions)
 */
export interface ParseOptions {
  /** Name recorded in `source.name`; a `.md` name also selects Markdown. */
  name?: string;
  /** text or md; by default from the name, else text. */
  format?: InputFormat;
  /** Force an encoding for byte input (utf-8, utf-16le, utf-16be, gb18030 …). */
  encoding?: string;
  /** Readers to use instead of (or beside) those of FORMAT_READERS, by format. */
  readers?: Partial<Record<InputFormat, FormatReader>>;
  /** Bounds on what a hostile .docx or PDF may cost (readCircular); unset ones keep DEFAULT_READ_LIMITS. */
  limits?: Partial<ReadLimits>;
}

export type { FormatReader, FormatReading };

/**
 * The structure readers of the input formats, by name: a view of INPUT_FORMATS (the `read` of
 * each row), kept for the library's users. `options.readers` adds or replaces one.
 *
 * @example
 * FORMAT_READERS.md === readMarkdown // true
 */
export const FORMAT_READERS: Record<InputFormat, FormatReader> = Object.fromEntries(
  INPUT_FORMATS.map((spec) => [spec.format, spec.read]),
) as Record<InputFormat, FormatReader>;

/**
 * Picks the input format from an explicit option or the file name.
 *
 * @example
 * detectFormat('plan.md') // 'md'
 */
export function detectFormat(name: string | undefined, format?: InputFormat): InputFormat {
  return pickFormat(name, undefined, format);
}

/** The formats whose text an extractor makes (HTML, Word, PDF), by the input table. */
const EXTRACTED_FORMATS = new Set(INPUT_FORMATS.filter((spec) => spec.extracted).map((spec) => spec.format));

/**
 * Stages 2–3: the physical lines (with the format's structure and the layout's hints) assembled
 * into blocks. The lines are let go here, before the tree is built.
 */
function readLines(decoded: DecodedText, locator: ReturnType<typeof createLocator>, reader: FormatReader) {
  const { text } = decoded;
  const lines = splitLines(text, locator.lineStarts);
  if (isExtracted(decoded)) applyHints(lines, decoded.hints);
  const { frontMatter, problems = [] } = reader(text, lines);
  return { frontMatter, problems, assembled: assembleBlocks(text, lines, { paragraphs: isExtracted(decoded) }) };
}

/** An element of a web page in a text: <p>, <div class=…>, <br/>, </td>. */
const MARKUP = /<\/?(?:p|div|span|br|table|tr|td|h[1-6]|li|ul|ol|font|strong|section|article)(?:\s[^<>]{0,200})?\/?>/i;

/**
 * A text read as plain text that holds a page's markup (a fragment with no <html> to sniff, given
 * as .txt or with --from text): says so once, at the first tag, with how to read it as HTML.
 */
function noteMarkup(document: Document, text: string, locator: ReturnType<typeof createLocator>): void {
  const found = MARKUP.exec(text.length > 65536 ? text.slice(0, 65536) : text);
  if (!found) return;
  document.diagnostics.push({
    code: 'unrecognised-layout',
    severity: 'info',
    message: `read as plain text, but the text holds HTML markup (${found[0].slice(0, 20)}): give --from html (or name it .html) to read it as a page`,
    position: locator.position(found.index, found.index + found[0].length),
  });
  document.diagnostics.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

/**
 * Parses a circular into a kepu tree: bytes in any supported encoding, a decoded string, or the
 * result of decodeBytes (so that a caller can keep the text).
 *
 * @example
 * parseCircular(readFileSync('plan.txt'), { name: 'plan.txt' }).meta.title // '临江市科协2023年科普工作要点'
 */
export function parseCircular(input: string | Uint8Array | DecodedText, options: ParseOptions = {}): Document {
  const decoded =
    typeof input === 'string'
      ? { text: input, encoding: 'utf-8', bom: input.charCodeAt(0) === 0xfeff }
      : input instanceof Uint8Array
        ? decodeBytes(input, options.encoding)
        : input;
  const { text } = decoded;
  const format = detectFormat(options.name, options.format);
  if (EXTRACTED_FORMATS.has(format) && !isExtracted(decoded)) {
    throw new InputError(`is ${format.toUpperCase()}: read it with readCircular(), which extracts its text first`);
  }
  const reader = options.readers?.[format] ?? FORMAT_READERS[format];
  if (!reader) throw new Error(`no reader for format "${format}"`);
  const locator = createLocator(text);
  const { frontMatter, problems, assembled } = readLines(decoded, locator, reader);
  const parts = recognizeParts(assembled.blocks, text);
  const document = buildDocument({
    text,
    locator,
    assembled,
    parts,
    frontMatter,
    readerProblems: isExtracted(decoded)
      ? [...problems, ...(decoded.problems ?? []).map((problem) => ({ ...problem, start: 0, end: 0 }))]
      : problems,
    unifiedByExtractor: isExtracted(decoded) ? decoded.unified : undefined,
    source: {
      name: options.name ?? '-',
      encoding: decoded.encoding,
      bom: decoded.bom,
      format,
      lineEnding: detectLineEnding(text),
      hardWrapped: assembled.hardWrapped,
      length: text.length,
      ...(isExtracted(decoded) && { origin: decoded.origin }),
    },
  });
  if (format === 'text') noteMarkup(document, text, locator);
  attachSource(document, text, locator);
  return document;
}
