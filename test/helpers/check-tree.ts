/**
 * The shared tree checker, run on every parse in the suite: positions present, consistent and
 * ordered; children inside parents; each leaf's text equal to its source slice (hard-wrap line
 * breaks and page furniture removed); every non-blank character owned by exactly one leaf,
 * heading or layout item (the lossless property); the JSON round trip; the schema.
 */
import { expect } from 'vitest';
import type { Document, Position } from '../../src/types.js';
import validateDocument from '../../src/generated/validate-document.js';

type AnyNode = { type: string; position: Position; children?: AnyNode[]; text?: string; headingPosition?: Position };

function checkPosition(position: Position, text: string, lineStarts: number[], where: string): void {
  for (const point of [position.start, position.end]) {
    expect(point.offset, `${where}: offset in bounds`).toBeGreaterThanOrEqual(0);
    expect(point.offset, `${where}: offset in bounds`).toBeLessThanOrEqual(text.length);
    expect(lineStarts[point.line - 1] + point.column - 1, `${where}: line/column match offset`).toBe(point.offset);
  }
  expect(position.start.offset, `${where}: start before end`).toBeLessThanOrEqual(position.end.offset);
}

/** The offset where each line starts (LF, CRLF or CR line ends). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

const BLANK = /[\s\u3000\u00a0\ufeff\u200b-\u200d\u2060]/;

/** Checks a tree against the decoded text it was parsed from. */
export function checkTree(document: Document, text: string): void {
  const lineStarts = lineStartsOf(text);
  const owned = new Uint8Array(text.length);
  const layoutOffsets = new Uint8Array(text.length);
  for (const item of document.layout) layoutOffsets.fill(1, item.position.start.offset, item.position.end.offset);
  // A node's span may run across page furniture (a paragraph over a page break): that belongs to the layout.
  const own = (position: Position, where: string, isLayout = false) => {
    for (let i = position.start.offset; i < position.end.offset; i++) {
      if (BLANK.test(text[i]) || (!isLayout && layoutOffsets[i])) continue;
      expect(owned[i], `${where}: character ${i} (${text[i]}) owned twice`).toBe(0);
      owned[i] = 1;
    }
  };
  const layoutLines = new Set(document.layout.map((item) => item.position.start.line));
  for (const item of document.layout) {
    checkPosition(item.position, text, lineStarts, 'layout');
    expect(text.slice(item.position.start.offset, item.position.end.offset)).toBe(item.text);
    own(item.position, 'layout', true);
  }

  const visit = (node: AnyNode, parent: AnyNode | null, where: string): void => {
    checkPosition(node.position, text, lineStarts, where);
    if (parent && parent.type !== 'document') {
      expect(node.position.start.offset, `${where}: inside parent`).toBeGreaterThanOrEqual(
        parent.position.start.offset,
      );
      expect(node.position.end.offset, `${where}: inside parent`).toBeLessThanOrEqual(parent.position.end.offset);
    }
    if (node.type === 'paragraph' || node.type === 'part') {
      // The leaf's text is its source slice without the line breaks of hard wraps.
      const slice = text.slice(node.position.start.offset, node.position.end.offset);
      const lines = slice.split(/\r\n|\r|\n/);
      const firstLine = node.position.start.line;
      const kept = lines
        .filter((_, index) => !layoutLines.has(firstLine + index))
        .map((line) =>
          line.replace(/^[\s\u3000\ufeff\u200b-\u200d\u2060]+|[\s\u3000\ufeff\u200b-\u200d\u2060]+$/g, ''),
        );
      expect(node.text, `${where}: text equals its source slice`).toBe(kept.join(''));
      own(node.position, where);
    }
    if (node.type === 'section') {
      checkPosition(node.headingPosition!, text, lineStarts, `${where} heading`);
      own(node.headingPosition!, `${where} heading`);
    }
    let previousEnd = -1;
    for (const [index, child] of (node.children ?? []).entries()) {
      expect(child.position.start.offset, `${where}/${index}: siblings ordered`).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = child.position.end.offset;
      visit(child, node, `${where}/${index}(${child.type})`);
    }
  };
  visit(document as unknown as AnyNode, null, 'document');

  // Lossless: every non-blank character belongs to a node or a layout item.
  for (let i = 0; i < text.length; i++) {
    if (!BLANK.test(text[i]) && !owned[i]) {
      const line = lineStartsOf(text.slice(0, i)).length;
      expect.fail(
        `character ${i} (${text[i]}) on line ${line} belongs to no node: "${text.slice(Math.max(0, i - 10), i + 10)}"`,
      );
    }
  }
  for (const diagnostic of document.diagnostics)
    checkPosition(diagnostic.position, text, lineStarts, `diagnostic ${diagnostic.code}`);

  expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  const valid = validateDocument(document);
  expect((validateDocument as unknown as { errors: unknown }).errors ?? null, 'schema errors').toBeNull();
  expect(valid).toBe(true);
}
