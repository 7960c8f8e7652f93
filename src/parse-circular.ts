/**
 * The parse pipeline, stage by stage. Each stage is a plain function of its own module and can
 * be called and tested alone:
 *
 *   decode → locate lines → split lines → (read Markdown) → assemble blocks → recognise parts
 *   → build sections and the document (with numbering and bracket diagnostics)
 */
import type { Document, InputFormat } from './types.js';
import { type DecodedText, decodeBytes } from './decode.js';
import { createLocator, detectLineEnding } from './locate.js';
import { splitLines, type PhysicalLine } from './split-lines.js';
import { assembleBlocks } from './assemble-blocks.js';
import { recognizeParts } from './parse/recognize-parts.js';
import { buildDocument } from './build-document.js';
import { readMarkdown } from './read-markdown.js';
import { attachSource } from './source-of.js';

export interface ParseOptions {
  /** Name recorded in `source.name`; a `.md` name also selects Markdown. */
  name?: string;
  /** text or md; by default from the name, else text. */
  format?: InputFormat;
  /** Force an encoding for byte input (utf-8, utf-16le, utf-16be, gb18030 …). */
  encoding?: string;
  /** Readers to use instead of (or beside) those of FORMAT_READERS, by format. */
  readers?: Partial<Record<InputFormat, FormatReader>>;
}

/** Reads a format's structure into the physical lines; returns its front matter and problems met. */
export type FormatReader = (text: string, lines: PhysicalLine[]) => FormatReading;

export interface FormatReading {
  frontMatter: Record<string, unknown> | null;
  problems?: Array<{ code: 'invalid-front-matter'; message: string; start: number; end: number }>;
}

/**
 * The input formats, by name, each with its reader. Nothing registers itself: the Markdown reader
 * is here, and loads remark only for the files that need it. `options.readers` adds or replaces one.
 */
export const FORMAT_READERS: Record<InputFormat, FormatReader> = {
  text: () => ({ frontMatter: null }),
  md: readMarkdown,
};

/**
 * Picks the input format from an explicit option or the file name.
 *
 * @example
 * detectFormat('plan.md') // 'md'
 */
export function detectFormat(name: string | undefined, format?: InputFormat): InputFormat {
  if (format) return format;
  return name && /\.(?:md|markdown)$/i.test(name) ? 'md' : 'text';
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
  const reader = options.readers?.[format] ?? FORMAT_READERS[format];
  if (!reader) throw new Error(`no reader for format "${format}"`);
  const locator = createLocator(text);
  const lines = splitLines(text, locator.lineStarts);
  const { frontMatter, problems = [] } = reader(text, lines);
  const assembled = assembleBlocks(text, lines);
  const parts = recognizeParts(assembled.blocks);
  const document = buildDocument({
    text,
    locator,
    assembled,
    parts,
    frontMatter,
    readerProblems: problems,
    source: {
      name: options.name ?? '-',
      encoding: decoded.encoding,
      bom: decoded.bom,
      format,
      lineEnding: detectLineEnding(text),
      hardWrapped: assembled.hardWrapped,
      length: text.length,
    },
  });
  attachSource(document, text, locator);
  return document;
}
