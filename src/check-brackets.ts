/**
 * Diagnostics for unclosed quotes and brackets inside one paragraph, heading or part. Full- and
 * half-width forms close each other (（…) is accepted), straight quotes pair by position.
 */
import type { Diagnostic } from './types.js';
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
/** Every character that opens or closes something, found by the regular-expression engine (fast on long text). */
const BRACKET = new RegExp(
  `[${[...new Set([...Object.keys(PAIRS), ...CLOSING.keys(), '"'])].map((char) => (/[()[\]]/.test(char) ? `\\${char}` : char)).join('')}]`,
  'g',
);
const QUOTES = new Set(['“', '‘', '「', '『', '"']);

/** Checks `text.slice(start, end)`; pushes diagnostics with exact positions. */
export function checkBrackets(
  text: string,
  start: number,
  end: number,
  locator: Locator,
  diagnostics: Diagnostic[],
): void {
  // The open brackets, as two parallel stacks (characters and offsets): no object per bracket.
  const chars: string[] = [];
  const offsets: number[] = [];
  // test() finds the next bracket without building a match array.
  BRACKET.lastIndex = start;
  while (BRACKET.test(text)) {
    const offset = BRACKET.lastIndex - 1;
    if (offset >= end) break;
    const char = text[offset];
    if (char === '"') {
      if (chars[chars.length - 1] === '"') {
        chars.pop();
        offsets.pop();
      } else {
        chars.push(char);
        offsets.push(offset);
      }
      continue;
    }
    if (PAIRS[char] !== undefined) {
      chars.push(char);
      offsets.push(offset);
      continue;
    }
    const openers = CLOSING.get(char);
    if (!openers) continue;
    let match = chars.length - 1;
    while (match >= 0 && !openers.includes(chars[match])) match--;
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
    for (let i = match + 1; i < chars.length; i++) report(chars[i], offsets[i], locator, diagnostics);
    chars.length = match;
    offsets.length = match;
  }
  for (let i = 0; i < chars.length; i++) report(chars[i], offsets[i], locator, diagnostics);
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
