/**
 * The fast Markdown path: for a file whose blocks are only ATX headings, list items, paragraphs,
 * thematic breaks and one-line HTML comments (what scraped Chinese circulars and laws use), the
 * lines are marked by CommonMark's rules line by line, without remark. Anything else (code,
 * tables, blockquotes, other HTML, setext headings, link definitions, indented lines) sends the
 * file to remark (`needsFullParser`). A test checks that both paths mark every fixture and
 * generated document the same.
 */
import type { PhysicalLine } from '../parse/split-lines.js';

/** Lines that only remark reads right. */
const NEEDS_REMARK = [
  /^ {0,3}(?:```|~~~)/, // fenced code
  /^(?: {4,}|\t)[^ \t]/, // indented code (or a list item's nested block)
  /^ {0,3}<(?!!--.*-->\s*$)/, // HTML other than a one-line comment
  /\|/, // a table, or a pipe that might start one
  /^ {0,3}\[[^\]]+\]:/, // link reference definition
  /^ {0,3}(?:=+|-+)\s*$/, // setext underline (or a thematic break made of dashes under a paragraph)
  /^ {1,3}(?:[-*+#>_]|[0-9]{1,9}[.)])/, // an indented marker: nested in a list item, or not
  /^ {0,3}(?:[-*+]|[0-9]{1,9}[.)])(?: {5,}|[ \t]*\t)/, // an item that starts with indented code
  /^ {0,3}(?:[-*+]|[0-9]{1,9}[.)])[ \t]+(?:#|>|[-*+](?:[ \t]|$)|[0-9]{1,9}[.)](?:[ \t]|$)|```|~~~|<|(?:[*_-][ \t]*){3,}$)/, // a block inside a list item
];

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const BULLET = /^ {0,3}([-*+])(?:[ \t]+(?=[^ \t])|[ \t]*$)/;
const ORDERED = /^ {0,3}([0-9]{1,9})[.)](?:[ \t]+(?=[^ \t])|[ \t]*$)/;
const COMMENT = /^ {0,3}<!--.*-->\s*$/;

const QUOTE = /^ {0,3}>/;

/**
 * Whether some line needs the full parser. A blockquote is read here only as a run of `>` lines
 * ended by a blank line (a line after it without `>` could be a lazy continuation).
 */
export function needsFullParser(text: string, lines: PhysicalLine[], from: number): boolean {
  let inQuote = false;
  for (const line of lines) {
    if (line.start < from) continue;
    const raw = text.slice(line.start, line.end);
    if (QUOTE.test(raw)) {
      inQuote = true;
      continue;
    }
    if (inQuote && !/^[ \t]*$/.test(raw)) return true;
    inQuote = false;
    if (NEEDS_REMARK.some((pattern) => pattern.test(raw))) return true;
  }
  return false;
}

/** Marks lines as remark would for the simple blocks; `from` is where the body starts (after front matter). */
export function markLines(text: string, lines: PhysicalLine[], from: number): void {
  // What the previous line left open: nothing (blank), a paragraph, or a list item's paragraph.
  let open: 'none' | 'paragraph' = 'none';
  // The kind of list the open paragraph is the item of (- * + or . )), or null outside a list.
  let list: string | null = null;
  for (const line of lines) {
    if (line.start < from) continue;
    // Block structure is read from the raw line (CommonMark indents with spaces and tabs only, not
    // U+3000); syntax lengths count from the trimmed content, as the remark path counts them.
    const raw = text.slice(line.start, line.end);
    const content = text.slice(line.contentStart, line.contentEnd);
    if (/^[ \t]*$/.test(raw)) {
      open = 'none';
      continue;
    }
    if (open === 'none') list = null;
    if (QUOTE.test(raw)) {
      // Every line of a blockquote is one; the > marks are syntax.
      line.markdown = { kind: 'blockquote' };
      line.syntaxLength = /^(?:>[ \t]?)+/.exec(content)![0].length;
      open = 'none';
      continue;
    }
    const heading = ATX.exec(raw);
    if (heading) {
      line.markdown = { kind: 'heading', depth: heading[1].length };
      // As remark counts it: up to the heading's first character when it has one, else the #s.
      const rest = raw
        .slice(heading[0].length)
        .replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
        .replace(/[ \t]+$/, '');
      line.syntaxLength =
        rest.length > 0
          ? Math.max(0, line.start + heading[0].length - line.contentStart)
          : /^#{1,6}[ \t]*/.exec(content)![0].length;
      open = 'none';
      continue;
    }
    if (THEMATIC.test(raw)) {
      line.markdown = { kind: 'thematicBreak' };
      open = 'none';
      continue;
    }
    if (COMMENT.test(raw)) {
      // A comment starts an HTML block (of the kind that may interrupt a paragraph).
      line.markdown = { kind: 'html' };
      open = 'none';
      continue;
    }
    const bullet = BULLET.exec(raw);
    const ordered = ORDERED.exec(raw);
    // Inside a list item's paragraph, an unindented marker always starts an item (the paragraph is
    // in the item, not in the document); a top-level paragraph is interrupted by a list only when
    // its item has content, and an ordered one only from 1.
    const empty = (match: RegExpExecArray) => /^[ \t]*$/.test(raw.slice(match[0].length));
    const kind = bullet ? bullet[1] : ordered ? /[.)]/.exec(ordered[0])![0] : null;
    const startsItem =
      (kind !== null && list !== null) ||
      (bullet && !(open === 'paragraph' && empty(bullet))) ||
      (ordered && !(open === 'paragraph' && (empty(ordered) || Number(ordered[1]) !== 1)));
    if (startsItem) {
      line.markdown = { kind: 'listItem' };
      if (bullet) line.syntaxLength = /^[-*+][ \t]+/.exec(content)?.[0].length ?? 0;
      // An empty item holds no paragraph for the next line to continue.
      open = empty((bullet ?? ordered)!) ? 'none' : 'paragraph';
      list = kind;
      continue;
    }
    if (open === 'none') {
      // The first line of a paragraph: a leading ** or __ is syntax.
      const strong = /^(?:\*\*|__)/.exec(content);
      line.syntaxLength = Math.max(line.syntaxLength, strong ? strong[0].length : 0);
    }
    open = 'paragraph';
  }
}
