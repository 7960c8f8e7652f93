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
import type { Locator } from '../parse/locate.js';

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

/** A section and the link above it: the path to a section, shared by everything below it. */
interface PathLink {
  section: Section;
  up: PathLink | null;
  depth: number;
}

/**
 * The location walkText gives, moved from text to text: one object for the whole walk (a plan of
 * 100,000 sections would otherwise make an object per text per pass, four passes per diff, and
 * most texts hold nothing a pass looks for). Its path is made from the links above its section
 * when first read at a step.
 */
class TextCursor implements TextLocation {
  text = '';
  node: Paragraph | Part | Section = undefined as unknown as Paragraph;
  kind: TextLocation['kind'] = 'paragraph';
  attachment: Attachment | null = null;
  #link: PathLink | null = null;
  /** The section whose heading the text is (it ends the path), or null. */
  #own: Section | null = null;
  #path: Section[] | undefined;

  /** Moves to the next text: `link` is the path above it, `own` the section it is the heading of. */
  at(
    text: string,
    node: Paragraph | Part | Section,
    kind: TextLocation['kind'],
    link: PathLink | null,
    own: Section | null,
    attachment: Attachment | null,
  ): this {
    this.text = text;
    this.node = node;
    this.kind = kind;
    this.attachment = attachment;
    this.#link = link;
    this.#own = own;
    this.#path = undefined;
    return this;
  }

  get section(): Section | null {
    return this.#own ?? this.#link?.section ?? null;
  }

  get path(): Section[] {
    if (this.#path === undefined) {
      const above = this.#link?.depth ?? 0;
      const path: Section[] = new Array(above + (this.#own ? 1 : 0));
      for (let link = this.#link; link !== null; link = link.up) path[link.depth - 1] = link.section;
      if (this.#own) path[above] = this.#own;
      this.#path = path;
    }
    return this.#path;
  }
}

/**
 * Every readable text of the document in reading order. The location given is one object moved
 * from text to text, like a tree walker's: read it before the next step, and copy what you keep
 * (its path is a new array each step, and may be kept).
 */
export function* walkText(document: Document): Generator<TextLocation> {
  // An explicit stack of the lists being walked: one step per text however deep the sections
  // nest, where a recursive generator passes every text up through each level.
  interface Frame {
    nodes: Array<RootContent | BodyContent>;
    next: number;
    link: PathLink | null;
    attachment: Attachment | null;
  }
  const cursor = new TextCursor();
  const stack: Frame[] = [{ nodes: document.children, next: 0, link: null, attachment: null }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next === frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.next++];
    const { link, attachment } = frame;
    if (node.type === 'paragraph') yield cursor.at(node.text, node, 'paragraph', link, null, attachment);
    else if (node.type === 'part') {
      if (READ_PARTS.has(node.role))
        yield cursor.at(
          node.text.replace(/^#+\s*/, ''),
          node,
          node.role === 'title' ? 'title' : 'paragraph',
          link,
          null,
          attachment,
        );
    } else if (node.type === 'section') {
      yield cursor.at(node.heading, node, 'heading', link, node, attachment);
      // A link and a frame only for a section with something below it (most have nothing).
      if (node.children.length > 0) {
        const inner: PathLink = { section: node, up: link, depth: (link?.depth ?? 0) + 1 };
        stack.push({ nodes: node.children, next: 0, link: inner, attachment });
      }
    } else if (node.type === 'attachment') {
      stack.push({ nodes: node.children, next: 0, link: null, attachment: node });
    }
  }
}

/**
 * Maps indices of one location's text to source positions. With the source, the text is matched
 * as a subsequence of the node's slice (hard-wrap breaks and page furniture are skipped); without
 * it, the text is taken to start at the node (exact unless the text was hard-wrapped). Indices
 * asked in increasing order (as the passes ask them) continue from the last one, so that a
 * paragraph with many matches is walked once, not once per match.
 */
export function createTextMapper(
  location: TextLocation,
  source: string | undefined,
  locator: Locator | null,
  furniture: Furniture = NO_FURNITURE,
): (from: number, to: number) => Position {
  const start =
    location.node.type === 'section'
      ? headingStart(location.node, furniture, source)
      : location.node.position.start.offset;
  const end =
    location.node.type === 'section' ? location.node.headingPosition.end.offset : location.node.position.end.offset;
  const text = location.text;
  // The walk's state: text index `matched` corresponds to source offset `offset`.
  let matched = 0;
  let offset = start;
  // Asked out of order (nested names), the whole text is mapped once into a table.
  let table: Int32Array | null = null;
  const offsetOf = (index: number, isEnd: boolean): number => {
    if (!source) return start + index;
    if (index < matched && table === null) {
      // table[i]: the offset the walk reaches once i characters of the text are matched.
      table = new Int32Array(text.length + 1).fill(end);
      table[0] = start;
      for (let i = 0, at = start; i < text.length && at < end; at++) {
        at = furniture.skip(at);
        if (source[at] === text[i]) table[++i] = at + 1;
      }
    }
    if (table !== null) {
      offset = table[Math.min(index, text.length)];
    } else {
      for (; matched < index && offset < end; offset++) {
        offset = furniture.skip(offset);
        if (source[offset] === text[matched]) matched++;
      }
    }
    // An end stays just after the last character; a start lands on its character, past a line
    // break (or page furniture) that the text does not have.
    let at = offset;
    if (isEnd && index > 0) return Math.min(at, end);
    const wanted = text[index] ?? '';
    if (!/[\s\u3000]/.test(wanted)) {
      for (let next = furniture.skip(at); at < end; next = furniture.skip(at)) {
        if (next !== at) at = next;
        else if (/[\s\u3000]/.test(source[at])) at++;
        else break;
      }
    }
    // Syntax the text leaves out (a Markdown #, >, ** before it): on to the character itself.
    if (wanted !== '' && source[at] !== wanted) {
      const found = source.indexOf(wanted, at);
      if (found !== -1 && found < end && furniture.skip(found) === found) at = found;
    }
    return Math.min(at, end);
  };
  const point = (index: number, isEnd: boolean): Point => {
    const at = offsetOf(index, isEnd);
    if (locator) return locator.point(at);
    const first = location.node.position.start;
    return { line: first.line, column: first.column + (at - first.offset), offset: at };
  };
  return (from, to) => ({ start: point(from, false), end: point(to, to > from) });
}

function headingStart(section: Section, furniture: Furniture, source?: string): number {
  const start = section.headingPosition.start.offset;
  if (!source || section.heading === '') return start + section.marker.length;
  // The heading's first character, not one in page furniture (a page number between its lines).
  let found = source.indexOf(section.heading.slice(0, 1), start + section.marker.length);
  while (found !== -1 && furniture.skip(found) !== found) {
    found = source.indexOf(section.heading.slice(0, 1), furniture.skip(found));
  }
  return found === -1 || found > section.headingPosition.end.offset ? start + section.marker.length : found;
}

/** Page furniture (page numbers, running headers) that a node's span holds but its text does not. */
export interface Furniture {
  /** The first offset at or after `offset` outside any furniture. */
  skip(offset: number): number;
}

const NO_FURNITURE: Furniture = { skip: (offset) => offset };

/** The document's layout items as furniture to skip (binary search over their sorted spans). */
export function furnitureOf(document: Document): Furniture {
  if (document.layout.length === 0) return NO_FURNITURE;
  const spans = document.layout
    .map((item) => [item.position.start.offset, item.position.end.offset] as const)
    .sort((a, b) => a[0] - b[0]);
  return {
    skip(offset) {
      let low = 0;
      let high = spans.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (spans[middle][1] <= offset) low = middle + 1;
        else if (spans[middle][0] > offset) high = middle - 1;
        else return spans[middle][1];
      }
      return offset;
    },
  };
}

/** The markers and headings from the top of the container: [{marker: '三、', heading: '…'}, …]. */
export function describePath(path: Section[]): Array<{ marker: string; heading: string }> {
  return path.map((section) => ({ marker: section.marker, heading: section.heading }));
}

/**
 * Whether indices of `text` lie inside 《…》, asked in increasing order: one pass over the text
 * in all (an unclosed 《 runs to the end of the text).
 */
export function createBookTitleTest(text: string): (index: number) => boolean {
  let searchedTo = 0;
  let open = -1;
  let close = -1;
  return (index: number) => {
    if (index < searchedTo) {
      searchedTo = 0;
      open = -1;
      close = -1;
    }
    while (searchedTo <= index) {
      const ch = text[searchedTo];
      if (ch === '《') {
        open = searchedTo;
        close = -1;
      } else if (ch === '》' && open !== -1 && close === -1) close = searchedTo;
      searchedTo++;
    }
    // Inside the last 《 at or before the index, unless its 》 came before the index.
    return open !== -1 && (close === -1 || close >= index);
  };
}

/** What every command calls the text of a plan before its first numbered section. */
export const LEAD_IN_NAME = '(lead-in)';
