/**
 * Paths are bytes, text is shown safely. A file name on Linux is any bytes; one that is not UTF-8
 * (a GBK name unpacked from a zip, a Latin-1 name from an old disk) is kept as a string whose
 * stray bytes are lone surrogates U+DC80–U+DCFF, one a byte, as Python's `surrogateescape` does:
 * it travels through the CLI as an ordinary string and goes back to the system byte for byte
 * (`toSystemPath`), and is shown with each such byte as `\xNN` (`displayPath`). Text from a
 * document or a name shown on a terminal has its control characters escaped (`escapeControls`),
 * so that an ESC in a web page cannot retitle the terminal or recolour what follows.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { escapeControls } from '../output/terminal-text.js';

/** The first of the 128 lone surrogates that stand for the bytes 0x80–0xFF. */
const ESCAPED_BYTE = 0xdc00;

/** The length of the well-formed UTF-8 sequence at `bytes[i]`, or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i];
  const continuation = (k: number) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (first < 0x80) return 1;
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const second = bytes[i + 1];
    // No overlong forms (E0 80–9F) and no surrogates (ED A0–BF).
    if ((first === 0xe0 && second < 0xa0) || (first === 0xed && second >= 0xa0)) return 0;
    return continuation(1) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const second = bytes[i + 1];
    if ((first === 0xf0 && second < 0x90) || (first === 0xf4 && second >= 0x90)) return 0;
    return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/**
 * A file name's bytes as a string: UTF-8, each byte outside a valid sequence as U+DC80–U+DCFF.
 *
 * @example
 * pathFromBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9])) // 'caf\udce9'
 */
export function pathFromBytes(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      text += String.fromCharCode(ESCAPED_BYTE + bytes[i]);
      i++;
    } else {
      text += Buffer.from(bytes.subarray(i, i + length)).toString('utf8');
      i += length;
    }
  }
  return text;
}

const HOLDS_ESCAPED_BYTE = /[\udc80-\udcff]/;

/**
 * The path to hand to `node:fs`: the string itself, or its bytes when it holds escaped bytes.
 *
 * @example
 * toSystemPath('caf\udce9') // <Buffer 63 61 66 e9>
 */
export function toSystemPath(path: string): string | Buffer {
  if (!HOLDS_ESCAPED_BYTE.test(path)) return path;
  const bytes: number[] = [];
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    const next = path.charCodeAt(i + 1);
    if (code >= 0xdc80 && code <= 0xdcff) bytes.push(code - ESCAPED_BYTE);
    else if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      bytes.push(...Buffer.from(path.slice(i, i + 2)));
      i++;
    } else bytes.push(...Buffer.from(path[i]));
  }
  return Buffer.from(bytes);
}

/**
 * A path as shown in messages and tables: escaped bytes as `\xNN`, control characters escaped.
 *
 * @example
 * displayPath('caf\udce9.txt') // 'caf\\xe9.txt'
 */
export function displayPath(path: string): string {
  const escaped = escapeControls(path).replace(/\t/g, '\\x09');
  if (!HOLDS_ESCAPED_BYTE.test(escaped)) return escaped;
  return escaped.replace(/[\udc80-\udcff]/g, (ch) => `\\x${(ch.charCodeAt(0) - ESCAPED_BYTE).toString(16)}`);
}

/**
 * The command line's arguments with any that were not UTF-8 recovered byte for byte. Node decodes
 * argv as UTF-8 and puts U+FFFD for what is not, losing the bytes; on Linux /proc/self/cmdline
 * still has them, and its last entries are the arguments.
 */
export function recoverArguments(argv: string[]): string[] {
  if (!argv.some((argument) => argument.includes('\ufffd'))) return argv;
  let raw: Buffer;
  try {
    raw = readFileSync('/proc/self/cmdline');
  } catch {
    return argv;
  }
  const entries: Buffer[] = [];
  for (let start = 0; start < raw.length;) {
    const end = raw.indexOf(0, start);
    entries.push(raw.subarray(start, end < 0 ? raw.length : end));
    start = end < 0 ? raw.length : end + 1;
  }
  const tail = entries.slice(entries.length - (argv.length - 2));
  if (tail.length !== argv.length - 2) return argv;
  return [
    ...argv.slice(0, 2),
    ...argv.slice(2).map((argument, index) => {
      const bytes = tail[index];
      // The entry is this argument only if it decodes (lossily) to it.
      return argument.includes('\ufffd') && bytes.toString('utf8') === argument ? pathFromBytes(bytes) : argument;
    }),
  ];
}
