/**
 * The position check for pass outputs (deadlines, initiatives, their diagnostics): every position
 * inside the input, line and column agreeing with the offset, start before end, and, where the
 * item reports its text, the source slice equal to it but for line breaks and spaces that a
 * hard-wrapped source puts inside (年\n底前 is 年底前).
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
): void {
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
    const slice = source.slice(item.position.start.offset, item.position.end.offset);
    expect(slice.replace(SPACE, ''), `${item.text}: the slice is the text`).toBe(item.text.replace(SPACE, ''));
  }
  for (const item of positionsOnly) check(item.position, 'position');
}
