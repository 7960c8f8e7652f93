/** Markdown through remark-stringify: the title as # heading, a heading per section level. */
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import type { BodyContent, Document, RootContent } from '../types.js';

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
}

const text = (value: string): MdNode => ({ type: 'text', value });
const heading = (depth: number, value: string): MdNode => ({ type: 'heading', depth: Math.min(depth, 6), children: [text(value)] });
const paragraph = (value: string): MdNode => ({ type: 'paragraph', children: [text(value)] });

function convert(nodes: Array<RootContent | BodyContent>, depth: number, out: MdNode[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'part':
        if (node.role === 'frontMatter' || node.role === 'markup') break;
        out.push(node.role === 'title' && depth === 1 ? heading(1, node.text.replace(/^#+\s*/, '')) : paragraph(node.text));
        break;
      case 'paragraph':
        out.push(paragraph(node.text));
        break;
      case 'section':
        out.push(heading(depth + node.level, `${node.marker}${node.heading}`));
        convert(node.children, depth, out);
        break;
      case 'attachment': {
        out.push(heading(1, `附件${node.index ?? ''}`));
        convert(node.children, 1, out);
        break;
      }
    }
  }
}

export function toMarkdown(document: Document): string {
  const children: MdNode[] = [];
  convert(document.children, 1, children);
  return unified().use(remarkStringify, { bullet: '-', rule: '-' }).stringify({ type: 'root', children } as never) as string;
}
