/**
 * Diagnostics for unclosed quotes and brackets inside one paragraph, heading or part. Full- and
 * half-width forms close each other (（…) is accepted), straight quotes pair by position.
 */
import type { Diagnostic } from '../types.js';
import type { Locator } from './locate.js';
import { cappedDiagnostics } from './capped-diagnostics.js';
import { unifiedTable } from '../normalize.js';

const PAIRS: Record<string, string> = {
  '（': '）',
  '(': ')',
  '《': '》',
  '〈': '〉',
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '【': '】',
  '〔': '〕',
};
/** Each opening character's slot (1, 2, …; 0 for any other character), by char code. */
const OPENER_SLOT = new Uint8Array(0x10000);
const OPENERS = Object.keys(PAIRS);
OPENERS.forEach((open, index) => (OPENER_SLOT[open.charCodeAt(0)] = index + 1));
/** For each closing character, by char code, the slots of what it closes. */
const CLOSES = new Map<number, number[]>();
const closes = (close: string, open: string) => {
  const code = close.charCodeAt(0);
  CLOSES.set(code, [...(CLOSES.get(code) ?? []), OPENER_SLOT[open.charCodeAt(0)]]);
};
for (const [open, close] of Object.entries(PAIRS)) closes(close, open);
// Mixed widths: （…) and (…）.
closes(')', '（');
closes('）', '(');
const STRAIGHT_QUOTE = 0x22;
/**
 * The blocks of Kangxi radicals, the CJK radicals supplement and the CJK compatibility ideographs:
 * the same scan counts them (a text copied from a PDF set in Noto CJK has ⼀ for 一), so that a
 * note can say how many were read through, without a second pass over a plan of megabytes.
 */
const COMPATIBILITY_RANGES = '\\u2e80-\\u2fdf\\uf900-\\ufaff';
const isCompatibility = (code: number) => (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff);

/**
 * The radicals and compatibility ideographs met in the checked ranges that stand for a unified
 * ideograph in the BMP (those that the recognisers read through), and the offset of the first.
 */
export interface CompatibilityCount {
  count: number;
  first: number;
}
/**
 * Every character that opens or closes something, and the compatibility blocks. The ranges are scanned with one regular
 * expression moving forward through the text (native code from the first run, where a loop over
 * char codes starts interpreted): a match past a range's end is kept for the ranges after it, so
 * that no stretch of text is searched twice.
 */
const BRACKET = new RegExp(
  `[${[...OPENERS.map((open) => open.charCodeAt(0)), ...CLOSES.keys(), STRAIGHT_QUOTE]
    .map((code) => `\\u${code.toString(16).padStart(4, '0')}`)
    .join('')}${COMPATIBILITY_RANGES}]`,
  'g',
);
const QUOTES = new Set(['“', '‘', '「', '『', '"']);

/**
 * Checks the ranges `text.slice(ranges[i], ranges[i + 1])` (i even), each on its own; pushes
 * diagnostics with exact positions, range by range. One call for all the ranges of a document, so
 * that the loop is compiled once it runs long, not after thousands of short calls.
 */
export function checkBrackets(
  text: string,
  ranges: readonly number[],
  locator: Locator,
  diagnostics: Diagnostic[],
): CompatibilityCount {
  const compatibility: CompatibilityCount = { count: 0, first: -1 };
  const unified = unifiedTable();
  // The open brackets, as two parallel stacks (char codes and offsets): no object per bracket;
  // and for each opening character the stack indices where it stands, so that a closing bracket
  // finds its opener without scanning the stack (（科普】 repeated would otherwise be quadratic).
  // The straight quote, which opens and closes, has slot 0.
  const codes: number[] = [];
  const offsets: number[] = [];
  // Listed one by one up to a limit per range, then counted (a line of 300,000 unclosed brackets).
  const listed = cappedDiagnostics(diagnostics, locator.position);
  const indicesOf: number[][] = [[], ...OPENERS.map(() => [])];
  const slotOf = (code: number) => (code === STRAIGHT_QUOTE ? 0 : OPENER_SLOT[code]);
  /** Closes the stack down to `length`, reporting what it closes as unclosed if asked. */
  const popTo = (length: number, reportUnclosed: boolean) => {
    while (codes.length > length) {
      const code = codes.pop()!;
      const offset = offsets.pop()!;
      indicesOf[slotOf(code)].pop();
      if (reportUnclosed) unclosed.push(code, offset);
    }
    // Reported in the order they were opened.
    for (let i = unclosed.length - 2; i >= 0; i -= 2) report(unclosed[i], unclosed[i + 1], listed);
    if (unclosed.length > 0) unclosed.length = 0;
  };
  const unclosed: number[] = [];
  // The first bracket at or after `searchedFrom` (-1: none is left): a search is made only when
  // that is not the answer, so the text is searched once from end to end.
  let searchedFrom = -1;
  let next = -1;
  const nextBracket = (from: number): number => {
    if (searchedFrom === -1 || from < searchedFrom || (next !== -1 && next < from)) {
      // test(), not exec(): no match array for each of a plan's thousands of brackets. Every
      // bracket is one code unit, so the match is just before where the search stopped.
      BRACKET.lastIndex = from;
      next = BRACKET.test(text) ? BRACKET.lastIndex - 1 : -1;
      searchedFrom = from;
    }
    return next;
  };
  for (let range = 0; range + 1 < ranges.length; range += 2) {
    const end = ranges[range + 1];
    const first = nextBracket(ranges[range]);
    // Most paragraphs and headings hold no bracket: nothing to open, close or report there.
    if (first === -1 || first >= end) continue;
    for (let offset = first; offset !== -1 && offset < end; offset = nextBracket(offset + 1)) {
      const code = text.charCodeAt(offset);
      if (isCompatibility(code)) {
        if (unified[code] !== 0 && compatibility.count++ === 0) compatibility.first = offset;
        continue;
      }
      if (code === STRAIGHT_QUOTE && codes.length > 0 && codes[codes.length - 1] === STRAIGHT_QUOTE) {
        popTo(codes.length - 1, false);
        continue;
      }
      if (code === STRAIGHT_QUOTE || OPENER_SLOT[code] !== 0) {
        indicesOf[slotOf(code)].push(codes.length);
        codes.push(code);
        offsets.push(offset);
        continue;
      }
      const slots = CLOSES.get(code);
      if (!slots) continue;
      let match = -1;
      for (let s = 0; s < slots.length; s++) {
        const indices = indicesOf[slots[s]];
        if (indices.length > 0) match = Math.max(match, indices[indices.length - 1]);
      }
      if (match === -1) {
        listed.add(
          'unmatched-bracket',
          offset,
          offset + 1,
          () => `${text[offset]} closes nothing that was opened before it`,
        );
        continue;
      }
      // Whatever was opened after the matching bracket and is still open was never closed.
      popTo(match + 1, true);
      popTo(match, false);
    }
    popTo(0, true);
    listed.finish();
  }
  return compatibility;
}

function report(code: number, offset: number, listed: ReturnType<typeof cappedDiagnostics>): void {
  const char = String.fromCharCode(code);
  const quote = QUOTES.has(char);
  listed.add(
    quote ? 'unclosed-quote' : 'unclosed-bracket',
    offset,
    offset + 1,
    () => `${char} is not closed${quote && char === '"' ? ' (straight quotes pair by position)' : ''}`,
  );
}

/**
 * Adds the radicals and compatibility ideographs of the given spans (the markers, which the
 * bracket check leaves out: ⼀、 第⼗条) to a count.
 */
export function countCompatibility(
  text: string,
  ranges: readonly number[],
  found: CompatibilityCount,
): CompatibilityCount {
  const unified = unifiedTable();
  for (let range = 0; range + 1 < ranges.length; range += 2) {
    for (let offset = ranges[range]; offset < ranges[range + 1]; offset++) {
      if (unified[text.charCodeAt(offset)] === 0) continue;
      if (found.first === -1 || offset < found.first) found.first = offset;
      found.count++;
    }
  }
  return found;
}
