/**
 * Every node type of a kepu tree, in one place.
 *
 * Nodes are plain unist objects: `{type, …, children?, position}`; positions count lines and
 * columns from 1 and offsets from 0 into the decoded source text, `end` being the first
 * character after the node. Trees survive `JSON.parse(JSON.stringify(tree))`.
 *
 * Adding a node type: (1) declare it here and add it to the right content union,
 * (2) describe it in `schemas/document.schema.json`, (3) add a fixture that produces it,
 * (4) mention it in README.md.
 */
import type { TimeKind } from './time/parse-time.js';
import type { InitiativeKind } from './passes/initiative-kinds.js';

/**
 * One place in the source: line and column from 1, offset from 0.
 *
 * @example
 * document.position.start // { line: 1, column: 1, offset: 0 }
 */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * A span of the source; `end` is the first character after it.
 *
 * @example
 * section.headingPosition // { start: { line: 23, column: 1, offset: 1311 }, end: {…} }
 */
export interface Position {
  start: Point;
  end: Point;
}

/**
 * How serious a diagnostic is: error, warning or info.
 *
 * @example
 * document.diagnostics.filter((d) => d.severity === 'warning')
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Stable diagnostic codes; the messages may change, the codes do not.
 *
 * @example
 * const code: DiagnosticCode = 'numbering-gap'
 */
export type DiagnosticCode =
  | 'numbering-gap'
  | 'duplicate-marker'
  | 'numbering-reversal'
  | 'level-skipped'
  | 'unclosed-quote'
  | 'unclosed-bracket'
  | 'unmatched-bracket'
  | 'unrecognised-layout'
  | 'decoding-replacement'
  | 'invalid-front-matter'
  /** A .doc numbers paragraphs with Word's lists, and its list tables could not be lined up with its text. */
  | 'unread-numbering'
  /**
   * (info) Kangxi radicals or compatibility ideographs (⼀ for 一, ⽉ for 月) were read as the unified
   * ideographs they stand for: replaced in text extracted from HTML, Word or PDF, matched through
   * in plain text and Markdown (which keep them as written).
   */
  | 'compatibility-ideographs'
  /** Markdown lists nested too deep (or too much) for remark-parse in good time: the file was read line by line. */
  | 'unread-list-nesting';

/**
 * A problem found in valid input: the tree is still produced in full.
 *
 * @example
 * parseCircular('一、甲\n三、乙\n').diagnostics[0]
 * // { code: 'numbering-gap', severity: 'warning', message: '三、 follows 一、: 二 is missing', position: {…} }
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  position: Position;
}

/**
 * The input formats: plain text, Markdown, and the formats kepu extracts text from.
 *
 * @example
 * pickFormat('notice.htm') // 'html'
 */
export type InputFormat = 'text' | 'md' | 'html' | 'docx' | 'doc' | 'pdf';

/**
 * Where each line of text extracted from HTML, Word or PDF came from: the offset in the HTML
 * source, the paragraph index in the Word document (tables count one a row), or the PDF page.
 *
 * @example
 * document.source.origin // { unit: 'pdf-page', lines: [1, 1, 1, 2, …] }
 */
export interface SourceOrigin {
  unit: 'html-offset' | 'docx-paragraph' | 'doc-paragraph' | 'pdf-page';
  /** One value per line of the extracted text (line 1 is index 0). */
  lines: number[];
}

/**
 * Where the tree came from.
 *
 * @example
 * parseCircular(bytes, { name: 'a.txt' }).source // { name: 'a.txt', encoding: 'gb18030', format: 'text', … }
 */
export interface SourceInfo {
  /** File name as given, or `-` for standard input. */
  name: string;
  /** Detected or forced encoding: utf-8, utf-16le, utf-16be, gb18030. */
  encoding: string;
  /** Whether the bytes started with a byte-order mark. */
  bom: boolean;
  format: InputFormat;
  /** Line-end style seen: lf, crlf, cr, mixed or none. */
  lineEnding: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  /** True when the text was taken for PDF-extracted, hard-wrapped text and rejoined. */
  hardWrapped: boolean;
  /** Length of the decoded text in UTF-16 code units. */
  length: number;
  /** For HTML, Word and PDF input: where each line of the extracted text came from. */
  origin?: SourceOrigin;
}

/**
 * 发文字号: 国办发〔2021〕9号 → agency 国办发, year 2021, serial 9.
 *
 * @example
 * parseCircular(text).meta.docNumber // { raw: '国办发〔2021〕9号', agency: '国办发', year: 2021, serial: 9 }
 */
export interface DocNumber {
  raw: string;
  agency: string | null;
  year: number | null;
  serial: number | null;
}

/**
 * One entry of the 附件 list.
 *
 * @example
 * meta.attachments // [{ index: 1, title: '2023年科普工作要点' }]
 */
export interface AttachmentRef {
  index: number | null;
  title: string;
}

/**
 * The GB/T 9704 parts of a document; absent ones are null or [].
 *
 * @example
 * parseCircular(text).meta.title // '关于印发《2023年科普工作要点》的通知'
 */
export interface DocumentMeta {
  /** 发文机关标志, e.g. 临江市科学技术协会文件. */
  issuerMark: string | null;
  docNumber: DocNumber | null;
  /** 标题, wrapped lines joined. */
  title: string | null;
  /** 文种: 通知, 意见, 方案, 要点, 办法 … */
  genre: string | null;
  /** 主送机关, one string per group. */
  addressees: string[];
  attachments: AttachmentRef[];
  /** 发文机关署名, without a seal note. */
  signatory: string | null;
  /** A note to the signature naming a seal or a signature, without its brackets: 代章, 盖章, 签字. */
  signatoryNote: string | null;
  /** 成文日期 as ISO 8601 (YYYY-MM-DD); for a report or speech without one, the date of its subtitle. */
  date: string | null;
  /** The subtitle of a report or a speech (——2024年3月5日在……会议上), and the speaker's line under it. */
  subtitle: Subtitle | null;
  /** 附注 without its brackets. */
  note: string | null;
  /** 抄送机关. */
  cc: string[];
  /** 印发机关. */
  printer: string | null;
  /** 印发日期 as ISO 8601. */
  printDate: string | null;
  /** 发布日期 from Markdown front matter, when there is one. */
  publishDate: string | null;
  /** The year the document speaks of: its title's year, else its number's, else its date's. */
  year: number | null;
  /** Which field gave `year`: a report's subtitle (the meeting's year) first, then the title, the number, the date. */
  yearSource: 'subtitle' | 'title' | 'docNumber' | 'date' | 'publishDate' | null;
  /** Markdown front matter as read, keys as written. */
  frontMatter: Record<string, unknown> | null;
}

/**
 * The subtitle of a report or a speech, read: the date and the occasion it was given at, the speaker's
 * line under it (a name with or without a post, or a body's name), and the subtitle's own text.
 *
 * @example
 * parseCircular(report).meta.subtitle
 * // { text: '——2024年3月5日在第十四届全国人民代表大会第二次会议上', date: '2024-03-05',
 * //   occasion: '第十四届全国人民代表大会第二次会议', speaker: '国务院总理　李强' }
 */
export interface Subtitle {
  /** The subtitle line as written (the dash and brackets kept); null when there is only a speaker's line. */
  text: string | null;
  /** ISO 8601, from the subtitle or the bracketed date under the title. */
  date: string | null;
  /** What stands between 在 and 上: the meeting or event. */
  occasion: string | null;
  /** The speaker's line as written (国务院总理　李强), or a body's name. */
  speaker: string | null;
}

/**
 * Names of the GB/T 9704 parts that are kept as `part` nodes.
 *
 * @example
 * tree.children.filter((node) => node.type === 'part' && node.role === 'signatory')
 */
export type PartRole =
  | 'frontMatter'
  | 'preamble'
  | 'markup'
  | 'classification'
  | 'issuerMark'
  | 'docNumber'
  | 'signer'
  | 'title'
  | 'subtitle'
  | 'speaker'
  | 'addressees'
  | 'attachmentLabel'
  | 'attachmentList'
  | 'signatory'
  | 'signatoryNote'
  | 'date'
  | 'note'
  | 'cc'
  | 'printer'
  | 'siteFurniture';

/**
 * A non-body part of the document (title, 发文字号, signature …) kept with its text.
 *
 * @example
 * tree.children[0] // { type: 'part', role: 'title', text: '关于…的通知', position: {…} }
 */
export interface Part {
  type: 'part';
  role: PartRole;
  /** The source slice with hard-wrap line breaks removed. */
  text: string;
  position: Position;
}

/**
 * A run of body text.
 *
 * @example
 * section.children[0] // { type: 'paragraph', text: '强化部际间协作…', position: {…} }
 */
export interface Paragraph {
  type: 'paragraph';
  /** The source slice with hard-wrap line breaks (and page furniture) removed. */
  text: string;
  position: Position;
}

/**
 * The numbering styles (the table in numbering-styles.ts), and Markdown headings by depth.
 *
 * @example
 * const style: NumberingStyleName = 'chinese-paren' // （一）
 */
export type NumberingStyleName =
  | 'part'
  | 'law-book'
  | 'law-chapter'
  | 'law-section'
  | 'law-article'
  | 'chinese-comma'
  | 'chinese-paren'
  | 'arabic-dot'
  | 'arabic-paren'
  | 'arabic-half-paren'
  | 'enclosed'
  | 'decimal'
  | 'decimal-2'
  | 'decimal-3'
  | 'decimal-4'
  | `markdown-h${1 | 2 | 3 | 4 | 5 | 6}`;

/**
 * A numbered (or Markdown-headed) division of the body.
 *
 * @example
 * tree.children.find((node) => node.type === 'section')
 * // { type: 'section', id: '2', level: 1, marker: '二、', ordinal: 2, style: 'chinese-comma', heading: '…', … }
 */
export interface Section {
  type: 'section';
  /** Dotted ordinals of the path inside its container: "2.1.3"; a repeated number gets ~2 ("1.3~2"). */
  id: string;
  /** Depth from 1 inside its container. */
  level: number;
  /** The marker exactly as written: "（二）", "(二)", "1．", "第十二条"; "" for an unnumbered Markdown heading. */
  marker: string;
  /** The number the marker stands for (二 → 2, 第十二条 → 12). */
  ordinal: number;
  /** Name of the numbering style (see numbering-styles.ts). */
  style: NumberingStyleName;
  /** The heading without marker and without an inline heading's closing 。; "" when there is none. */
  heading: string;
  /** Span of the marker and heading (and its closing punctuation). */
  headingPosition: Position;
  children: BodyContent[];
  position: Position;
}

/**
 * An attachment printed in the document (附件1 …), with its own body.
 *
 * @example
 * tree.children.find((node) => node.type === 'attachment')?.title // '2023年科普工作要点'
 */
export interface Attachment {
  type: 'attachment';
  index: number | null;
  title: string;
  /** The attachment's own body: its title part, paragraphs and sections. */
  children: AttachmentContent[];
  /** A forwarded document's own 署名, when it signs itself (the letter's is meta.signatory). */
  signatory?: string;
  /** The seal note of that 署名 (代章, 盖章), when it has one. */
  signatoryNote?: string;
  /** A forwarded document's own 成文日期, in ISO 8601 (the letter's is meta.date). */
  date?: string;
  position: Position;
}

/**
 * What a section holds: paragraphs and subsections.
 *
 * @example
 * section.children.filter((child): child is Section => child.type === 'section')
 */
export type BodyContent = Paragraph | Section;
/**
 * What an attachment holds: its label and title parts, paragraphs and sections.
 *
 * @example
 * attachment.children.map((child) => child.type) // ['part', 'part', 'paragraph', 'section', …]
 */
export type AttachmentContent = Part | Paragraph | Section;
/**
 * What the document holds: parts, paragraphs, sections and attachments, in reading order.
 *
 * @example
 * tree.children.map((child) => child.type)
 */
export type RootContent = Part | Paragraph | Section | Attachment;
/**
 * Any node of a kepu tree.
 *
 * @example
 * const visit = (node: Node) => ('children' in node ? node.children.forEach(visit) : undefined)
 */
export type Node = RootContent | Document;

/**
 * Page furniture kept out of the text but recorded, so that nothing is silently dropped.
 *
 * @example
 * tree.layout // [{ kind: 'page-number', text: '— 1 —', value: 1, position: {…} }]
 */
export interface LayoutItem {
  kind: 'page-number' | 'running-header' | 'running-footer';
  text: string;
  /** The page number, for kind page-number. */
  value: number | null;
  position: Position;
}

/**
 * The root of a kepu tree.
 *
 * @example
 * const tree: Document = parseCircular(text)
 */
export interface Document {
  type: 'document';
  /** Version of the tree format, so that consumers can check what they read. */
  kepuVersion: 1;
  source: SourceInfo;
  meta: DocumentMeta;
  children: RootContent[];
  layout: LayoutItem[];
  diagnostics: Diagnostic[];
  position: Position;
}

// ---- kepu diff -------------------------------------------------------------------------------

/**
 * What happened to a section between two plans; a section can carry several.
 *
 * @example
 * diff.changes.filter((change) => change.kinds.includes('renamed'))
 */
export type ChangeKind = 'unchanged' | 'renamed' | 'modified' | 'moved' | 'added' | 'removed';

/**
 * A section as the diff names it.
 *
 * @example
 * diff.changes[0].new // { id: '2', role: 'section', marker: '二、', heading: '重点任务', line: 12 }
 */
export interface SectionRef {
  id: string;
  /**
   * What the node is: a numbered `section`, the forwarding `letter`, the plan's `lead-in` (its
   * paragraphs before the first section), its `closing` passages (those after the last section's
   * own text, opened by an address to the audience: 各位代表！), or an `annex` (another attachment of a
   * forwarded plan).
   */
  role: 'section' | 'letter' | 'lead-in' | 'closing' | 'annex';
  marker: string;
  heading: string;
  /** Where it starts in its document. */
  line: number;
}

/**
 * What a pair of sections was matched by, strongest evidence first.
 *
 * @example
 * diff.changes[0].match?.matchedBy // 'heading'
 */
export type MatchReason = 'identical' | 'heading' | 'body' | 'position' | 'moved-from-parent';

/**
 * Why two sections were paired: the score and its parts.
 *
 * @example
 * diff.changes[0].match // { score: 0.82, headingSimilarity: 0.9, bodySimilarity: 0.7, matchedBy: 'heading' }
 */
export interface MatchExplanation {
  /** The pairing score, 0..1: heading and body similarity (TF-IDF cosine) and a small position prior. */
  score: number;
  headingSimilarity: number;
  bodySimilarity: number;
  matchedBy: MatchReason;
}

/**
 * One piece of a word-level text diff.
 *
 * @example
 * diff.changes[0].text // [{ op: 'equal', value: '年底前' }, { op: 'insert', value: '全面' }, …]
 */
export interface TextPiece {
  op: 'equal' | 'insert' | 'delete';
  value: string;
}

/**
 * One section of either plan and what became of it.
 *
 * @example
 * diff.changes[0] // { kinds: ['modified'], level: 1, old: {…}, new: {…}, similarity: 0.9, match: {…}, text: […] }
 */
export interface SectionChange {
  kinds: ChangeKind[];
  level: number;
  old: SectionRef | null;
  new: SectionRef | null;
  /** The pairing score, 0..1 (as `match.score`); null for added or removed ones. */
  similarity: number | null;
  /** Why the two sections were paired; null for added or removed ones. */
  match: MatchExplanation | null;
  /** Word-level diff of the section's own text (heading and its paragraphs, not its subsections); [] when unchanged. */
  text: TextPiece[];
}

/**
 * A number with a unit that changed inside a matched section, paired by what it counts (its unit
 * and the words before it): 新增就业1200万人 → 新增就业1244万人.
 *
 * @example
 * diff.targets.changed[0] // { unit: '万人次', subject: '全年接待观众', old: 50, new: 60, oldText: '50万人次', … }
 */
export interface TargetChange {
  /** The magnitude and measure word: 万人, 亿元, %, 场. */
  unit: string;
  /** The words before the number in its clause, other numbers left out (the new side's): 城镇新增就业. */
  subject: string;
  old: number;
  new: number;
  oldText: string;
  newText: string;
  /** The sentence each number stands in. */
  oldSentence: string;
  newSentence: string;
  /** The section, on the new side. */
  section: SectionRef;
}

/**
 * A number with a unit on one side only, in a matched section: one that no number of the other
 * side counts (no unit and subject alike, and no equal number left).
 *
 * @example
 * diff.targets.added[0] // { text: '1.3万亿斤', value: 1.3, unit: '万亿斤', subject: '粮食产量', sentence: '…', section: {…} }
 */
export interface TargetRef {
  text: string;
  value: number;
  unit: string;
  subject: string;
  sentence: string;
  section: SectionRef;
}

/**
 * A deadline as the diff names it, on one side, with its section.
 *
 * @example
 * diff.deadlines.added[0] // { text: '10月底前', kind: 'deadline', date: '2024-10-31', … }
 */
export interface DeadlineRef {
  text: string;
  kind: TimeKind;
  start: string | null;
  end: string | null;
  date: string | null;
  /** The sentence it stands in (its item: what is to be done by then). */
  sentence: string;
  section: SectionRef | null;
}

/**
 * A deadline of a matched section that moved in time or was reworded.
 *
 * @example
 * diff.deadlines.changed[0].direction // 'extended'
 */
export interface DeadlineChange {
  old: DeadlineRef;
  new: DeadlineRef;
  /** Later limit: extended; earlier: brought-forward; same day, other wording: reworded. */
  direction: 'extended' | 'brought-forward' | 'reworded';
}

/**
 * An initiative as the diff names it, with its counts on each side.
 *
 * @example
 * diff.initiatives.added[0] // { key: '科学启蒙计划', name: '“科学启蒙”计划', kind: 'plan', newCount: 2 }
 */
export interface InitiativeRef {
  key: string;
  name: string;
  kind: InitiativeKind;
  oldCount?: number;
  newCount?: number;
}

/**
 * The result of comparing two plans.
 *
 * @example
 * diffPlans(parseCircular(old), parseCircular(new)).summary // { renamed: 2, added: 1, … }
 */
export interface PlanDiff {
  old: { name: string; year: number | null; title: string | null };
  new: { name: string; year: number | null; title: string | null };
  summary: Record<ChangeKind, number> & {
    initiativesAdded: number;
    initiativesRemoved: number;
    deadlinesAdded: number;
    deadlinesRemoved: number;
    deadlinesChanged: number;
    targetsChanged: number;
    targetsAdded: number;
    targetsRemoved: number;
  };
  changes: SectionChange[];
  initiatives: { added: InitiativeRef[]; removed: InitiativeRef[]; kept: InitiativeRef[] };
  deadlines: { added: DeadlineRef[]; removed: DeadlineRef[]; changed: DeadlineChange[] };
  targets: { changed: TargetChange[]; added: TargetRef[]; removed: TargetRef[] };
}
