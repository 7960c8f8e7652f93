/**
 * The position check for pass outputs (deadlines, initiatives, their diagnostics): every position
 * inside the input, line and column agreeing with the offset, start before end, and, where the
 * item reports its text, the source slice equal to it but for line breaks and spaces that a
 * hard-wrapped source puts inside (年\n底前 is 年底前), and the page furniture (`furniture`: the
 * document's layout) between them.
 */
import { expect } from 'vitest';
import type { Position } from '../../src/types.js';
import { lineStartsOf } from './check-tree.js';

const SPACE = /[\s\u3000]/g;

/** Checks items that have a text and a position, then items that only have a position. */
export function checkPassPositions(
  source: string,
  withText: Array<{ text: string; position: Position }>,
  positionsOnly: Array<{ position: Position }> = [],
  furniture: Position[] = [],
): void {
  // A page's number or running head inside a span (a deadline broken across a page break: 12月 / — 3 — /
  // 底前) is furniture the text leaves out: blanked out of the slice as line breaks are.
  const sliceOf = (from: number, to: number) => {
    let slice = source.slice(from, to);
    for (const item of [...furniture].sort((a, b) => b.start.offset - a.start.offset)) {
      if (item.start.offset < from || item.end.offset > to) continue;
      slice = slice.slice(0, item.start.offset - from) + slice.slice(item.end.offset - from);
    }
    return slice;
  };
  const lineStarts = lineStartsOf(source);
  const check = (position: Position, what: string) => {
    for (const point of [position.start, position.end]) {
      expect(point.offset, `${what}: offset in bounds`).toBeGreaterThanOrEqual(0);
      expect(point.offset, `${what}: offset in bounds`).toBeLessThanOrEqual(source.length);
      expect(lineStarts[point.line - 1] + point.column - 1, `${what}: line and column agree with the offset`).toBe(
        point.offset,
      );
    }
    expect(position.start.offset, `${what}: start before end`).toBeLessThanOrEqual(position.end.offset);
  };
  for (const item of withText) {
    check(item.position, item.text);
    const slice = sliceOf(item.position.start.offset, item.position.end.offset);
    expect(slice.replace(SPACE, ''), `${item.text}: the slice is the text`).toBe(item.text.replace(SPACE, ''));
  }
  for (const item of positionsOnly) check(item.position, 'position');
}
