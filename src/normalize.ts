/**
 * Length-preserving character folds, for matching and for identity keys only. The text that
 * positions point into is never changed.
 */
import { TRADITIONAL_SIMPLIFIED_PAIRS } from './generated/traditional-to-simplified.js';

let simplifiedOf: Uint16Array | undefined;

/** Code unit → simplified code unit (0 where the character is not traditional); built on first use. */
function simplifiedTable(): Uint16Array {
  if (!simplifiedOf) {
    simplifiedOf = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < TRADITIONAL_SIMPLIFIED_PAIRS.length; i += 2) {
      simplifiedOf[TRADITIONAL_SIMPLIFIED_PAIRS.charCodeAt(i)] = TRADITIONAL_SIMPLIFIED_PAIRS.charCodeAt(i + 1);
    }
  }
  return simplifiedOf;
}

/**
 * 關於印發 → 关于印发: traditional characters to simplified, one for one.
 *
 * @example
 * toSimplified('關於印發') // '关于印发'
 */
export function toSimplified(text: string): string {
  const table = simplifiedTable();
  let codes: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const simple = table[code];
    if (simple === 0) continue;
    if (codes === null) {
      codes = new Array<number>(text.length);
      for (let j = 0; j < text.length; j++) codes[j] = text.charCodeAt(j);
    }
    codes[i] = simple;
  }
  if (codes === null) return text;
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/**
 * Full-width ASCII forms to half width (（→(, ：→:, １→1) and U+3000 to a space.
 *
 * @example
 * foldWidth('（１）') // '(1)'
 */
export function foldWidth(text: string): string {
  // A long text goes through the native replace; a short one (a marker, a heading: most calls) by
  // a scan, which makes no match object for each full-width character (2.5× faster on markers).
  if (text.length > 64) {
    return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
      ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    );
  }
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3000 && (code < 0xff01 || code > 0xff5e)) continue;
    const half = code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
    out += from === i ? half : text.slice(from, i) + half;
    from = i + 1;
  }
  return from === 0 ? text : from === text.length ? out : out + text.slice(from);
}

/** Both folds: what recognisers match against. */
export function foldForMatching(text: string): string {
  return foldWidth(toSimplified(text));
}
