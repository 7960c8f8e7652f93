/**
 * Stage 2: text → physical lines, each with its content range (white space trimmed) and
 * whether it is indented (a two-character indent marks a paragraph in PDF-extracted text).
 */
/**
 * Markdown syntax a block came from, when the input is Markdown (set on the lines by the Markdown reader,
 * carried by the blocks).
 *
 * @example
 * const kind: MarkdownKind = 'heading'
 */
export type MarkdownKind =
  'heading' | 'blockquote' | 'html' | 'code' | 'thematicBreak' | 'listItem' | 'table' | 'frontMatter';

/**
 * One line of the source as split: its range, content range and indentation.
 *
 * @example
 * splitLines('　　一、总体要求\n', [0])[0].indented // true
 */
export interface PhysicalLine {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character before the line end. */
  end: number;
  /** Content without leading and trailing white space; contentStart === contentEnd for a blank line. */
  contentStart: number;
  contentEnd: number;
  indented: boolean;
  /** Set by the Markdown reader. */
  markdown?: { kind: MarkdownKind; depth?: number };
  /** Leading characters of the content that are Markdown syntax. */
  syntaxLength: number;
  /** The line holds only zero-width characters: a web page's inline break, not a paragraph break. */
  invisible?: boolean;
  /** Set from the layout of HTML, Word and PDF input: the line is centred. */
  centered?: boolean;
  /** Set from the layout of Word and PDF input: page furniture found by its place on the page. */
  layout?: 'page-number' | 'running-header' | 'running-footer';
}

/** The white space of JavaScript's \s above ASCII: Unicode's Zs, U+2028, U+2029 and U+FEFF. */
const WIDE_SPACES = new Set([0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/** White space as JavaScript's \s sees it (which includes U+3000 and U+FEFF), except line ends. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || code === 9 || code === 11 || code === 12;
  return isZeroWidth(code) || (code >= 0x2000 && code <= 0x200a) || WIDE_SPACES.has(code);
}

/** White space exactly as a regular expression's \s sees it: isSpace without zero-width characters, with line ends. */
export function isRegExpSpace(code: number): boolean {
  return code === 10 || code === 13 || (isSpace(code) && !isZeroWidth(code));
}

/** Zero-width spaces and joiners (U+200B–U+200D, U+2060): invisible, white space to kepu. */
function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}

/** Splits `text` at the given line starts (from the locator). */
export function splitLines(text: string, lineStarts: number[]): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  for (let index = 0; index < lineStarts.length; index++) {
    const start = lineStarts[index];
    let end = index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length;
    if (end > start && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let contentStart = start;
    let indentWidth = 0;
    while (contentStart < end && isSpace(text.charCodeAt(contentStart))) {
      indentWidth += text.charCodeAt(contentStart) === 0x3000 ? 2 : 1;
      contentStart++;
    }
    let contentEnd = end;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const line: PhysicalLine = {
      index,
      start,
      end,
      contentStart,
      contentEnd,
      indented: indentWidth >= 2,
      syntaxLength: 0,
    };
    if (contentStart === contentEnd && end > start && isZeroWidth(text.charCodeAt(start))) line.invisible = true;
    lines.push(line);
  }
  return lines;
}
