/**
 * Stage 1: bytes → text. Detects the encoding (BOM, valid UTF-8, else GB18030), or uses the one
 * forced by the caller, and refuses input that is not text at all.
 */

import { isUtf8, transcode } from 'node:buffer';
import { identifyBinary, plausibility } from './sniff.js';

/**
 * Raised for input that cannot be read as a circular; the CLI prints `message` on one line.
 *
 * @example
 * decodeBytes(new Uint8Array()) // throws InputError: the file is empty
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Text decoded from bytes, with the encoding found and whether a BOM was there.
 *
 * @example
 * decodeBytes(readFileSync('plan-gbk.txt')) // { text: '关于…', encoding: 'gb18030', bom: false }
 */
export interface DecodedText {
  text: string;
  encoding: string;
  bom: boolean;
}

/** Names accepted by `--encoding`, mapped to WHATWG encoding labels. */
const ENCODING_ALIASES: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
};

/**
 * The encodings kepu can be asked for.
 *
 * @example
 * SUPPORTED_ENCODINGS.includes('gbk') // true
 */
export const SUPPORTED_ENCODINGS = Object.keys(ENCODING_ALIASES);

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  // Valid UTF-8 is checked by Node's native code (simdutf), then converted to UTF-16 by ICU and
  // taken as it is: on Chinese text about 3.5× faster than Buffer's own UTF-8 decoder (8 ms against
  // 28 ms for 8 MB), and the same string, since the bytes are valid.
  if (encoding === 'utf-8') {
    if (!isUtf8(bytes)) return null;
    return transcode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'utf8', 'utf16le').toString(
      'utf16le',
    );
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of C0 control characters other than tab, CR, LF, FF: binary files have many. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  const sample = Math.min(text.length, 65536);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls > 0 && controls / sample > 0.01;
}

/**
 * Decodes the bytes of a circular. Throws InputError for empty, binary or undecodable input.
 *
 * @example
 * decodeBytes(readFileSync('plan-gbk.txt')).encoding // 'gb18030'
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): DecodedText {
  if (bytes.length === 0) throw new InputError('the file is empty');
  let encoding: string;
  let bom = false;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    bom = true;
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    bom = true;
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    bom = true;
    body = bytes.subarray(2);
  } else {
    encoding = 'utf-8';
  }
  if (forced) {
    const label = ENCODING_ALIASES[forced.toLowerCase()];
    if (!label) throw new InputError(`unknown encoding "${forced}" (known: ${SUPPORTED_ENCODINGS.join(', ')})`);
    // A BOM is stripped only when it belongs to the forced encoding.
    if (label !== encoding) {
      body = bytes;
      bom = false;
    }
    encoding = label;
    const text = decodeStrict(body, encoding);
    if (text === null) throw new InputError(`the bytes are not valid ${encoding}`);
    if (looksBinary(text)) throw new InputError('the file is binary, not text');
    return { text, encoding, bom };
  }
  let text = decodeStrict(body, encoding);
  if (text === null && !bom) {
    const binary = identifyBinary(bytes);
    if (binary) throw new InputError(`is ${binary.what}, not text; ${binary.hint}`);
    const guessed = guessEncoding(bytes);
    if (guessed === null) {
      throw new InputError(
        'the bytes are not text in any encoding kepu reads (UTF-8, UTF-16, GB18030, Big5); if it is text, name its encoding with --encoding',
      );
    }
    ({ encoding, text } = guessed);
  }
  if (text === null) throw new InputError(`the bytes are not valid ${encoding}; try --encoding`);
  if (looksBinary(text)) {
    const binary = identifyBinary(bytes);
    throw new InputError(binary ? `is ${binary.what}, not text; ${binary.hint}` : 'the file is binary, not text');
  }
  if (text.trim().length === 0) throw new InputError('the file holds only white space');
  return { text, encoding, bom };
}

/** The encodings tried, in this order, for bytes that are not UTF-8 and have no BOM. */
const GUESSED_ENCODINGS = ['gb18030', 'big5', 'utf-16le', 'utf-16be'];

/**
 * Bytes that are neither UTF-8 nor marked by a BOM: each candidate that decodes without error is
 * scored by how plausible it reads as Chinese, and the best wins (GB18030 on a tie, being the
 * most common). UTF-16 without BOM and Big5 are told apart from GB18030 this way.
 */
function guessEncoding(bytes: Uint8Array): { encoding: string; text: string } | null {
  let best: { encoding: string; text: string; score: number } | null = null;
  for (const encoding of GUESSED_ENCODINGS) {
    if (encoding.startsWith('utf-16') && bytes.length % 2 === 1) continue;
    const text = decodeStrict(bytes, encoding);
    if (text === null) continue;
    const score = plausibility(text) - (looksBinary(text) ? 1 : 0);
    if (best === null || score > best.score + 0.05) best = { encoding, text, score };
  }
  return best !== null && best.score > 0.3 ? best : null;
}
