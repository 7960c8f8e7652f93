/**
 * Offsets ↔ unist points for one decoded text. Lines end at LF, CRLF or CR.
 */
import type { Point, Position } from '../types.js';

/**
 * Turns offsets into line and column (unist points), from the line starts of a text.
 *
 * @example
 * createLocator('一、\n二、').point(3) // { line: 2, column: 1, offset: 3 }
 */
export interface Locator {
  /** Offset of the first character of each line. */
  lineStarts: number[];
  point(offset: number): Point;
  position(start: number, end: number): Position;
}

/** Builds a locator for `text`; lookups are binary searches over the line starts. */
export function createLocator(text: string): Locator {
  const lineStarts = [0];
  if (text.indexOf('\r') === -1) {
    // The common case, LF only: jump from line end to line end.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) lineStarts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        lineStarts.push(i + 1);
      }
    }
  }
  // Lookups mostly go forward through the text: the line of the last one is tried first.
  let last = 0;
  const point = (offset: number): Point => {
    if (offset >= lineStarts[last] && (last + 1 === lineStarts.length || offset < lineStarts[last + 1]))
      return { line: last + 1, column: offset - lineStarts[last] + 1, offset };
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    last = low;
    return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
  };
  return { lineStarts, point, position: (start, end) => ({ start: point(start), end: point(end) }) };
}

/** Which line-end convention the text uses. */
export function detectLineEnding(text: string): 'lf' | 'crlf' | 'cr' | 'mixed' | 'none' {
  if (text.indexOf('\r') === -1) return text.indexOf('\n') === -1 ? 'none' : 'lf';
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (lf ? 1 : 0) + (crlf ? 1 : 0) + (cr ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf ? 'lf' : crlf ? 'crlf' : 'cr';
}
