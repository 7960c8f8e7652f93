/**
 * Reads a circular in any input format: text and Markdown go straight to the parse pipeline;
 * HTML, Word and PDF are first extracted to text (by the reader of their row in INPUT_FORMATS,
 * loaded on first use), then parsed like text, with their layout hints and line origins.
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
  if (!spec.load) return null;
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
  const { decoded, format } = await decodeInput(bytes, options);
  return parseCircular(decoded, { ...options, format });
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
