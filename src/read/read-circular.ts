/**
 * Reads a circular in any input format: the one road from bytes to a tree, taken by the library
 * (readCircular), the command line and its worker threads (readSource). Text and Markdown are
 * decoded; HTML, Word and PDF are first extracted to text (by the extractor of their row in
 * INPUT_FORMATS, loaded on first use), then parsed like text, with their layout hints and line
 * origins.
 */
import type { Document, InputFormat } from '../types.js';
import { type DecodedText, decodeBytes } from './decode.js';
import { type ParseOptions, parseCircular } from '../parse-circular.js';
import { inputFormat, pickFormat } from './input-formats.js';
import type { ExtractedText } from './extracted.js';

/**
 * Extracts the text of an HTML, Word or PDF file; null for text and Markdown, which need none.
 *
 * @example
 * (await extractText(readFileSync('notice.html'), { name: 'notice.html' }))?.origin.unit // 'html-offset'
 */
export async function extractText(
  bytes: Uint8Array,
  options: Pick<ParseOptions, 'name' | 'format' | 'encoding' | 'limits'> = {},
): Promise<ExtractedText | null> {
  const spec = inputFormat(pickFormat(options.name, bytes, options.format));
  if (!spec.extracted || !spec.load) return null;
  const extract = await spec.load();
  return extract(bytes, { encoding: options.encoding, limits: options.limits });
}

/**
 * Parses a circular from its bytes in any supported format (text in any encoding, Markdown,
 * HTML, .docx, PDF), picked by `options.format`, the name's extension, or the bytes.
 *
 * @example
 * (await readCircular(readFileSync('plan.docx'), { name: 'plan.docx' })).meta.title
 */
export async function readCircular(bytes: Uint8Array, options: ParseOptions = {}): Promise<Document> {
  return (await readSource(bytes, options)).document;
}

/**
 * Reads a circular's bytes into its tree, and keeps the decoded text (which the passes' exact
 * positions point into). `shownName`, when given, is the name the tree records (the command line
 * shows paths with stray bytes escaped); `name` still picks the format by its extension.
 *
 * @example
 * const { document, text } = await readSource(bytes, { name: file, shownName: displayPath(file) })
 */
export async function readSource(
  bytes: Uint8Array,
  options: ParseOptions & { shownName?: string },
): Promise<{ document: Document; text: string }> {
  const { shownName, ...rest } = options;
  // The bytes are not used once decoded, so that they can be let go before the tree is built.
  const { decoded, format } = await decodeInput(bytes, rest);
  return {
    document: parseCircular(decoded, { ...rest, format, name: shownName ?? rest.name }),
    text: decoded.text,
  };
}

/**
 * The text of a file's bytes, and its format (by `options.format`, the name, or the bytes):
 * extracted for HTML, Word and PDF, decoded for text and Markdown.
 */
export async function decodeInput(
  bytes: Uint8Array,
  options: Pick<ParseOptions, 'name' | 'format' | 'encoding' | 'limits'> = {},
): Promise<{ decoded: DecodedText; format: InputFormat }> {
  const format = pickFormat(options.name, bytes, options.format);
  const extracted = await extractText(bytes, { format, encoding: options.encoding, limits: options.limits });
  return { decoded: extracted ?? decodeBytes(bytes, options.encoding), format };
}
