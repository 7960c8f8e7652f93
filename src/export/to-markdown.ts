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
        else if (node.role === 'attachmentList') {
          for (const line of splitAttachmentList(node.text)) out.push({ type: 'paragraph', children: [text(line)] });
        } else if (node.role === 'title' && depth === 1 && !state.titled) {
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
      case 'attachment':
        // An attachment keeps its own 附件 label, and one printed without a label gets none: the reader
        // finds it as it found it in the source (a forwarded plan after the letter's date).
        convert(node.children, 1, out, { ...state, titled: false });
        break;
    }
  }
}

/**
 * The lines of an attachment list whose line breaks the part's text no longer shows:
 * 附件：1．甲2．乙 → 附件：1．甲 / 2．乙. Items are cut where the next number in sequence follows
 * its separator, so that each item is a line of its own and reads back as a list item.
 */
export function splitAttachmentList(value: string): string[] {
  const first = /[1１一][．.、]/.exec(value);
  if (!first) return [value];
  const lines: string[] = [];
  let from = 0;
  let searchFrom = first.index + first[0].length;
  for (let next = 2; ; next++) {
    const wide = String(next).replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
    const pattern = new RegExp(`(?<![0-9０-９])(?:${next}|${wide})[．.、]`, 'g');
    pattern.lastIndex = searchFrom;
    const found = pattern.exec(value);
    if (!found) break;
    lines.push(value.slice(from, found.index).trimEnd());
    from = found.index;
    searchFrom = found.index + found[0].length;
  }
  lines.push(value.slice(from));
  return lines;
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
