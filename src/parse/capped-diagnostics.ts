/**
 * Diagnostics of one text (a paragraph, a heading, a part) with a limit per code: the first
 * PER_TEXT_LIMIT are listed one by one, and the rest of that code are counted in one diagnostic
 * that spans them. A line of 300,000 unclosed brackets says so in 21 diagnostics, not 300,000:
 * the count and the span keep what the others said, at a fraction of the memory and time.
 */
import type { Diagnostic, Position } from '../types.js';

/** How many diagnostics of one code one text lists one by one. */
export const PER_TEXT_LIMIT = 20;

type CappedCode = 'unclosed-quote' | 'unclosed-bracket' | 'unmatched-bracket';

/** What the diagnostic that counts the rest says, by code. */
const MORE: Record<CappedCode, (count: number) => string> = {
  'unclosed-bracket': (count) => `${count} more brackets here are not closed`,
  'unclosed-quote': (count) => `${count} more quotes here are not closed`,
  'unmatched-bracket': (count) => `${count} more closing brackets here close nothing`,
};

/**
 * A list of one text's diagnostics, capped per code. `add` lists a diagnostic or counts it;
 * `finish` adds the counts (call it at the end of each text).
 *
 * @example
 * const list = cappedDiagnostics(diagnostics, (start, end) => locator.position(start, end))
 * list.add('unclosed-bracket', 4, 5, () => '（ is not closed')
 * list.finish()
 */
export function cappedDiagnostics(diagnostics: Diagnostic[], position: (start: number, end: number) => Position) {
  const listed = new Map<CappedCode, number>();
  const more = new Map<CappedCode, { count: number; start: number; end: number }>();
  return {
    add(code: CappedCode, start: number, end: number, message: () => string): void {
      const count = listed.get(code) ?? 0;
      if (count < PER_TEXT_LIMIT) {
        listed.set(code, count + 1);
        diagnostics.push({ code, severity: 'warning', message: message(), position: position(start, end) });
        return;
      }
      const rest = more.get(code);
      if (rest) {
        rest.count++;
        rest.start = Math.min(rest.start, start);
        rest.end = Math.max(rest.end, end);
      } else more.set(code, { count: 1, start, end });
    },
    finish(): void {
      // Called once per text: most have nothing to add, and iterating even an empty map makes an iterator.
      if (more.size === 0 && listed.size === 0) return;
      for (const [code, rest] of more) {
        diagnostics.push({
          code,
          severity: 'warning',
          message: `${MORE[code](rest.count)} (the first ${PER_TEXT_LIMIT} are listed one by one)`,
          position: position(rest.start, rest.end),
        });
      }
      if (listed.size > 0) listed.clear();
      if (more.size > 0) more.clear();
    },
  };
}
