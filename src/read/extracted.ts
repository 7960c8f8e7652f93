/**
 * Text extracted from a format that is not text (HTML, Word, PDF): the text itself, one line a
 * paragraph, with what the layout said about each line (centred, indented, page furniture) and
 * where each line came from in the source. The parse pipeline reads it like any decoded text.
 */
import type { DecodedText } from './decode.js';
import type { PhysicalLine } from '../parse/split-lines.js';
import type { SourceOrigin } from '../types.js';
import { unifiedIdeographs } from '../normalize.js';

/**
 * What the layout says about one line.
 *
 * @example
 * const hint: LineHint = { centered: true } // a title line of a web page
 */
export interface LineHint {
  centered?: boolean;
  indented?: boolean;
  layout?: 'page-number' | 'running-header' | 'running-footer';
}

/**
 * Text extracted from HTML, Word or PDF, with layout hints and the origin of each line.
 *
 * @example
 * (await extractText(readFileSync('plan.docx'), { name: 'plan.docx' }))?.origin.unit // 'docx-paragraph'
 */
export interface ExtractedText extends DecodedText {
  /** One hint per line of `text`. */
  hints: LineHint[];
  origin: SourceOrigin;
  /** What the extractor could not read, reported as diagnostics at the start of the text. */
  problems?: Array<{ code: 'unread-numbering'; message: string }>;
  /**
   * How many Kangxi radicals and compatibility ideographs the extractor replaced by the unified
   * ideographs they stand for (⼀ → 一), and the offset in `text` of the first.
   */
  unified?: { count: number; first: number };
}

/** Whether a decoded input carries layout hints (it was extracted from HTML, Word or PDF). */
export function isExtracted(input: DecodedText): input is ExtractedText {
  return 'hints' in input && Array.isArray((input as ExtractedText).hints);
}

/** Applies the layout hints to the physical lines. */
export function applyHints(lines: PhysicalLine[], hints: LineHint[]): void {
  for (const line of lines) {
    const hint = hints[line.index];
    if (!hint) continue;
    if (hint.centered) line.centered = true;
    if (hint.indented) line.indented = true;
    if (hint.layout) line.layout = hint.layout;
  }
}

/**
 * Collects extracted lines with their hints and origins. Kangxi radicals and compatibility
 * ideographs become the unified ideographs they stand for here, before the text exists that
 * positions will point into (a PDF set in Noto CJK gives ⼀ U+2F00 for 一, ⽉ U+2F49 for 月), and
 * the two- and three-em dashes that a font draws for —— and ——— (⸺ U+2E3A, ⸻ U+2E3B) the dashes.
 */
export class ExtractedLines {
  private readonly lines: string[] = [];
  private readonly hints: LineHint[] = [];
  private readonly origins: number[] = [];
  private unifiedCount = 0;
  /** The line and column of the first replaced character in the lines pushed, once there is one. */
  private firstUnified: { line: number; column: number } | null = null;

  /** Adds one line (line breaks inside it become spaces); blank lines are kept out. */
  push(text: string, hint: LineHint, origin: number): void {
    const written = text
      .replace(/[\r\n]+/g, ' ')
      .replace(/[ \t]+$/, '')
      .replace(/[⸺⸻]/g, (dash) => (dash === '⸺' ? '——' : '———'));
    if (written.trim().length === 0) return;
    const { text: line, count } = unifiedIdeographs(written);
    if (count > 0) {
      // Nothing before the first replaced character changed length: its column is the same in both.
      if (this.unifiedCount === 0) {
        this.firstUnified = { line: this.lines.length, column: firstDifference(written, line) };
      }
      this.unifiedCount += count;
    }
    this.lines.push(line);
    this.hints.push(hint);
    this.origins.push(origin);
  }

  /** Adds page furniture (a document's headers or footers) as layout lines, each text once, from no body paragraph. */
  pushFurniture(texts: Iterable<string>, layout: NonNullable<LineHint['layout']>): void {
    const seen = new Set<string>();
    for (const text of texts) {
      const trimmed = text.trim();
      if (trimmed.length > 0 && !seen.has(trimmed)) this.push(trimmed, { layout }, -1);
      seen.add(trimmed);
    }
  }

  get length(): number {
    return this.lines.length;
  }

  finish(unit: SourceOrigin['unit'], encoding: string): ExtractedText {
    const extracted: ExtractedText = {
      text: this.lines.join('\n') + (this.lines.length > 0 ? '\n' : ''),
      encoding,
      bom: false,
      hints: this.hints,
      origin: { unit, lines: this.origins },
    };
    if (this.unifiedCount > 0) {
      const { line, column } = this.firstUnified ?? { line: 0, column: 0 };
      let offset = column;
      for (let i = 0; i < line; i++) offset += this.lines[i].length + 1;
      extracted.unified = { count: this.unifiedCount, first: offset };
    }
    return extracted;
  }
}

/** The index of the first code unit where two strings differ. */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
