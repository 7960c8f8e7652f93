/**
 * Stage 5: body blocks → paragraphs and nested sections.
 *
 * Nesting follows the order in which marker styles appear: a marker of a style already open
 * closes that level and everything deeper and becomes its sibling; a new style opens a level
 * below the current one; a container style (部分/编/章/节/条, Markdown headings) closes every
 * level deeper than its rank. A heading line is split into heading and body text by the style's
 * heading rule (see numbering-styles.ts).
 */
import type { BodyContent, Paragraph, Position, Section } from '../types.js';
import { type Block, blockEnd, blockStart, markerOf, sliceBlock, sourceOffset } from './block.js';
import { isRegExpSpace } from './split-lines.js';
import type { Locator } from './locate.js';
import { type MarkerMatch, type NumberingStyle, markdownHeadingStyle } from '../numbering-styles.js';

/** A section while it is built, with the style that placed it. */
interface OpenSection {
  section: Section;
  style: NumberingStyle;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const OPENERS = '（(《〈<“‘「『【〔[';
const CLOSERS = '）)》〉>”’」』】〕]';
/** What a heading does not end with: sentence and list punctuation, Markdown emphasis (and white space). */
const TRAILING = new Set([...'。．.;；:：，,、*_'].map((ch) => ch.charCodeAt(0)));
const isEmphasis = (code: number) => code === 42 || code === 95; // * _

/**
 * A heading without what surrounds it: trailing punctuation and white space, Markdown emphasis
 * at either end, leading white space. One scan from each end, where four regular expressions
 * anchored at the end tried every position of a long heading.
 */
export function trimHeading(text: string): string {
  let start = 0;
  let end = text.length;
  while (end > start && (TRAILING.has(text.charCodeAt(end - 1)) || isRegExpSpace(text.charCodeAt(end - 1)))) end--;
  while (start < end && isEmphasis(text.charCodeAt(start))) start++;
  while (start < end && isRegExpSpace(text.charCodeAt(start))) start++;
  while (end > start && (TRAILING.has(text.charCodeAt(end - 1)) || isRegExpSpace(text.charCodeAt(end - 1)))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Reads the marker at the start of a block's content, or a Markdown heading without one. */
export function readMarker(block: Block): MarkerMatch | null {
  const kind = block.markdown?.kind;
  if (
    kind === 'code' ||
    kind === 'html' ||
    kind === 'table' ||
    kind === 'frontMatter' ||
    kind === 'blockquote' ||
    kind === 'thematicBreak'
  )
    return null;
  const match = markerOf(block);
  if (match) return match;
  if (kind === 'heading') return { style: markdownHeadingStyle(block.markdown?.depth ?? 1), marker: '', ordinal: 0 };
  return null;
}

// Character classes for firstSentenceEnd, by char code: 1 opens, 2 closes, 3 ends a sentence.
const CHAR_CLASS = new Uint8Array(0x10000);
for (const ch of OPENERS) CHAR_CLASS[ch.charCodeAt(0)] = 1;
for (const ch of CLOSERS) CHAR_CLASS[ch.charCodeAt(0)] = 2;
for (const ch of SENTENCE_END) CHAR_CLASS[ch.charCodeAt(0)] = 3;

/** Index of the first sentence end outside brackets and quotes, or -1. */
function firstSentenceEnd(text: string, from: number): number {
  let depth = 0;
  let straightQuotes = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34)
      straightQuotes ^= 1; // "
    else if (code === 46) {
      // A half-width full stop ends a sentence after a Chinese character or a closing bracket
      // (指导思想.坚持……, 加盖公章). 水路……), not in 1.5.
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 1);
      const stops = before >= 0x2e80 || ((before === 41 || before === 93) && !(after >= 48 && after <= 57));
      if (depth === 0 && straightQuotes === 0 && stops) return i;
    } else {
      const kind = CHAR_CLASS[code];
      if (kind === 1) depth++;
      else if (kind === 2) depth = Math.max(0, depth - 1);
      else if (kind === 3 && depth === 0 && straightQuotes === 0) return i;
    }
  }
  return -1;
}

/** Whether text[from…] holds anything but white space and Markdown emphasis (* _): a scan that stops at the first. */
function hasTextFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isEmphasis(code) && !isRegExpSpace(code)) return true;
  }
  return false;
}

/** Splits a numbered line into its marker, heading and the rest (body text), by the style's heading rule. */
function splitHeading(
  block: Block,
  match: MarkerMatch,
): { afterMarker: number; headingEnd: number; restStart: number; heading: string } {
  const { style } = match;
  const contentStart = block.syntaxLength;
  const afterMarker =
    contentStart +
    (match.marker === '' ? 0 : block.text.indexOf(match.marker, contentStart) - contentStart + match.marker.length);
  let headingEnd = block.text.length;
  let restStart = block.text.length;
  if (style.heading === 'none') {
    headingEnd = afterMarker;
    restStart = afterMarker;
    const bracketTitle = /^[\s　]*[【〔[]([^】〕\]]{1,30})[】〕\]]/.exec(block.text.slice(afterMarker));
    if (bracketTitle) {
      headingEnd = afterMarker + bracketTitle[0].length;
      restStart = headingEnd;
    }
  } else if (style.heading === 'sentence') {
    const end = firstSentenceEnd(block.text, afterMarker);
    if (end !== -1 && hasTextFrom(block.text, end + 1)) {
      headingEnd = end + 1;
      restStart = end + 1;
      // Markdown: **（一）指导思想。**坚持…… — the closing ** belongs to the heading.
      if (block.markdown) while (restStart < block.text.length && /[*_]/.test(block.text[restStart])) restStart++;
    }
  }
  let heading = block.text.slice(afterMarker, headingEnd);
  if (style.heading === 'none') {
    const bracketTitle = /[【〔[]([^】〕\]]+)[】〕\]]/.exec(heading);
    heading = bracketTitle ? bracketTitle[1] : '';
  }
  return { afterMarker, headingEnd, restStart, heading: trimHeading(heading) };
}

/**
 * A numbered line split into marker, heading and the rest (body text), with the spans of the
 * heading and of the line. The two start at one point, and often end at one: the points are
 * shared (they are never changed in place), a third fewer objects for many short sections.
 */
function placeHeading(
  block: Block,
  match: MarkerMatch,
  locator: Locator,
): { heading: string; restStart: number; headingPosition: Position; position: Position } {
  const { afterMarker, headingEnd, restStart, heading } = splitHeading(block, match);
  const headerEnd = sourceOffset(
    block,
    restStart < block.text.length
      ? restStart
      : headingEnd === block.text.length
        ? headingEnd
        : Math.max(headingEnd, afterMarker),
  );
  const start = blockStart(block);
  const end = blockEnd(block);
  const position = locator.position(start, end);
  const headingPosition =
    headerEnd === start || headerEnd === end
      ? { start: position.start, end: position.end }
      : { start: position.start, end: locator.point(headerEnd) };
  return { heading, restStart, headingPosition, position };
}

/**
 * The spans checkBrackets looks in (pairs of offsets, in document order): each paragraph and
 * part, and each heading after its marker. Gathered as the tree is built, not by another walk
 * over it (on a plan of 25,000 nodes a walk alone costs milliseconds: every node is elsewhere in
 * memory).
 */
export interface BracketSpans {
  text: string;
  offsets: number[];
  /** The markers' spans (pairs of offsets), where radicals standing for numerals are counted (⼀、). */
  markers: number[];
}

/** Builds the body of one container (the letter, the rules, an attachment). */
export function buildSections(blocks: Block[], locator: Locator, spans?: BracketSpans): BodyContent[] {
  const top: BodyContent[] = [];
  const stack: OpenSection[] = [];
  // A section's span runs from its marker to the end of its last descendant: set when it closes
  // (leaves the stack), when its subsections have closed before it.
  const close = (length: number) => {
    while (stack.length > length) extendToLastChild(stack.pop()!.section);
  };
  const counters = new Map<Section | null, Map<string, number>>();
  const usedIds = new Set<string>();
  // The next copy number to try for each id, so that repeats cost nothing extra (一、 × 40,000).
  const nextCopy = new Map<string, number>();

  const paragraph = (block: Block): Paragraph => {
    const start = blockStart(block);
    const end = blockEnd(block);
    spans?.offsets.push(start, end);
    return { type: 'paragraph', text: block.text, position: locator.position(start, end) };
  };
  const childrenOf = (): BodyContent[] => (stack.length > 0 ? stack[stack.length - 1].section.children : top);

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const match = readMarker(block);
    if (!match) {
      childrenOf().push(paragraph(block));
      continue;
    }
    const { style } = match;
    // Place the section: sibling of an open level of its family, else below the current one.
    const open = stack.findIndex((entry) => entry.style.family === style.family);
    if (open !== -1) close(open);
    else if (style.container) {
      while (
        stack.length > 0 &&
        (!stack[stack.length - 1].style.container || stack[stack.length - 1].style.rank >= style.rank)
      )
        close(stack.length - 1);
    }
    const parent = stack.length > 0 ? stack[stack.length - 1].section : null;

    // Unnumbered Markdown headings count their siblings for an ordinal.
    let ordinal = match.ordinal;
    if (match.marker === '') {
      const counts = counters.get(parent) ?? new Map<string, number>();
      ordinal = (counts.get(style.family) ?? 0) + 1;
      counts.set(style.family, ordinal);
      counters.set(parent, counts);
    }

    const { heading, restStart, headingPosition, position } = placeHeading(block, match, locator);
    const section: Section = {
      type: 'section',
      id: '',
      level: stack.length + 1,
      marker: match.marker,
      ordinal,
      style: style.name,
      heading,
      headingPosition,
      children: [],
      position,
    };
    // Ids are unique in a container: a repeated number (（三） twice, 一、 and 第一部分) gets ~2, ~3 …
    const id = parent ? `${parent.id}.${ordinal}` : String(ordinal);
    let unique = id;
    if (usedIds.has(unique)) {
      let copy = nextCopy.get(id) ?? 2;
      unique = `${id}~${copy}`;
      while (usedIds.has(unique)) unique = `${id}~${++copy}`;
      nextCopy.set(id, copy + 1);
    }
    usedIds.add(unique);
    section.id = unique;
    if (spans) {
      const start = headingPosition.start.offset;
      const markerEnd = spans.text.indexOf(match.marker, start) + match.marker.length;
      spans.offsets.push(match.marker === '' ? start : markerEnd, headingPosition.end.offset);
      if (match.marker !== '') spans.markers.push(markerEnd - match.marker.length, markerEnd);
    }
    childrenOf().push(section);
    stack.push({ section, style });
    const rest = restStart < block.text.length ? sliceBlock(block, restStart) : null;
    if (rest) section.children.push(paragraph(rest));
  }
  close(0);
  return top;
}

/** A closed section's span runs on to the end of its last child (whose own span is final). */
function extendToLastChild(section: Section): void {
  if (section.children.length === 0) return;
  const last = section.children[section.children.length - 1];
  if (last.position.end.offset > section.position.end.offset) {
    section.position = { start: section.position.start, end: last.position.end };
  }
}
