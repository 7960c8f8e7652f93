/**
 * The Markdown reader: marks each physical line with the Markdown block it belongs to, read by
 * remark-parse, and reads YAML front matter (标题, 文号, 发布日期 …). Positions stay those of the
 * Markdown source; Markdown syntax stays inside the nodes' spans and text.
 */
import { createRequire } from 'node:module';
import type { MarkdownKind } from '../parse/block.js';
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
  /** Problems met while reading: front matter that is not valid YAML. */
  problems: Array<{ code: 'invalid-front-matter'; message: string; start: number; end: number }>;
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
  if (options.fullParser || needsFullParser(text, lines, bodyStart)) {
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
