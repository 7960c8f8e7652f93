/**
 * The Markdown reader: marks each physical line with the Markdown block it belongs to, read by
 * remark-parse, and reads YAML front matter (标题, 文号, 发布日期 …). Positions stay those of the
 * Markdown source; Markdown syntax stays inside the nodes' spans and text.
 */
import { createRequire } from 'node:module';
import type { MarkdownKind } from '../parse/split-lines.js';
import type { PhysicalLine } from '../parse/split-lines.js';
import { markLines, needsFullParser } from './read-markdown-lines.js';

interface MdastNode {
  type: string;
  depth?: number;
  ordered?: boolean;
  children?: MdastNode[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

export interface MarkdownReading {
  frontMatter: Record<string, unknown> | null;
  /** Problems met while reading: front matter that is not YAML; lists nested past what remark reads in good time. */
  problems: Array<{
    code: 'invalid-front-matter' | 'unread-list-nesting';
    message: string;
    start: number;
    end: number;
  }>;
}

/**
 * Past this depth of nested list items and block quotes, a file is not handed to remark-parse but
 * read line by line (linear): micromark's container handling costs time with each level on a line
 * (`- ` repeated 5,000 times on one line: 8 s, then a stack overflow).
 */
export const MARKDOWN_MAX_NESTING = 32;

/**
 * Past this many (nested lines × lines), the same: micromark splices its event list at each
 * nested container's end, so a list of many items each holding a sub-list costs the square of its
 * length (8,000 lines of two-level list: 8 s). 4,000,000 is about a second.
 */
export const MARKDOWN_NESTED_BUDGET = 4_000_000;

/** The containers a line opens at its start: list markers and quote marks, one after the other. */
const CONTAINER = /^[ \t]*(?:[-*+]|[0-9]{1,9}[.)]|>)(?=[ \t]|$)/;

/**
 * How nested a Markdown body is, as micromark will read it: the depth of the deepest line (its
 * containers, and its indentation of two columns a level under a list) and the first line past
 * MARKDOWN_MAX_NESTING; how many lines sit two or more deep, and the first of them.
 */
export function measureNesting(text: string, lines: PhysicalLine[], from: number) {
  let deepest = 0;
  let firstTooDeep: PhysicalLine | null = null;
  let firstNested: PhysicalLine | null = null;
  let nested = 0;
  let listed = false;
  for (const line of lines) {
    if (line.start < from) continue;
    let rest = text.slice(line.start, line.end);
    const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, '    ').length;
    let markers = 0;
    for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
      markers++;
      rest = rest.slice(match[0].length);
      // A line of a hundred thousand markers is measured as far as the limit needs.
      if (markers > MARKDOWN_MAX_NESTING) break;
    }
    if (markers > 0) listed = true;
    else if (rest.trim() === '') listed = false;
    const depth = markers + (listed ? Math.floor(indent / 2) : 0);
    if (depth >= 2) {
      nested++;
      firstNested ??= line;
    }
    if (depth > MARKDOWN_MAX_NESTING) firstTooDeep ??= line;
    deepest = Math.max(deepest, depth);
  }
  return { deepest, firstTooDeep, nested, firstNested };
}

// remark and yaml are loaded on first use, synchronously (require of an ES module, Node ≥ 20.19):
// a plain-text parse, and Markdown that the line-by-line path reads, never load them.
const require = createRequire(import.meta.url);
let processor: { parse(text: string): unknown } | undefined;
function remark(): { parse(text: string): unknown } {
  if (!processor) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as { default: typeof import('remark-parse').default }).default;
    processor = unified().use(remarkParse);
  }
  return processor;
}
function parseYaml(text: string): unknown {
  return (require('yaml') as typeof import('yaml')).parse(text);
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Annotates `lines` in place with Markdown block kinds; returns the front matter. */
export function readMarkdown(
  text: string,
  lines: PhysicalLine[],
  options: { fullParser?: boolean } = {},
): MarkdownReading {
  let frontMatter: Record<string, unknown> | null = null;
  const problems: MarkdownReading['problems'] = [];
  let body = text;
  const match = FRONT_MATTER.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (match) {
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const end = shift + match[0].length;
    try {
      const value = parseYaml(match[1]);
      if (value && typeof value === 'object' && !Array.isArray(value)) frontMatter = value as Record<string, unknown>;
    } catch (error) {
      // Not YAML after all: kept as a front-matter part with its text, and said.
      frontMatter = null;
      const reason = ((error as Error).message ?? 'invalid YAML').split('\n')[0];
      problems.push({
        code: 'invalid-front-matter',
        message: `the front matter is not valid YAML (${reason}); its fields were not read`,
        start: shift,
        end,
      });
    }
    for (const line of lines) if (line.start < end) line.markdown = { kind: 'frontMatter' };
    // Blank the front matter out (same length, same line breaks) so that offsets still match.
    body = text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
  }
  // Simple files are marked line by line; anything remark alone reads right goes to remark.
  const bodyStart = match ? (text.charCodeAt(0) === 0xfeff ? 1 : 0) + match[0].length : 0;
  const remarkNeeded = options.fullParser || needsFullParser(text, lines, bodyStart);
  const nesting = remarkNeeded ? measureNesting(text, lines, bodyStart) : null;
  if (nesting && (nesting.deepest > MARKDOWN_MAX_NESTING || nesting.nested * lines.length > MARKDOWN_NESTED_BUDGET)) {
    // remark-parse would take minutes (or overflow the stack): read line by line, and say so.
    markLines(text, lines, bodyStart);
    const line = (nesting.firstTooDeep ?? nesting.firstNested)!;
    problems.push({
      code: 'unread-list-nesting',
      message:
        nesting.deepest > MARKDOWN_MAX_NESTING
          ? `lists here nest more than ${MARKDOWN_MAX_NESTING} deep: the file was read line by line, and its nested lists as plain lines`
          : `${nesting.nested} lines sit in nested lists, more than remark-parse reads in good time: the file was read line by line, and its nested lists as plain lines`,
      start: line.start,
      end: line.end,
    });
  } else if (remarkNeeded) {
    const tree = remark().parse(body) as unknown as MdastNode;
    for (const child of tree.children ?? []) markNode(child, lines, text);
  } else {
    markLines(text, lines, bodyStart);
  }
  return { frontMatter, problems };
}

function mark(lines: PhysicalLine[], node: MdastNode, kind: MarkdownKind, depth?: number): void {
  if (!node.position) return;
  for (let line = node.position.start.line; line <= node.position.end.line; line++) {
    const target = lines[line - 1];
    if (target && !target.markdown) target.markdown = depth === undefined ? { kind } : { kind, depth };
  }
}

function markNode(node: MdastNode, lines: PhysicalLine[], text: string): void {
  const first = node.position ? lines[node.position.start.line - 1] : undefined;
  switch (node.type) {
    case 'heading': {
      mark(lines, node, 'heading', node.depth);
      const content = node.children?.[0]?.position?.start.offset;
      if (first && content !== undefined && node.position?.start.line === node.position?.end.line) {
        first.syntaxLength = Math.max(0, content - first.contentStart);
      } else if (first) {
        first.syntaxLength = leadingSyntax(text, first, /^#{1,6}[ \t]*/);
      }
      if (node.position && node.position.end.line > node.position.start.line) {
        // Setext heading: the underline is syntax of its own.
        const underline = lines[node.position.end.line - 1];
        if (underline && /^[=-]+$/.test(text.slice(underline.contentStart, underline.contentEnd))) {
          underline.markdown = { kind: 'thematicBreak' };
        }
      }
      break;
    }
    case 'blockquote':
      mark(lines, node, 'blockquote');
      if (node.position) {
        for (let line = node.position.start.line; line <= node.position.end.line; line++) {
          const target = lines[line - 1];
          if (target) target.syntaxLength = leadingSyntax(text, target, /^(?:>[ \t]?)+/);
        }
      }
      break;
    // Kept as they are, each line marked with its construct.
    case 'html':
    case 'code':
    case 'thematicBreak':
    case 'table':
      mark(lines, node, node.type);
      break;
    case 'list':
      for (const item of node.children ?? []) {
        const itemLine = item.position ? lines[item.position.start.line - 1] : undefined;
        if (itemLine && !itemLine.markdown) {
          itemLine.markdown = { kind: 'listItem' };
          // Keep an ordered list's number: it is the section marker. Drop a bullet.
          if (!node.ordered) itemLine.syntaxLength = leadingSyntax(text, itemLine, /^[-*+][ \t]+/);
        }
        for (const child of item.children ?? []) markNode(child, lines, text);
      }
      break;
    case 'paragraph':
      if (first) first.syntaxLength = Math.max(first.syntaxLength, leadingSyntax(text, first, /^(?:\*\*|__)/));
      break;
    default:
      break;
  }
}

function leadingSyntax(text: string, line: PhysicalLine, pattern: RegExp): number {
  const match = pattern.exec(text.slice(line.contentStart, line.contentEnd));
  return match ? match[0].length : 0;
}
