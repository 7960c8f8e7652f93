/**
 * Shared by the passes that read text out of a tree (deadlines, initiatives): walks every piece
 * of readable text with the section it sits in, and maps an index in a node's text back to a
 * source offset.
 */
import type {
  Attachment,
  BodyContent,
  Document,
  Paragraph,
  Part,
  Point,
  Position,
  RootContent,
  Section,
} from '../types.js';
import type { Locator } from '../locate.js';

/** Where a piece of text sits in the hierarchy. */
export interface TextLocation {
  /** The readable text: a paragraph, a heading, a title. */
  text: string;
  /** The node the text belongs to; for a section, the text is its heading, after the marker. */
  node: Paragraph | Part | Section;
  kind: 'paragraph' | 'heading' | 'title';
  /** The innermost section around the text, or null outside any. */
  section: Section | null;
  /** The sections from the top of the container down to `section`. */
  path: Section[];
  /** The attachment the text sits in, or null for the document's own body. */
  attachment: Attachment | null;
}

const READ_PARTS = new Set(['title', 'addressees']);

/** Every readable text of the document in reading order. */
export function* walkText(document: Document): Generator<TextLocation> {
  function* visit(
    nodes: Array<RootContent | BodyContent>,
    path: Section[],
    attachment: Attachment | null,
  ): Generator<TextLocation> {
    for (const node of nodes) {
      const section = path[path.length - 1] ?? null;
      if (node.type === 'paragraph') yield { text: node.text, node, kind: 'paragraph', section, path, attachment };
      else if (node.type === 'part') {
        if (READ_PARTS.has(node.role))
          yield {
            text: node.text.replace(/^#+\s*/, ''),
            node,
            kind: node.role === 'title' ? 'title' : 'paragraph',
            section,
            path,
            attachment,
          };
      } else if (node.type === 'section') {
        const next = [...path, node];
        yield { text: node.heading, node, kind: 'heading', section: node, path: next, attachment };
        yield* visit(node.children, next, attachment);
      } else if (node.type === 'attachment') {
        yield* visit(node.children, [], node);
      }
    }
  }
  yield* visit(document.children, [], null);
}

/**
 * Source offset of `index` in a location's text. With the source, the text is matched as a
 * subsequence of the node's slice (hard-wrap breaks and page furniture are skipped); without it,
 * the text is taken to start at the node (exact unless the text was hard-wrapped).
 */
export function sourceOffsetOf(location: TextLocation, index: number, source?: string): number {
  const start =
    location.node.type === 'section' ? headingStart(location.node, source) : location.node.position.start.offset;
  if (!source) return start + index;
  let offset = start;
  const end =
    location.node.type === 'section' ? location.node.headingPosition.end.offset : location.node.position.end.offset;
  for (let i = 0; i < index && offset < end; offset++) {
    if (source[offset] === location.text[i]) i++;
  }
  while (offset < end && /[\s\u3000]/.test(source[offset]) && !/[\s\u3000]/.test(location.text[index] ?? '')) offset++;
  return offset;
}

function headingStart(section: Section, source?: string): number {
  const start = section.headingPosition.start.offset;
  if (!source || section.heading === '') return start + section.marker.length;
  const found = source.indexOf(section.heading.slice(0, 1), start + section.marker.length);
  return found === -1 || found > section.headingPosition.end.offset ? start + section.marker.length : found;
}

/**
 * A position for a span of a location's text. With a locator of the source, exact; without, the
 * span is taken to lie on the node's first line (exact unless the text was hard-wrapped).
 */
export function positionOf(
  location: TextLocation,
  from: number,
  to: number,
  source: string | undefined,
  locator: Locator | null,
): Position {
  const point = (index: number): Point => {
    const offset = sourceOffsetOf(location, index, source);
    if (locator) return locator.point(offset);
    const start = location.node.position.start;
    return { line: start.line, column: start.column + (offset - start.offset), offset };
  };
  return { start: point(from), end: point(to) };
}

/** The markers and headings from the top of the container: [{marker: '三、', heading: '…'}, …]. */
export function describePath(path: Section[]): Array<{ marker: string; heading: string }> {
  return path.map((section) => ({ marker: section.marker, heading: section.heading }));
}

/** Whether index `index` of `text` lies inside 《…》. */
export function insideBookTitle(text: string, index: number): boolean {
  const open = text.lastIndexOf('《', index);
  if (open === -1) return false;
  const close = text.indexOf('》', open);
  return close === -1 || close >= index;
}

/** What every command calls the text of a plan before its first numbered section. */
export const LEAD_IN_NAME = '(lead-in)';
