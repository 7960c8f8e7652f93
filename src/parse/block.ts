/**
 * A block is one logical line of the document: a physical line, or several hard-wrapped lines
 * rejoined. It keeps the source range of each piece, so that any slice of its text can be
 * mapped back to exact source offsets.
 */

import { type MarkerMatch, matchMarker } from '../numbering-styles.js';
import { type MarkdownKind, isSpace } from './split-lines.js';

/** White space as the line splitter sees it, and line ends. */
const isBlank = (code: number) => code === 10 || code === 13 || isSpace(code);

export interface Segment {
  start: number;
  end: number;
}

export interface Block {
  /** Source ranges of the pieces, in order, without surrounding white space. */
  segments: Segment[];
  /** The pieces joined: the block's text with hard-wrap line breaks removed. */
  text: string;
  /** Markdown block kind and heading depth. */
  markdown?: { kind: MarkdownKind; depth?: number };
  /** Number of leading characters of `text` that are Markdown syntax (#, >, -, **). */
  syntaxLength: number;
  /** The line was centred in the layout (HTML, Word, PDF): a centred block at the top is the title. */
  centered?: boolean;
  /** The numbering marker at the start, once read (see markerOf); undefined until then. */
  marker?: MarkerMatch | null;
}

/**
 * A block with every field present from the start, in one order: all blocks share one shape, and
 * reading a block's marker later (markerOf) changes no block's shape (a field added afterwards
 * made V8 throw away the optimised code of the functions that had seen blocks without it).
 */
export function newBlock(
  segments: Segment[],
  text: string,
  markdown: Block['markdown'],
  syntaxLength: number,
  centered: boolean | undefined,
): Block {
  return { segments, text, markdown, syntaxLength, centered, marker: undefined };
}

/** The numbering marker at the start of a block's content (after Markdown syntax), read once. */
export function markerOf(block: Block): MarkerMatch | null {
  if (block.marker === undefined) block.marker = matchMarker(block.text.slice(block.syntaxLength));
  return block.marker;
}

/** Source offset of character `index` of the block's text (the end offset for index = length). */
export function sourceOffset(block: Block, index: number): number {
  let consumed = 0;
  for (let i = 0; i < block.segments.length; i++) {
    const segment = block.segments[i];
    const length = segment.end - segment.start;
    if (index < consumed + length) return segment.start + (index - consumed);
    consumed += length;
  }
  const last = block.segments[block.segments.length - 1];
  return last.end;
}

export function blockStart(block: Block): number {
  return block.segments[0].start;
}

export function blockEnd(block: Block): number {
  return block.segments[block.segments.length - 1].end;
}

/** The part of a block from text index `from` to `to`, white space trimmed; null when empty. */
export function sliceBlock(block: Block, from: number, to = block.text.length): Block | null {
  while (from < to && isBlank(block.text.charCodeAt(from))) from++;
  while (to > from && isBlank(block.text.charCodeAt(to - 1))) to--;
  if (from >= to) return null;
  const segments: Segment[] = [];
  let consumed = 0;
  for (let i = 0; i < block.segments.length; i++) {
    const segment = block.segments[i];
    const length = segment.end - segment.start;
    const start = Math.max(from, consumed);
    const end = Math.min(to, consumed + length);
    if (start < end) segments.push({ start: segment.start + start - consumed, end: segment.start + end - consumed });
    consumed += length;
  }
  return newBlock(segments, block.text.slice(from, to), block.markdown, from === 0 ? block.syntaxLength : 0, undefined);
}

/** Joins consecutive blocks into one (a title wrapped over two lines). */
export function mergeBlocks(blocks: Block[]): Block {
  if (blocks.length === 1) return blocks[0];
  return newBlock(
    blocks.flatMap((block) => block.segments),
    blocks.map((block) => block.text).join(''),
    blocks[0].markdown,
    blocks[0].syntaxLength,
    undefined,
  );
}
