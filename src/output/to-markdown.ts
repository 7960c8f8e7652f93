/** Markdown through remark-stringify: the title as # heading, a heading per section level. */
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import type { AttachmentRef, BodyContent, Document, RootContent } from '../types.js';
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
  state: { titled: boolean; frontMatter: string[]; attachments: AttachmentRef[]; inAttachment: boolean },
): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'part':
        if (node.role === 'frontMatter') state.frontMatter.push(node.text);
        else if (node.role === 'markup') out.push({ type: 'html', value: node.text });
        else if (node.role === 'preamble')
          out.push({ type: 'blockquote', children: [paragraph(node.text.replace(/^>\s?/, ''))] });
        else if (node.role === 'attachmentList') {
          const lines = splitAttachmentList(node.text, depth === 1 && !state.inAttachment ? state.attachments : null);
          for (const line of lines) out.push({ type: 'paragraph', children: [text(line)] });
        } else if (node.role === 'title' && depth === 1 && !state.titled) {
          out.push(heading(1, node.text.replace(/^#+\s*/, '')));
          state.titled = true;
        } else out.push({ type: 'paragraph', children: [text(node.text)] });
        break;
      case 'paragraph':
        out.push(paragraph(node.text));
        break;
      case 'section': {
        // 第二条 关于……: an article whose text starts on its marker's line keeps it there, as the
        // source has it, so that the text is not read back as a line of its own.
        const first = node.children[0];
        const sameLine =
          node.heading === '' &&
          node.headingPosition.end.offset - node.headingPosition.start.offset === node.marker.length &&
          first?.type === 'paragraph' &&
          first.position.start.line === node.position.start.line &&
          matchMarker(first.text) === null &&
          !READ_AS_PART.test(first.text);
        out.push(heading(depth + node.level, `${node.marker}${sameLine ? first.text : node.heading}`));
        convert(sameLine ? node.children.slice(1) : node.children, depth, out, state);
        break;
      }
      case 'attachment':
        // An attachment keeps its own 附件 label, and one printed without a label gets none: the reader
        // finds it as it found it in the source (a forwarded plan after the letter's date).
        convert(node.children, 1, out, { ...state, titled: false, inAttachment: true });
        break;
    }
  }
}

/**
 * The lines of an attachment list whose line breaks the part's text no longer shows:
 * 附件：1．甲2．乙 → 附件：1．甲 / 2．乙, so that each item reads back as a list item. The letter's list
 * is cut where each item the parser read (`items`) begins; another list where the next number in
 * sequence follows its separator.
 */
export function splitAttachmentList(value: string, items: AttachmentRef[] | null): string[] {
  const cuts: number[] = [];
  if (items && items.length > 1 && items.every((item) => item.title.length > 0)) {
    let from = 0;
    for (const item of items) {
      const at = value.indexOf(item.title, from);
      if (at === -1) return [value];
      const number = /[0-9０-９一二三四五六七八九十]+[．.、]?\s*$/.exec(value.slice(from, at));
      if (cuts.length > 0 || from > 0) cuts.push(number ? from + number.index : at);
      from = at + item.title.length;
    }
  } else if (!items) {
    let searchFrom = 0;
    for (let next = 2; ; next++) {
      const wide = String(next).replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
      const pattern = new RegExp(`(?<![0-9０-９])(?:${next}|${wide})[．.、]`, 'g');
      pattern.lastIndex = searchFrom;
      const found = pattern.exec(value);
      if (!found) break;
      if (next === 2 && !/[1１一][．.、]/.test(value.slice(0, found.index))) break;
      cuts.push(found.index);
      searchFrom = found.index + found[0].length;
    }
  }
  const lines: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    lines.push(value.slice(start, cut).trimEnd());
    start = cut;
  }
  lines.push(value.slice(start));
  return lines.filter((line) => line.length > 0);
}

/**
 * The tree as Markdown: front matter kept as it was, the title as a # heading, a heading per
 * section level, paragraphs as paragraphs. Parsing the result gives the same outline.
 *
 * @example
 * toMarkdown(parseCircular('一、总体要求\n（一）指导思想')) // '## 一、总体要求\n\n### （一）指导思想\n'
 */
export function toMarkdown(document: Document): string {
  const children: MdNode[] = [];
  const state = {
    titled: false,
    frontMatter: [] as string[],
    attachments: document.meta.attachments,
    inAttachment: false,
  };
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
