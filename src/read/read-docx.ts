/**
 * Word .docx → extracted text. The zip is opened by zip-entries.ts (its parts inflated by zlib,
 * within the limit on their total size) and its XML read with saxes:
 * paragraphs in document order, each a line, with Word's automatic numbering rendered from
 * numbering.xml as the reader sees it (一、 （一） 1． ①), so that the marker counts as written;
 * table rows become lines (cells apart by a tab); centring and first-line indents become hints;
 * headers and footers become layout lines. Each line's origin is its paragraph index.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from './decode.js';
import { OLE_SIGNATURE, startsWithBytes } from './sniff.js';
import { ExtractedLines, type ExtractedText, type LineHint } from './extracted.js';
import { type Numbering, NumberingCounter, type NumberingLevel } from './docx-numbering.js';
import { type ReadLimits, exceeded, limitsOf } from './limits.js';
import { inflateEntry, listZipEntries } from './zip-entries.js';

type Attributes = Record<string, string>;

/**
 * Calls `open` and `close` for each element of an XML text, and `text` for character data. XML
 * that is not well-formed (an undefined entity, an unclosed tag) is an InputError naming `part`.
 */
function walkXml(
  part: string,
  xml: string,
  handlers: {
    open?: (name: string, attributes: Attributes) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): void {
  const parser = new SaxesParser();
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag: SaxesTagPlain) => open(tag.name, tag.attributes as Attributes));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(tag.name));
  }
  if (handlers.text) parser.on('text', handlers.text);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = (error as Error).message.replace(/\s+/g, ' ').trim();
    throw new InputError(`is not a readable .docx: ${part} is not well-formed XML (${reason})`);
  }
}

/** Reads numbering.xml: abstract lists by level, and list instances with their start overrides. */
export function readNumbering(xml: string | null): Numbering {
  const numbering: Numbering = { abstracts: new Map(), instances: new Map() };
  if (!xml) return numbering;
  let abstract: Map<number, NumberingLevel> | null = null;
  let level: NumberingLevel | null = null;
  let instance: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel = -1;
  walkXml('word/numbering.xml', xml, {
    open(name, a) {
      if (name === 'w:abstractNum') {
        abstract = new Map();
        numbering.abstracts.set(a['w:abstractNumId'], abstract);
      } else if (name === 'w:lvl' && abstract) {
        level = { start: 1, format: 'decimal', text: '', legal: false, suffix: 'tab' };
        abstract.set(Number(a['w:ilvl']), level);
      } else if (level && name === 'w:start') level.start = Number(a['w:val']);
      else if (level && name === 'w:numFmt') level.format = a['w:val'];
      else if (level && name === 'w:lvlText') level.text = a['w:val'] ?? '';
      else if (level && name === 'w:isLgl') level.legal = a['w:val'] !== '0' && a['w:val'] !== 'false';
      else if (level && name === 'w:suff') level.suffix = a['w:val'] as NumberingLevel['suffix'];
      else if (name === 'w:num') {
        instance = { abstractId: '', starts: new Map() };
        numbering.instances.set(a['w:numId'], instance);
      } else if (instance && name === 'w:abstractNumId') instance.abstractId = a['w:val'];
      else if (instance && name === 'w:lvlOverride') overrideLevel = Number(a['w:ilvl']);
      else if (instance && name === 'w:startOverride') instance.starts.set(overrideLevel, Number(a['w:val']));
    },
    close(name) {
      if (name === 'w:abstractNum') abstract = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') instance = null;
    },
  });
  return numbering;
}

interface ParagraphStyle {
  numId?: string;
  level?: number;
  centered?: boolean;
  basedOn?: string;
}

/** Reads styles.xml: paragraph styles that number or centre their paragraphs. */
function readStyles(xml: string | null): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  if (!xml) return styles;
  let style: ParagraphStyle | null = null;
  walkXml('word/styles.xml', xml, {
    open(name, a) {
      if (name === 'w:style') {
        style = {};
        styles.set(a['w:styleId'], style);
      } else if (!style) return;
      else if (name === 'w:basedOn') style.basedOn = a['w:val'];
      else if (name === 'w:numId') style.numId = a['w:val'];
      else if (name === 'w:ilvl') style.level = Number(a['w:val']);
      else if (name === 'w:jc') style.centered = a['w:val'] === 'center';
    },
    close(name) {
      if (name === 'w:style') style = null;
    },
  });
  return styles;
}

/** A style's setting, looked up through the styles it is based on. */
function styleSetting<K extends keyof ParagraphStyle>(
  styles: Map<string, ParagraphStyle>,
  id: string | undefined,
  key: K,
): ParagraphStyle[K] | undefined {
  for (let depth = 0, current = id; current && depth < 10; depth++) {
    const style = styles.get(current);
    if (!style) return undefined;
    if (style[key] !== undefined) return style[key];
    current = style.basedOn;
  }
  return undefined;
}

interface Paragraph {
  text: string;
  style?: string;
  numId?: string;
  level?: number;
  centered?: boolean;
  indented?: boolean;
}

/** Reads the paragraphs of a document (or header) part; a table row is one paragraph, its cells apart by tabs. */
function readParagraphs(part: string, xml: string, visit: (paragraph: Paragraph) => void): void {
  let paragraph: Paragraph | null = null;
  // A text box holds paragraphs inside a paragraph's run: they are read as lines of their own.
  const outer: Array<Paragraph | null> = [];
  // mc:AlternateContent gives the same content twice (mc:Choice, mc:Fallback): the fallback is skipped.
  let fallback = 0;
  let inText = false;
  let inProperties = 0;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  walkXml(part, xml, {
    open(name, a) {
      if (name === 'mc:Fallback') fallback++;
      if (fallback > 0) return;
      if (name === 'w:p') {
        outer.push(paragraph);
        paragraph = { text: '' };
      } else if (name === 'w:tbl') tableDepth++;
      else if (name === 'w:tr' && tableDepth === 1) row = [];
      else if (name === 'w:tc' && tableDepth === 1) cell = [];
      else if (name === 'w:pPr' || name === 'w:rPr') inProperties++;
      else if (!paragraph) return;
      else if (name === 'w:t') inText = true;
      else if (name === 'w:tab' && inProperties === 0) paragraph.text += '\t';
      else if ((name === 'w:br' || name === 'w:cr') && inProperties === 0) paragraph.text += '\n';
      else if (name === 'w:pStyle') paragraph.style = a['w:val'];
      else if (name === 'w:numId') paragraph.numId = a['w:val'];
      else if (name === 'w:ilvl') paragraph.level = Number(a['w:val']);
      else if (name === 'w:jc' && inProperties > 0) paragraph.centered = a['w:val'] === 'center';
      else if (name === 'w:ind') {
        const first = Number(a['w:firstLine'] ?? a['w:firstLineChars'] ?? 0);
        paragraph.indented = first > 0;
      }
    },
    text(value) {
      if (inText && paragraph && fallback === 0) paragraph.text += value;
    },
    close(name) {
      if (name === 'mc:Fallback') fallback--;
      if (fallback > 0) return;
      if (name === 'w:t') inText = false;
      else if (name === 'w:pPr' || name === 'w:rPr') inProperties--;
      else if (name === 'w:p' && paragraph) {
        if (cell) cell.push(paragraph.text.replace(/\n/g, ' '));
        else visit(paragraph);
        paragraph = outer.pop() ?? null;
      } else if (name === 'w:tc' && cell && row) {
        row.push(cell.join(' ').trim());
        cell = null;
      } else if (name === 'w:tr' && row) {
        visit({ text: row.join('\t') });
        row = null;
      } else if (name === 'w:tbl') tableDepth--;
    },
  });
}

/** A part's XML as text (UTF-8, as Word writes it). */
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The parts read: the document, its numbering and styles, headers and footers. */
const TEXT_PARTS = /^word\/(?:document|numbering|styles|header\d*|footer\d*)\.xml$/;

/**
 * The text parts of the archive, inflated; their total past `limits.unzippedBytes` (a zip bomb)
 * is refused as soon as the inflation passes it.
 */
function openZip(bytes: Uint8Array, limits: ReadLimits): Record<string, Uint8Array> {
  if (startsWithBytes(bytes, OLE_SIGNATURE)) {
    throw new InputError(
      'is an old Word .doc file (or a password-protected .docx), not a .docx: read it as .doc (name it .doc, or give --from doc)',
    );
  }
  const files: Record<string, Uint8Array> = {};
  let left = limits.unzippedBytes;
  const overflow = () => exceeded('unzippedBytes', limits);
  for (const entry of listZipEntries(bytes).values()) {
    if (!TEXT_PARTS.test(entry.name)) continue;
    files[entry.name] = inflateEntry(bytes, entry, left, overflow);
    left -= files[entry.name].length;
  }
  return files;
}

/**
 * Extracts a circular's text from a Word .docx file.
 *
 * @example
 * readDocx(readFileSync('plan.docx')).text // '关于印发……的通知\n各区科协：\n一、总体要求\n…'
 */
export function readDocx(bytes: Uint8Array, options: { limits?: Partial<ReadLimits> } = {}): ExtractedText {
  const files = openZip(bytes, limitsOf(options.limits));
  const part = (name: string) => (files[name] ? textOf(files[name]) : null);
  const document = part('word/document.xml');
  if (document === null) throw new InputError('is a zip archive without word/document.xml: not a Word document');
  const styles = readStyles(part('word/styles.xml'));
  const counter = new NumberingCounter(readNumbering(part('word/numbering.xml')));
  const out = new ExtractedLines();
  /** The paragraphs of the header (or footer) parts, in part order. */
  const furniture = (prefix: string) => {
    const texts: string[] = [];
    for (const name of Object.keys(files)
      .filter((file) => file.startsWith(`word/${prefix}`))
      .sort())
      readParagraphs(name, textOf(files[name]), (paragraph) => texts.push(paragraph.text));
    return texts;
  };
  out.pushFurniture(furniture('header'), 'running-header');
  let index = 0;
  readParagraphs('word/document.xml', document, (paragraph) => {
    const numId = paragraph.numId ?? styleSetting(styles, paragraph.style, 'numId');
    const level = paragraph.level ?? styleSetting(styles, paragraph.style, 'level') ?? 0;
    // Word numbers an empty numbered paragraph too (its marker alone is the line).
    const marker = numId && numId !== '0' ? counter.next(numId, level) : null;
    const centered = paragraph.centered ?? styleSetting(styles, paragraph.style, 'centered') ?? false;
    const hint: LineHint = { ...(centered && { centered: true }), ...(paragraph.indented && { indented: true }) };
    for (const [k, line] of ((marker ?? '') + paragraph.text).split('\n').entries()) {
      out.push(line, k === 0 ? hint : { ...(centered && { centered: true }) }, index);
    }
    index++;
  });
  out.pushFurniture(furniture('footer'), 'running-footer');
  return out.finish('docx-paragraph', 'utf-8');
}
