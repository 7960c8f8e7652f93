/**
 * The input formats kepu reads, one row a format: the file extensions that select it, how to know
 * it from its first bytes, whether its text is extracted (HTML, Word, PDF) and the extractor that
 * does it, loaded on first use so that parsing a .txt file never loads an HTML, Word or PDF
 * library; and the reader of the structure the text itself carries (Markdown's syntax). Adding a
 * format is one row here plus its extractor or reader (see CONTRIBUTING.md).
 */
import type { InputFormat } from '../types.js';
import type { ExtractedText } from './extracted.js';
import type { ReadLimits } from './limits.js';
import type { PhysicalLine } from '../parse/split-lines.js';
import type { ReaderProblem } from '../parse/build-document.js';
import { readMarkdown } from './read-markdown.js';
import { OLE_SIGNATURE, isWordZip, latin1Head, startsWithBytes } from './sniff.js';

/**
 * Turns the bytes of an HTML, Word or PDF file into text with layout hints, within the limits
 * (past one, an InputError naming it).
 *
 * @example
 * const extract: Extractor = await INPUT_FORMATS[0].load!()
 */
export type Extractor = (
  bytes: Uint8Array,
  options: { encoding?: string; limits?: Partial<ReadLimits> },
) => ExtractedText | Promise<ExtractedText>;

/**
 * Reads a format's structure into the physical lines; returns its front matter and problems met.
 *
 * @example
 * const reader: FormatReader = (text, lines) => ({ frontMatter: null })
 */
export type FormatReader = (text: string, lines: PhysicalLine[]) => FormatReading;

/**
 * What a format reader found: the front matter, and problems to report.
 *
 * @example
 * readMarkdown('---\ntitle: 通知\n---\n', lines) // { frontMatter: { title: '通知' } }
 */
export interface FormatReading {
  frontMatter: Record<string, unknown> | null;
  problems?: ReaderProblem[];
}

/** The reader of text with no structure of its own (plain text, and text extracted with its layout hints). */
const plainText: FormatReader = () => ({ frontMatter: null });

/**
 * One row of the input formats table.
 *
 * @example
 * INPUT_FORMATS.find((spec) => spec.format === 'pdf')?.extensions // ['.pdf']
 */
export interface InputFormatSpec {
  format: InputFormat;
  /** What the format is, for --help and the README. */
  description: string;
  /** Lower-case file extensions, with the dot. */
  extensions: readonly string[];
  /** Whether the bytes are in this format, when the extension does not say. */
  sniff?: (bytes: Uint8Array) => boolean;
  /** Whether its text is extracted from the bytes (by `load`'s extractor) rather than decoded. */
  extracted: boolean;
  /** Loads the extractor (absent for text and Markdown, which are decoded). */
  load?: () => Promise<Extractor>;
  /** Reads the structure the text carries into the lines (Markdown); extracted text is read as plain text. */
  read: FormatReader;
}

/** The first 1 KB as Latin-1, white space and a BOM skipped, lower-cased. */
function head(bytes: Uint8Array): string {
  return latin1Head(bytes, 1024)
    .replace(/^(?:\xef\xbb\xbf)?\s*/, '')
    .toLowerCase();
}

/** Elements a page's body is made of: what a fragment copied from a page starts with. */
const BODY_TAGS =
  'body|div|p|span|section|article|main|header|table|tbody|tr|td|h[1-6]|ul|ol|li|dl|br|font|strong|b|center|blockquote|pre|a|img|style|script|title|link|form|iframe';

/**
 * A fragment of a page (what a browser's "copy source" or a scraper gives: <p style=…>, <div
 * class=…>, <span>): it starts with one of a body's elements, and holds its closing tag or a
 * second element, so that a text that merely starts with < is not taken for HTML.
 */
function isHtmlFragment(head: string): boolean {
  const start = new RegExp(`^<(${BODY_TAGS})(?=[\\s>/])[^<>]*>`).exec(head);
  if (!start) return false;
  const rest = head.slice(start[0].length);
  return new RegExp(`</(?:${start[1]})\\s*>`).test(rest) || new RegExp(`<(?:${BODY_TAGS})(?=[\\s>/])`).test(rest);
}

/**
 * The input formats, in the order their sniffers are tried.
 *
 * @example
 * INPUT_FORMATS.map((spec) => spec.format) // ['pdf', 'docx', 'doc', 'html', 'md', 'text']
 */
export const INPUT_FORMATS: readonly InputFormatSpec[] = [
  {
    format: 'pdf',
    description: 'PDF with a text layer (pdf.js); scans need OCR first',
    extensions: ['.pdf'],
    sniff: (bytes) => startsWithBytes(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]),
    extracted: true,
    load: async () => (await import('./read-pdf.js')).readPdf,
    read: plainText,
  },
  {
    format: 'docx',
    description: 'Word .docx (OOXML), automatic numbering rendered as Word shows it',
    extensions: ['.docx'],
    sniff: isWordZip,
    extracted: true,
    load: async () => (await import('./read-docx.js')).readDocx,
    read: plainText,
  },
  {
    format: 'doc',
    description: 'old binary Word .doc (word-extractor); automatic numbering read from its list tables',
    extensions: ['.doc'],
    sniff: (bytes) => startsWithBytes(bytes, OLE_SIGNATURE),
    extracted: true,
    load: async () => (await import('./read-doc.js')).readDoc,
    read: plainText,
  },
  {
    format: 'html',
    description: 'web pages (parse5, as rehype-parse reads them); the main text is found, site furniture left out',
    extensions: ['.html', '.htm', '.shtml', '.xhtml'],
    sniff: (bytes) => /^(?:<!doctype html|<html|<head|<meta|<!--)/.test(head(bytes)) || isHtmlFragment(head(bytes)),
    extracted: true,
    load: async () => (await import('./read-html.js')).readHtml,
    read: plainText,
  },
  {
    format: 'md',
    description: 'Markdown (CommonMark and GFM), with YAML front matter',
    extensions: ['.md', '.markdown'],
    extracted: false,
    // Loads remark only for the files that need it (see read-markdown.ts).
    read: readMarkdown,
  },
  {
    format: 'text',
    description: 'plain text in UTF-8, UTF-16, GB18030 or Big5, including PDF-extracted text',
    extensions: ['.txt', '.text'],
    extracted: false,
    read: plainText,
  },
];

const BY_FORMAT = new Map(INPUT_FORMATS.map((spec) => [spec.format, spec]));

/** The spec of a format. */
export function inputFormat(format: InputFormat): InputFormatSpec {
  return BY_FORMAT.get(format)!;
}

/** Every extension kepu reads, for directories taken with -r. */
export const READABLE_EXTENSIONS: readonly string[] = INPUT_FORMATS.flatMap((spec) => spec.extensions);

/**
 * Picks the format: the one asked for, else the file's extension, else what the bytes look like,
 * else text.
 *
 * @example
 * pickFormat('notice.htm') // 'html'
 */
export function pickFormat(name: string | undefined, bytes?: Uint8Array, format?: InputFormat): InputFormat {
  if (format) return format;
  const lower = (name ?? '').toLowerCase();
  const byName = INPUT_FORMATS.find((spec) => spec.extensions.some((extension) => lower.endsWith(extension)));
  if (byName) return byName.format;
  const bySniff = bytes && INPUT_FORMATS.find((spec) => spec.sniff?.(bytes));
  return bySniff ? bySniff.format : 'text';
}
