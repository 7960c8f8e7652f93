/**
 * Stage 3: physical lines → blocks. Removes page furniture (page numbers, running headers) into
 * layout items, decides whether the text is hard-wrapped (PDF-extracted), and if so rejoins
 * wrapped lines into paragraphs: an indented line, a numbered heading, a date, 附件/抄送/印发 lines
 * and any line after a short one (a paragraph's last line) start a block; any other line
 * continues the previous one, even across a page break.
 */
import { toAsciiDigits } from '../numerals.js';
import { type Block, newBlock } from './block.js';
import type { PhysicalLine } from './split-lines.js';
import { matchMarker } from '../numbering-styles.js';
import { charWidth } from '../display-width.js';

/** A line of page furniture, before positions are attached. */
export interface LayoutLine {
  kind: 'page-number' | 'running-header' | 'running-footer';
  line: PhysicalLine;
  value: number | null;
}

export interface AssembledBlocks {
  blocks: Block[];
  layout: LayoutLine[];
  hardWrapped: boolean;
}

// — 1 —   －2－   - 3 -   第 4 页   5/12
const PAGE_NUMBER =
  /^(?:[—－\-–−~～]+[ \t　]*([0-9０-９]{1,4})[ \t　]*[—－\-–−~～]+|第[ \t　]*([0-9０-９]{1,4})[ \t　]*页(?:[ \t　]*[，,]?[ \t　]*共[ \t　]*[0-9０-９]+[ \t　]*页)?|([0-9]{1,4})[ \t]*\/[ \t]*[0-9]{1,4})$/;

/** The characters PAGE_NUMBER can start with, by char code. */
const PAGE_NUMBER_START = new Uint8Array(0x10000);
for (const ch of '—－-–−~～第0123456789') PAGE_NUMBER_START[ch.charCodeAt(0)] = 1;

// A whole line that is a date, 附件, 抄送 or 印发: never a continuation of a wrapped paragraph.
const STANDALONE =
  /^(?:[0-9０-９〇○◯零ＯOoΟ一二三四五六七八九]{4}[ \t　]*年[ \t　]*[0-9０-９一二三四五六七八九十]{1,3}[ \t　]*月[ \t　]*[0-9０-９一二三四五六七八九十]{1,3}[ \t　]*日$|附[ \t　]*件|抄[ \t　]*送|.*印[发發]$)/;

function contentOf(text: string, line: PhysicalLine): string {
  return text.slice(line.contentStart, line.contentEnd);
}

function toBlock(text: string, line: PhysicalLine): Block {
  return newBlock(
    [{ start: line.contentStart, end: line.contentEnd }],
    contentOf(text, line),
    line.markdown,
    line.syntaxLength,
    line.centered ? true : undefined,
  );
}

/** Finds page numbers, and running headers that repeat next to them. */
function findLayout(text: string, lines: PhysicalLine[], byPlace = false): LayoutLine[] {
  const layout: LayoutLine[] = [];
  const pageLines = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.layout) {
      // Found by its place on the page (Word headers, PDF running heads and folios).
      const value = contentOf(text, line);
      const digits =
        PAGE_NUMBER.exec(value)
          ?.slice(1)
          .find((group) => group !== undefined) ?? /[0-9０-９]{1,4}/.exec(value)?.[0];
      // A running foot (or head) that is a folio is a page number.
      const kind = PAGE_NUMBER.test(value) ? 'page-number' : line.layout;
      layout.push({ kind, line, value: digits === undefined ? null : Number(toAsciiDigits(digits)) });
      if (kind === 'page-number') pageLines.add(line.index);
      continue;
    }
    if (line.contentStart === line.contentEnd || line.markdown) continue;
    // Only a line that starts as a page number can be one: no slice of every line to find out.
    if (!PAGE_NUMBER_START[text.charCodeAt(line.contentStart)]) continue;
    const match = PAGE_NUMBER.exec(contentOf(text, line));
    if (!match) continue;
    layout.push({ kind: 'page-number', line, value: Number(toAsciiDigits(match[1] ?? match[2] ?? match[3])) });
    pageLines.add(line.index);
  }
  // Bare digits as page numbers only in plain text (PDF-extracted), never in Markdown.
  if (!byPlace && !lines.some((line) => line.markdown)) findBarePageNumbers(text, lines, layout, pageLines);
  if (pageLines.size === 0 || byPlace) return layout;
  // Running header: the same short line, seen at least twice, each time within two
  // non-blank lines of a page number.
  const nearPage = new Map<string, PhysicalLine[]>();
  const content = lines.filter((line) => line.contentStart < line.contentEnd);
  content.forEach((line, position) => {
    if (pageLines.has(line.index) || line.layout) return;
    const value = contentOf(text, line);
    // A numbered line (3．核查内容。) is a heading that happens to sit near a page break, not a running head.
    if (value.length > 40 || matchMarker(value) !== null) return;
    const near = [-2, -1, 1, 2].some((delta) => {
      const other = content[position + delta];
      return other !== undefined && pageLines.has(other.index);
    });
    if (!near) return;
    const list = nearPage.get(value) ?? [];
    list.push(line);
    nearPage.set(value, list);
  });
  for (const found of nearPage.values()) {
    if (found.length < 2) continue;
    for (const line of found) layout.push({ kind: 'running-header', line, value: null });
  }
  layout.sort((a, b) => a.line.index - b.line.index);
  return layout;
}

/**
 * Page numbers printed as bare digits (1, 2, 3 on lines of their own, as pdftotext gives a folio
 * without dashes): taken only as a run of at least two that counts up by one, each with an empty
 * line beside it and at least four lines of text between two of them (a page's worth), so that a
 * table's numbers, one a line, are not.
 */
function findBarePageNumbers(text: string, lines: PhysicalLine[], layout: LayoutLine[], pageLines: Set<number>): void {
  const found: PhysicalLine[] = [];
  let previous: PhysicalLine | undefined;
  let between = 0;
  let lastContent = lines.length - 1;
  while (lastContent > 0 && lines[lastContent].contentStart === lines[lastContent].contentEnd) lastContent--;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.contentStart === line.contentEnd || line.markdown || line.layout) continue;
    const value = contentOf(text, line);
    if (!/^[0-9]{1,3}$/.test(value)) {
      between++;
      continue;
    }
    const empty = (other: PhysicalLine | undefined) => other !== undefined && other.contentStart === other.contentEnd;
    const counts = previous === undefined || Number(value) === Number(contentOf(text, previous)) + 1;
    // The last page may hold only the signature and the date.
    const last = index === lastContent;
    const apart = previous === undefined || between >= 4 || (last && between >= 1);
    if (counts && apart && (empty(lines[index - 1]) || empty(lines[index + 1]))) {
      found.push(line);
      previous = line;
    } else if (found.length < 2) {
      // Not a run yet: start again from this one.
      found.length = 0;
      if (empty(lines[index - 1]) || empty(lines[index + 1])) {
        found.push(line);
        previous = line;
      } else previous = undefined;
    }
    between = 0;
  }
  if (found.length < 2) return;
  for (const line of found) {
    if (pageLines.has(line.index)) continue;
    layout.push({ kind: 'page-number', line, value: Number(contentOf(text, line)) });
    pageLines.add(line.index);
  }
  layout.sort((a, b) => a.line.index - b.line.index);
}

/** Display width of a line from its start: CJK characters and full-width forms count 2. */
function lineWidth(text: string, line: PhysicalLine): number {
  let width = 0;
  for (let i = line.start; i < line.contentEnd; i++) width += charWidth(text.charCodeAt(i));
  return width;
}

/** The most common display width among lines at least 24 columns wide. */
function modalLength(text: string, lines: PhysicalLine[]): { length: number; share: number; count: number } {
  const counts = new Map<number, number>();
  let total = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.contentEnd === line.contentStart) continue;
    total++;
    // A hard-wrapped line is at most about 100 columns: longer lines are not measured at all.
    if (line.contentEnd - line.start > 120) continue;
    const width = lineWidth(text, line);
    if (width < 24) continue;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts) {
    // A wrapped line may be a column or two shorter or longer (digits, a hanging punctuation mark).
    const near =
      count +
      (counts.get(length - 1) ?? 0) +
      (counts.get(length + 1) ?? 0) +
      (counts.get(length - 2) ?? 0) +
      (counts.get(length + 2) ?? 0);
    if (near > bestCount) {
      best = length;
      bestCount = near;
    }
  }
  return { length: best, share: total === 0 ? 0 : bestCount / total, count: bestCount };
}

/** What ends a sentence at the end of a line: 。；：！？… and a closing quote or bracket after them. */
export const SENTENCE_END = /[。；：！？!?;:…][”’」』）)]*$|[\u4e00-\u9fff][.][”’」』）)]*$/;

/**
 * Whether the lines of the modal width break mid-sentence, as wrapped lines do: at least a third of
 * them end without a sentence end. Lines that merely share a width (one sentence repeated, a list of
 * names) end their sentences.
 */
function wrapsMidSentence(text: string, lines: PhysicalLine[], width: number): boolean {
  let full = 0;
  let open = 0;
  for (const line of lines) {
    if (line.contentEnd - line.start > 120 || Math.abs(lineWidth(text, line) - width) > 2) continue;
    full++;
    if (!SENTENCE_END.test(contentOf(text, line))) open++;
  }
  return open * 3 >= full;
}

// Prose: a clause already closed inside the line (a colon is not enough: 来源：… 发布时间：…).
const PROSE = /[，。；！？,;!?]|^——/;
/** Shorter than this, what comes before is a fragment or a label, not running prose. */
const PROSE_LENGTH = 15;
const CONTINUES = /^[”’）》」』、，。；：！？,.;:!?)\]]/;

/**
 * A web copy whose paragraphs are apart by empty lines, with its links and spans broken out onto
 * lines of their own (过去一年…党的 / 十八届六中全会 / 正式明确 / 习近平 / 总书记的核心地位…): the lines
 * between two empty lines are one paragraph, when what comes before reads as prose that has not
 * ended its sentence, or the next line goes on with a closing mark. Null when the text is not
 * laid out so (fewer than a quarter of its lines end a run of lines before an empty one).
 */
function joinInlineBreaks(text: string, lines: PhysicalLine[], content: PhysicalLine[]): Block[] | null {
  const empty = (line: PhysicalLine | undefined) =>
    line === undefined || (line.contentStart === line.contentEnd && !line.invisible);
  let apart = 0;
  for (let index = 0; index < content.length; index++) if (empty(lines[content[index].index + 1])) apart++;
  if (apart < 4 || apart < content.length * 0.25) return null;
  const blocks: Block[] = [];
  let current: Block | undefined;
  let previous: PhysicalLine | undefined;
  for (const line of content) {
    const value = contentOf(text, line);
    let adjacent = previous !== undefined;
    for (let i = (previous?.index ?? 0) + 1; adjacent && i < line.index; i++) adjacent = lines[i].invisible === true;
    const joins =
      current !== undefined &&
      adjacent &&
      !SENTENCE_END.test(current.text) &&
      matchMarker(value) === null &&
      !STANDALONE.test(value) &&
      // A numbered line (a heading) takes only what visibly goes on with it (a closing mark).
      ((PROSE.test(current.text) && current.text.length >= PROSE_LENGTH && matchMarker(current.text) === null) ||
        CONTINUES.test(value));
    if (joins) {
      current!.segments.push({ start: line.contentStart, end: line.contentEnd });
      current!.text += value;
    } else {
      current = toBlock(text, line);
      blocks.push(current);
    }
    previous = line;
  }
  return blocks;
}

/**
 * What stands between each content line and the one before it: nothing, an empty line, or a page
 * break (a page number or a running head, with whatever empty lines surround it).
 */
function gapsBetween(lines: PhysicalLine[], content: PhysicalLine[], layoutLines: Set<number>) {
  const gaps: Array<'none' | 'blank' | 'page'> = [];
  for (let k = 0; k < content.length; k++) {
    let gap: 'none' | 'blank' | 'page' = 'none';
    for (let i = k === 0 ? content[k].index : content[k - 1].index + 1; i < content[k].index && gap !== 'page'; i++) {
      if (layoutLines.has(lines[i].index)) gap = 'page';
      else if (lines[i].contentStart === lines[i].contentEnd && !lines[i].invisible) gap = 'blank';
    }
    gaps.push(gap);
  }
  return gaps;
}

const OPENING = new Set([...'（(《〈“‘「『【〔['].map((ch) => ch.charCodeAt(0)));
const CLOSING = new Set([...'）)》〉”’」』】〕]'].map((ch) => ch.charCodeAt(0)));

/**
 * The brackets and quotes left open after `text`, from `depth` open before it (a closer that closes
 * nothing counts for nothing).
 */
export function bracketDepth(text: string, depth = 0): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (OPENING.has(code)) depth++;
    else if (CLOSING.has(code) && depth > 0) depth--;
  }
  return depth;
}

/** Groups physical lines into blocks, rejoining hard-wrapped text. */
export function assembleBlocks(
  text: string,
  lines: PhysicalLine[],
  options: { paragraphs?: boolean } = {},
): AssembledBlocks {
  // Extracted text has had its page furniture found by its place on the page already.
  const layout = findLayout(text, lines, options.paragraphs === true);
  const layoutLines = new Set(layout.map((item) => item.line.index));
  const content = lines.filter((line) => line.contentStart < line.contentEnd && !layoutLines.has(line.index));
  const isMarkdown = lines.some((line) => line.markdown);
  const modal = modalLength(text, content);
  // Text extracted from HTML, Word or PDF has one paragraph a line already.
  const hardWrapped =
    !options.paragraphs &&
    !isMarkdown &&
    content.length >= 3 &&
    (layout.some((item) => item.kind === 'page-number') ||
      // Five lines of one width at least: two or three lines of a short notice may share one by chance.
      (modal.share >= 0.4 && modal.length >= 30 && modal.count >= 5 && wrapsMidSentence(text, content, modal.length)));
  if (!hardWrapped) {
    const joined = isMarkdown || options.paragraphs ? null : joinInlineBreaks(text, lines, content);
    return { blocks: joined ?? content.map((line) => toBlock(text, line)), layout, hardWrapped };
  }

  const gaps = gapsBetween(lines, content, layoutLines);
  // An empty line ends a paragraph, unless empty lines stand between most lines (they then say nothing).
  let blank = 0;
  for (let k = 1; k < gaps.length; k++) if (gaps[k] === 'blank') blank++;
  const blanksMatter = blank < (content.length - 1) * 0.5;
  const blocks: Block[] = [];
  let previous: PhysicalLine | undefined;
  let depth = 0;
  for (let k = 0; k < content.length; k++) {
    const line = content[k];
    const value = contentOf(text, line);
    const current = blocks[blocks.length - 1];
    const previousValue = previous ? contentOf(text, previous) : '';
    // A shorter line ends its paragraph when it ends a sentence, or falls well short of the margin
    // (a heading): `（牵` / `头单位：市教育局）` is one paragraph, however the digits narrowed the line.
    const previousWidth = previous === undefined ? 0 : lineWidth(text, previous);
    const previousShort =
      previous !== undefined &&
      previousWidth < modal.length - 4 &&
      (SENTENCE_END.test(previousValue) || previousWidth < modal.length * 0.6);
    const own = line.indented || matchMarker(value) !== null || STANDALONE.test(value);
    // A paragraph does not end inside brackets (纲要（2021—2035 / 年）》), nor at a page break (the
    // page number and the empty lines around it are no paragraph break), but does at an empty line.
    const open = current !== undefined && !own && depth > 0;
    const startsBlock =
      current === undefined ||
      own ||
      (!open && (STANDALONE.test(previousValue) || previousShort || (blanksMatter && gaps[k] === 'blank')));
    if (startsBlock) {
      blocks.push(toBlock(text, line));
      depth = 0;
    } else {
      current.segments.push({ start: line.contentStart, end: line.contentEnd });
      current.text += value;
    }
    // The brackets the block leaves open, counted line by line (the block's text is never read again).
    depth = bracketDepth(value, depth);
    previous = line;
  }
  return { blocks, layout, hardWrapped };
}
