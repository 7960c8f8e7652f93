/**
 * Length-preserving character folds, for matching and for identity keys only. The text that
 * positions point into is never changed.
 */
import { TRADITIONAL_SIMPLIFIED_PAIRS } from './generated/traditional-to-simplified.js';
import { UNIFIED_ASTRAL, UNIFIED_PAIRS } from './generated/unified-ideographs.js';

let simplifiedOf: Uint16Array | undefined;
let unifiedOf: Uint16Array | undefined;
let matchingOf: Uint16Array | undefined;

/**
 * Code unit → the unified ideograph a Kangxi radical (⼀ U+2F00), a CJK radicals supplement form
 * (⻓ U+2ED3) or a CJK compatibility ideograph (U+F900–U+FAFF) stands for, where that ideograph is
 * in the BMP (0 elsewhere). Fonts such as Noto CJK draw both with one glyph, so PDFs made with them
 * give the radicals for the ideographs; built on first use from the Unicode data (generate-tables.js).
 */
export function unifiedTable(): Uint16Array {
  if (!unifiedOf) {
    unifiedOf = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < UNIFIED_PAIRS.length; i += 2) {
      unifiedOf[UNIFIED_PAIRS.charCodeAt(i)] = UNIFIED_PAIRS.charCodeAt(i + 1);
    }
  }
  return unifiedOf;
}

/** Both one-for-one tables in one: what foldForMatching maps (radicals first, then traditional forms). */
function matchingTable(): Uint16Array {
  if (!matchingOf) {
    matchingOf = simplifiedTable().slice();
    const unified = unifiedTable();
    const simplified = simplifiedTable();
    // Only the code units the pairs name are mapped in `unified` (a few hundred): a walk over all
    // 65,536 took 10–25 ms of every cold run, before V8 compiles the loop.
    for (let i = 0; i + 1 < UNIFIED_PAIRS.length; i += 2) {
      const code = UNIFIED_PAIRS.charCodeAt(i);
      if (unified[code] !== 0) matchingOf[code] = simplified[unified[code]] || unified[code];
    }
  }
  return matchingOf;
}

/** Characters that unifiedIdeographs maps (its BMP table and the few mapped outside the BMP). */
const COMPATIBILITY = /[\u2e80-\u2fdf\uf900-\ufaff]/;

/**
 * ⼀ → 一, ⽉ → 月, ⻓ → 长, 更 (U+F901) → 更: Kangxi radicals, CJK radicals supplement forms and CJK
 * compatibility ideographs to the unified ideographs a reader sees, with how many were mapped. The
 * few whose ideograph lies outside the BMP take two code units: use it on text that positions do not
 * point into yet (the text an extractor builds), or on values.
 *
 * @example
 * unifiedIdeographs('⼀、总体要求') // { text: '一、总体要求', count: 1 }
 */
export function unifiedIdeographs(text: string): { text: string; count: number } {
  if (!COMPATIBILITY.test(text)) return { text, count: 0 };
  const table = unifiedTable();
  let count = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80 || (code > 0x2fdf && code < 0xf900) || code > 0xfaff) continue;
    const unified = table[code] !== 0 ? String.fromCharCode(table[code]) : UNIFIED_ASTRAL[text[i]];
    if (unified === undefined) continue;
    out += text.slice(from, i) + unified;
    from = i + 1;
    count++;
  }
  return { text: count === 0 ? text : out + text.slice(from), count };
}

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
  return mapCodeUnits(text, simplifiedTable());
}

/** Replaces each code unit at or above U+2E80 that `table` maps (0: kept). */
function mapCodeUnits(text: string, table: Uint16Array): string {
  let codes: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
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

/**
 * What recognisers match against: radicals and compatibility ideographs as the unified ideographs
 * they stand for (⽉ → 月, where the ideograph is in the BMP), traditional characters simplified,
 * full-width ASCII forms half width. Length-preserving, so offsets into the folded text are
 * offsets into the text.
 *
 * @example
 * foldForMatching('9⽉底前（二）') // '9月底前(二)'
 */
export function foldForMatching(text: string): string {
  return foldWidth(mapCodeUnits(text, matchingTable()));
}
