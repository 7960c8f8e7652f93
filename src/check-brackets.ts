/**
 * Diagnostics for unclosed quotes and brackets inside one paragraph, heading or part. Full- and
 * half-width forms close each other (（…) is accepted), straight quotes pair by position.
 */
import type { Diagnostic } from './types.js';
import type { Locator } from './locate.js';

const PAIRS: Record<string, string> = {
  '（': '）', '(': ')', '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '『': '』', '【': '】', '〔': '〕',
};
const CLOSING = new Map<string, string[]>();
for (const [open, close] of Object.entries(PAIRS)) CLOSING.set(close, [...(CLOSING.get(close) ?? []), open]);
// Mixed widths: （…) and (…）.
CLOSING.get(')')!.push('（');
CLOSING.get('）')!.push('(');
/** Every character that opens or closes something, found by the regular-expression engine (fast on long text). */
const BRACKET = new RegExp(`[${[...new Set([...Object.keys(PAIRS), ...CLOSING.keys(), '"'])].map((char) => (/[()[\]]/.test(char) ? `\\${char}` : char)).join('')}]`, 'g');
const QUOTES = new Set(['“', '‘', '「', '『', '"']);

/** Checks `text.slice(start, end)`; pushes diagnostics with exact positions. */
export function checkBrackets(text: string, start: number, end: number, locator: Locator, diagnostics: Diagnostic[]): void {
  const stack: Array<{ char: string; offset: number }> = [];
  // test() finds the next bracket without building a match array.
  BRACKET.lastIndex = start;
  while (BRACKET.test(text)) {
    const offset = BRACKET.lastIndex - 1;
    if (offset >= end) break;
    const char = text[offset];
    if (char === '"') {
      const top = stack[stack.length - 1];
      if (top?.char === '"') stack.pop();
      else stack.push({ char, offset });
      continue;
    }
    if (PAIRS[char] !== undefined) {
      stack.push({ char, offset });
      continue;
    }
    const openers = CLOSING.get(char);
    if (!openers) continue;
    let match = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (openers.includes(stack[i].char)) {
        match = i;
        break;
      }
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
    for (const unclosed of stack.splice(match).slice(1)) report(unclosed, locator, diagnostics);
  }
  for (const unclosed of stack) report(unclosed, locator, diagnostics);
}

function report(unclosed: { char: string; offset: number }, locator: Locator, diagnostics: Diagnostic[]): void {
  const quote = QUOTES.has(unclosed.char);
  diagnostics.push({
    code: quote ? 'unclosed-quote' : 'unclosed-bracket',
    severity: 'warning',
    message: `${unclosed.char} is not closed${quote && unclosed.char === '"' ? ' (straight quotes pair by position)' : ''}`,
    position: locator.position(unclosed.offset, unclosed.offset + 1),
  });
}
