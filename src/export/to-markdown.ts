/** Markdown through remark-stringify: the title as # heading, a heading per section level. */
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import type { BodyContent, Document, RootContent } from '../types.js';
import { matchMarker } from '../numbering-styles.js';

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
}

const text = (value: string): MdNode => ({ type: 'text', value });
const heading = (depth: number, value: string): MdNode => ({
  type: 'heading',
  depth: Math.min(depth, 6),
  children: [text(value)],
});
// Lines that read as parts when they stand alone: 附件…, 抄送…, a date, …印发.
const READ_AS_PART = /^(?:附\s*件|抄\s*送)|^[0-9０-９〇○零一二三四五六七八九]{4}\s*年[^。，,]{1,12}日$|印\s*[发發]$/;

/**
 * A paragraph. One that starts like a marker or a part (（一）加强领导。1．建立…… keeps "1．建立……" as text)
 * has its first character written as an HTML entity, so that reading the Markdown back does not make it a
 * section or a part.
 */
const paragraph = (value: string): MdNode => {
  if (matchMarker(value) === null && !READ_AS_PART.test(value)) return { type: 'paragraph', children: [text(value)] };
  const first = String.fromCodePoint(value.codePointAt(0)!);
  return {
    type: 'paragraph',
    children: [{ type: 'html', value: `&#${first.codePointAt(0)};` }, text(value.slice(first.length))],
  };
};

function convert(
  nodes: Array<RootContent | BodyContent>,
  depth: number,
  out: MdNode[],
  state: { titled: boolean; frontMatter: string[] },
): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'part':
        if (node.role === 'frontMatter') state.frontMatter.push(node.text);
        else if (node.role === 'markup') out.push({ type: 'html', value: node.text });
        else if (node.role === 'preamble')
          out.push({ type: 'blockquote', children: [paragraph(node.text.replace(/^>\s?/, ''))] });
        else if (node.role === 'title' && depth === 1 && !state.titled) {
          out.push(heading(1, node.text.replace(/^#+\s*/, '')));
          state.titled = true;
        } else out.push({ type: 'paragraph', children: [text(node.text)] });
        break;
      case 'paragraph':
        out.push(paragraph(node.text));
        break;
      case 'section':
        out.push(heading(depth + node.level, `${node.marker}${node.heading}`));
        convert(node.children, depth, out, state);
        break;
      case 'attachment': {
        // An attachment keeps its own 附件 label; one printed without a label gets a heading that reads as one.
        if (!node.children.some((child) => child.type === 'part' && child.role === 'attachmentLabel'))
          out.push(heading(1, `附件${node.index ?? ''}`));
        convert(node.children, 1, out, { ...state, titled: false });
        break;
      }
    }
  }
}

/**
 * The tree as Markdown: front matter kept as it was, the title as a # heading, a heading per
 * section level, paragraphs as paragraphs. Parsing the result gives the same outline.
 */
export function toMarkdown(document: Document): string {
  const children: MdNode[] = [];
  const state = { titled: false, frontMatter: [] as string[] };
  convert(document.children, 1, children, state);
  const body = unified()
    .use(remarkStringify, { bullet: '-', rule: '-' })
    .stringify({ type: 'root', children } as never) as string;
  const frontMatter = document.meta.frontMatter ? `---\n${stringifyFrontMatter(document.meta.frontMatter)}---\n\n` : '';
  return frontMatter + body;
}

/** Front matter as simple YAML (key: value), as the Shanghai corpus writes it. */
function stringifyFrontMatter(values: Record<string, unknown>): string {
  return (
    Object.entries(values)
      .map(
        ([key, value]) => `${key}: ${value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value)}`,
      )
      .join('\n') + '\n'
  );
}
