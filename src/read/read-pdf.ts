/**
 * PDF → extracted text, with pdf.js (pdfjs-dist). Lines are built from the text items'
 * coordinates; running heads, feet and folios are found by their place (the first or last line
 * of a page, repeating across pages, or a page number) and kept as layout lines; wrapped lines
 * are joined into paragraphs by indentation and the right margin, not by counting characters;
 * no space is put between Chinese and digits that the layout only set apart. Each line's origin
 * is its page number.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from './decode.js';
import { ExtractedLines, type ExtractedText, type LineHint } from './extracted.js';
import { SENTENCE_END, bracketDepth } from '../parse/assemble-blocks.js';
import { matchMarker } from '../numbering-styles.js';
import { type ReadLimits, exceeded, limitsOf } from './limits.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** One line of a page: its text and where it stands. */
export interface PdfLine {
  text: string;
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The left and right edges of the page (its media box). */
  pageLeft?: number;
  pageRight?: number;
}

/**
 * Chinese characters and full-width punctuation, and Latin letters and digits, as regex classes.
 * The radicals and compatibility ideographs that fonts such as Noto CJK give for ideographs
 * (⼀ for 一) count as Chinese: they become the ideographs only when the lines are collected.
 */
const CJK = '[\\u2e80-\\u2fdf\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const LATIN = '[0-9A-Za-z%.-]';
const CJK_OR_PUNCT = new RegExp(CJK);
const LATIN_CHAR = new RegExp(LATIN);
/**
 * A space between Chinese (or full-width punctuation) and a Latin letter or digit. Word and
 * LibreOffice set Chinese and Western text a little apart, and their PDFs often carry that gap
 * as a space character: in a PDF it is layout, not text (2023 年 → 2023年).
 */
const LAYOUT_SPACE = new RegExp(`(?<=${CJK})[ \\u00a0]+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%.])[ \\u00a0]+(?=${CJK})`, 'g');
const FOLIO =
  /^(?:[—－\-–−~～]*\s*[0-9０-９]{1,4}\s*[—－\-–−~～]*|第\s*[0-9]{1,4}\s*页(?:\s*[，,]?\s*共\s*[0-9]+\s*页)?|[0-9]{1,4}\s*\/\s*[0-9]{1,4})$/;

/**
 * The space items of a row beside Chinese: a gap under most of a character's width is the
 * Chinese–Western spacing of the layout, and goes, unless Chinese stands on both sides (the
 * spacing is only ever set between Chinese and Western text: a space between two Chinese
 * characters was typed, and is kept as one, as it is when the font that sets the Chinese sets it
 * inside its own run); a wider one was typed (the spaces between a printer's name and the date of
 * 印发), and is as many ideographic spaces as it is wide.
 */
function spaceItems(row: Array<{ item: TextItem; size: number }>): void {
  for (let i = 0; i < row.length; i++) {
    const { item, size } = row[i];
    if (item.str.length === 0 || item.str.trim().length > 0) continue;
    const before = row[i - 1]?.item.str.slice(-1) ?? '';
    const after = row[i + 1]?.item.str[0] ?? '';
    if (!CJK_OR_PUNCT.test(before) && !CJK_OR_PUNCT.test(after)) continue;
    const wide = Math.round(item.width / size);
    const typed = CJK_OR_PUNCT.test(before) && CJK_OR_PUNCT.test(after) ? ' ' : '';
    row[i] = {
      ...row[i],
      item: { ...item, str: item.width >= size * 0.8 ? '\u3000'.repeat(Math.max(1, wide)) : typed },
    };
  }
}

/** Groups a page's text items into lines, top to bottom, left to right. */
export function buildLines(items: TextItem[], page: number): PdfLine[] {
  const sorted = items
    .filter((item) => item.str.length > 0)
    .map((item) => ({
      item,
      x: item.transform[4],
      y: item.transform[5],
      size: Math.abs(item.transform[3]) || item.height || 10,
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<typeof sorted> = [];
  for (const entry of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - entry.y) < Math.min(row[0].size, entry.size) * 0.5) row.push(entry);
    else rows.push([entry]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    spaceItems(row);
    let text = '';
    let end = row[0].x;
    for (const { item, x, size } of row) {
      const gap = x - end;
      const before = text.slice(-1);
      const after = item.str[0];
      // A space only where the layout shows one between Latin letters or digits, never beside Chinese.
      if (
        text.length > 0 &&
        gap > size * 0.25 &&
        !CJK_OR_PUNCT.test(before) &&
        !CJK_OR_PUNCT.test(after) &&
        before !== ' '
      )
        text += ' ';
      text += item.str;
      end = Math.max(end, x + item.width);
    }
    // A reduce, not Math.max(...row): a hostile page can put 100,000 items on one line.
    const size = row.reduce((largest, entry) => Math.max(largest, entry.size), 0);
    return {
      text: withoutJustification(text.replace(LAYOUT_SPACE, '').trim()),
      page,
      x0: row[0].x,
      x1: end,
      y: row[0].y,
      size,
    };
  });
}

const SPACED_CJK = new RegExp(`(?<=${CJK}) (?=${CJK})`, 'g');

/**
 * A line whose characters justification set apart: pdf.js writes the gaps as spaces (现 将 《 临 江
 * 市 …, a line stretched because what follows could not start the next one). When most pairs of
 * Chinese characters in a line are apart by one space, the spaces are the layout's and go; a
 * single typed space between words (中共中央 国务院) stays.
 */
function withoutJustification(text: string): string {
  const spaced = text.match(SPACED_CJK)?.length ?? 0;
  if (spaced < 4) return text;
  let pairs = 0;
  for (let i = 1; i < text.length; i++) if (CJK_OR_PUNCT.test(text[i]) && CJK_OR_PUNCT.test(text[i - 1])) pairs++;
  return spaced >= pairs ? text.replace(SPACED_CJK, '') : text;
}

/** Marks the first and last lines of pages that repeat (digits aside) or are page numbers. */
export function findFurniture(pages: PdfLine[][]): Map<PdfLine, NonNullable<LineHint['layout']>> {
  const found = new Map<PdfLine, NonNullable<LineHint['layout']>>();
  const shape = (line: PdfLine) => line.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
  for (const [edge, kind] of [
    [(lines: PdfLine[]) => lines[0], 'running-header'],
    [(lines: PdfLine[]) => lines[lines.length - 1], 'running-footer'],
  ] as const) {
    const counts = new Map<string, number>();
    for (const lines of pages)
      if (lines.length > 1) counts.set(shape(edge(lines)), (counts.get(shape(edge(lines))) ?? 0) + 1);
    for (const lines of pages) {
      if (lines.length < 2) continue;
      const line = edge(lines);
      const repeated = pages.length >= 2 && (counts.get(shape(line)) ?? 0) >= Math.max(2, pages.length / 2);
      if (FOLIO.test(line.text.replace(/\s+/g, ' '))) found.set(line, 'page-number');
      else if (repeated && line.text.length <= 40) found.set(line, kind);
    }
  }
  return found;
}

/** The value below which a share `q` of the values lie. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))] ?? 0;
}

/** Where the text stands on its pages: its margins, their middle, and the body's type size. */
interface Geometry {
  left: number;
  right: number;
  middle: number;
  bodySize: number;
}

/** The text block's geometry, from the body lines (page furniture left out). */
function measure(body: PdfLine[]): Geometry {
  const left = quantile(
    body.map((line) => line.x0),
    0.1,
  );
  // The right margin: nearly the furthest line end (Chinese text set ragged ends its full lines
  // up to a character short), when enough lines end there; else, for a text whose lines rarely
  // fill the measure, the page's width less the left margin (margins are near symmetric), so
  // that short lines are not taken for full ones.
  const ends = quantile(
    body.map((line) => line.x1),
    0.98,
  );
  const atEnds = body.filter((line) => Math.abs(line.x1 - ends) < line.size * 0.5).length;
  const mirrored = quantile(
    body.map((line) => (line.pageRight ?? ends + left) - (left - (line.pageLeft ?? 0))),
    0.5,
  );
  const right = atEnds >= Math.max(3, body.length * 0.2) ? ends : Math.max(ends, mirrored);
  const bodySize = quantile(
    body.map((line) => line.size),
    0.5,
  );
  return { left, right, middle: (left + right) / 2, bodySize };
}

/**
 * Whether a line is centred: its middle on the text block's middle, and
 * - display type (set 1.2× the body size: a title line that fills the measure included), or
 * - set in by a part of a character (text set from the left starts on the margin or whole
 *   characters in), or by less than an indent and as far from each margin (a long centred title
 *   that nearly fills the measure), or
 * - set in from both margins: further than a first-line indent (two characters, or a fixed 32pt,
 *   three of 10.5pt), or as far as one and as far from the right margin, to a quarter of a
 *   character (an indented first line that stops short is not that even).
 */
function isCentered(line: PdfLine, { left, right, middle, bodySize }: Geometry): boolean {
  const off = Math.abs((line.x0 + line.x1) / 2 - middle) / line.size;
  if (off >= 0.75) return false;
  const inset = (line.x0 - left) / line.size;
  if (line.size > bodySize * 1.2) return true;
  if (inset > 0.1 && Math.abs(inset - Math.round(inset)) > 0.15) return true;
  if (inset > 0.05 && inset < 1.5 && off < 0.25) return true;
  return right - line.x1 > line.size && (inset > 4 || (inset > 1 && off < 0.25));
}

/**
 * Whether `line` continues the paragraph that `previous` ends (`first` is its first line). A
 * wrapped line leaves less than a character's width at the right margin (half a character when it
 * ends a sentence). Line-breaking rules (no 》 or 号 at a line's start, numbers kept whole) leave
 * more when the line stops mid-phrase (not after a closing bracket) and the next starts on the
 * margin without a number: as much as what the next line starts with could not have ended it.
 */
function continues(previous: PdfLine, line: PdfLine, first: PdfLine, geometry: Geometry, open = false): boolean {
  const { left, right } = geometry;
  const ended = SENTENCE_END.test(previous.text);
  const numbered = matchMarker(line.text) !== null;
  // A paragraph that leaves a bracket open (纲要（2021—2035 / 年）》) goes on, however much room its
  // line left, onto a line set on the margin in the same type, on the same page or the next.
  if (
    open &&
    !numbered &&
    line.x0 <= left + line.size * 0.5 &&
    !isCentered(line, geometry) &&
    Math.abs(previous.size - line.size) < Math.min(previous.size, line.size) * 0.15 &&
    (previous.page !== line.page || previous.y - line.y < Math.max(previous.size, line.size) * 2.2)
  )
    return true;
  const plainNext = line.x0 <= left + line.size * 0.5 && !numbered && !/[）)】〕」』”’》]$/.test(previous.text);
  const room = (right - previous.x1) / previous.size;
  const gap = previous.page === line.page ? previous.y - line.y : 0;
  return (
    // A numbered line after the end of a sentence starts a paragraph, even when that sentence
    // filled its line to the margin.
    !(ended && numbered) &&
    room < (ended ? 0.5 : plainNext ? Math.max(1, leadingUnit(line.text) + 0.5) : 1) &&
    // A paragraph set in no further than a first-line indent (a signature or a date is set far in).
    first.x0 <= left + first.size * 4.5 &&
    line.x0 <= left + line.size * 1.2 &&
    !isCentered(previous, geometry) &&
    !isCentered(line, geometry) &&
    // A change of type size ends a paragraph (a title above the text, a note below it).
    Math.abs(previous.size - line.size) < Math.min(previous.size, line.size) * 0.15 &&
    gap < Math.max(previous.size, line.size) * 2.2
  );
}

/** Joins wrapped lines into paragraphs by the margins; page furniture is written after the paragraph it interrupts. */
export function writeParagraphs(pages: PdfLine[][], out: ExtractedLines): void {
  const furniture = findFurniture(pages);
  const body = pages.flat().filter((line) => !furniture.has(line));
  if (body.length === 0) return;
  const geometry = measure(body);
  let paragraph: PdfLine[] = [];
  let pending: PdfLine[] = [];
  // The brackets the paragraph leaves open, counted line by line.
  let depth = 0;
  const flush = () => {
    if (paragraph.length > 0) {
      const first = paragraph[0];
      const centered = isCentered(first, geometry);
      const hint: LineHint = {
        ...(centered && { centered: true }),
        ...(first.x0 > geometry.left + first.size * 1.2 && !centered && { indented: true }),
      };
      out.push(joinLines(paragraph), hint, first.page);
    }
    for (const line of pending) out.push(line.text, { layout: furniture.get(line) }, line.page);
    paragraph = [];
    pending = [];
  };
  for (const line of pages.flat()) {
    if (furniture.has(line)) {
      pending.push(line);
      continue;
    }
    const previous = paragraph[paragraph.length - 1];
    if (previous === undefined || !continues(previous, line, paragraph[0], geometry, depth > 0)) {
      flush();
      depth = 0;
    }
    depth = bracketDepth(line.text, depth);
    paragraph.push(line);
  }
  flush();
}

/**
 * The width, in Chinese characters, of what a line starts with that could not end the line before:
 * opening brackets, then a Latin word or number (kept whole) or one character, then the closing
 * punctuation that may not start a line (〔2021〕11, 号）, 50MB）). When the line before stopped
 * mid-phrase with less room than that, it was wrapped.
 */
const LEADING_UNIT = new RegExp(
  `^[（(〔［[《〈“‘「『【]*(?:${LATIN}+|.)(?:[）)〕］\\]》〉”’」』】，,。、；;：:！!？?"']+${LATIN}*)*`,
  'u',
);

function leadingUnit(text: string): number {
  // A number right after a closing bracket stays with it (〔2021〕11号: no break before 11).
  const unit = LEADING_UNIT.exec(text)?.[0] ?? '';
  let width = 0;
  for (const char of unit) width += LATIN_CHAR.test(char) ? 0.55 : 1;
  return width;
}

/** Joins a paragraph's lines: no space between Chinese, one between Latin words. */
function joinLines(lines: PdfLine[]): string {
  return lines.reduce((text, line) => {
    const space = /[A-Za-z0-9,.;]$/.test(text) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
    return text + space + line.text;
  }, '');
}

interface PdfJs {
  getDocument(options: Record<string, unknown>): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        view: number[];
        getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** Opens the document; encrypted, damaged or not-PDF input becomes a one-line InputError. */
async function open(pdfjs: PdfJs, bytes: Uint8Array) {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  try {
    return await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: join(root, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(root, 'standard_fonts') + '/',
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      throw new InputError('is a password-protected PDF: remove the password first (qpdf --decrypt IN.pdf OUT.pdf)');
    throw new InputError(`is not a readable PDF (${(error as Error).message.replace(/\s+/g, ' ').slice(0, 80)})`);
  }
}

/**
 * Extracts a circular's text from a PDF with a text layer.
 *
 * @example
 * (await readPdf(readFileSync('plan.pdf'))).text.split('\n')[0] // the title
 */
export async function readPdf(
  bytes: Uint8Array,
  options: { limits?: Partial<ReadLimits> } = {},
): Promise<ExtractedText> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const document = await open(pdfjs, bytes);
  // A few hundred KB can list 50,000 pages (each opened in turn: minutes): refused before any is read.
  const limits = limitsOf(options.limits);
  if (document.numPages > limits.pdfPages) {
    await document.destroy();
    throw exceeded('pdfPages', limits, String(document.numPages));
  }
  const pages: PdfLine[][] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const lines = buildLines(
        content.items.filter((item): item is TextItem => 'str' in item),
        n,
      );
      const [pageLeft, , pageRight] = page.view;
      for (const line of lines) Object.assign(line, { pageLeft, pageRight });
      pages.push(lines);
    }
  } finally {
    await document.destroy();
  }
  if (pages.every((lines) => lines.every((line) => line.text.trim().length === 0))) {
    throw new InputError(
      'is a PDF without a text layer (a scan?): run OCR on it first, e.g. ocrmypdf -l chi_sim IN.pdf OUT.pdf',
    );
  }
  const out = new ExtractedLines();
  writeParagraphs(pages, out);
  return out.finish('pdf-page', 'utf-8');
}
