/**
 * Diagnostics for unclosed quotes and brackets inside one paragraph, heading or part. Full- and
 * half-width forms close each other (（…) is accepted), straight quotes pair by position.
 */
import type { Diagnostic } from '../types.js';
import type { Locator } from './locate.js';

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
const CLOSING = new Map<string, string[]>();
for (const [open, close] of Object.entries(PAIRS)) CLOSING.set(close, [...(CLOSING.get(close) ?? []), open]);
// Mixed widths: （…) and (…）.
CLOSING.get(')')!.push('（');
CLOSING.get('）')!.push('(');
/**
 * Every character that opens or closes something, by char code. The scan is a plain loop over
 * the range: a regular expression searched from `start` would run past `end` to the next bracket
 * of the whole text, for every paragraph (quadratic on a text with few brackets).
 */
const IS_BRACKET = new Uint8Array(0x10000);
for (const char of [...Object.keys(PAIRS), ...CLOSING.keys(), '"']) IS_BRACKET[char.charCodeAt(0)] = 1;
const QUOTES = new Set(['“', '‘', '「', '『', '"']);

/** Checks `text.slice(start, end)`; pushes diagnostics with exact positions. */
export function checkBrackets(
  text: string,
  start: number,
  end: number,
  locator: Locator,
  diagnostics: Diagnostic[],
): void {
  // The open brackets, as two parallel stacks (characters and offsets): no object per bracket;
  // and for each opening character the stack indices where it stands, so that a closing bracket
  // finds its opener without scanning the stack (（科普】 repeated would otherwise be quadratic).
  const chars: string[] = [];
  const offsets: number[] = [];
  const indicesOf = new Map<string, number[]>();
  const push = (char: string, offset: number) => {
    let indices = indicesOf.get(char);
    if (!indices) indicesOf.set(char, (indices = []));
    indices.push(chars.length);
    chars.push(char);
    offsets.push(offset);
  };
  const popTo = (length: number, reportUnclosed: boolean) => {
    if (reportUnclosed) for (let i = length; i < chars.length; i++) report(chars[i], offsets[i], locator, diagnostics);
    for (let i = chars.length - 1; i >= length; i--) indicesOf.get(chars[i])!.pop();
    chars.length = length;
    offsets.length = length;
  };
  for (let offset = start; offset < end; offset++) {
    if (IS_BRACKET[text.charCodeAt(offset)] === 0) continue;
    const char = text[offset];
    if (char === '"') {
      if (chars[chars.length - 1] === '"') popTo(chars.length - 1, false);
      else push(char, offset);
      continue;
    }
    if (PAIRS[char] !== undefined) {
      push(char, offset);
      continue;
    }
    const openers = CLOSING.get(char);
    if (!openers) continue;
    let match = -1;
    for (const opener of openers) {
      const indices = indicesOf.get(opener);
      if (indices && indices.length > 0) match = Math.max(match, indices[indices.length - 1]);
    }
    if (match === -1) {
      diagnostics.push({
        code: 'unmatched-bracket',
        severity: 'warning',
        message: `${char} closes nothing that was opened before it`,
        position: locator.position(offset, offset + 1),
      });
      continue;
    }
    // Whatever was opened after the matching bracket and is still open was never closed.
    popTo(match + 1, true);
    popTo(match, false);
  }
  popTo(0, true);
}

function report(char: string, offset: number, locator: Locator, diagnostics: Diagnostic[]): void {
  const quote = QUOTES.has(char);
  diagnostics.push({
    code: quote ? 'unclosed-quote' : 'unclosed-bracket',
    severity: 'warning',
    message: `${char} is not closed${quote && char === '"' ? ' (straight quotes pair by position)' : ''}`,
    position: locator.position(offset, offset + 1),
  });
}
