/**
 * Stage 6: recognised parts → the document tree, its meta and its diagnostics.
 */
import type {
  Attachment,
  AttachmentContent,
  BodyContent,
  Diagnostic,
  Document,
  DocumentMeta,
  LayoutItem,
  Part,
  RootContent,
  SourceInfo,
} from '../types.js';
import { type Block, blockEnd, blockStart } from './block.js';
import type { Locator } from './locate.js';
import type { AssembledBlocks } from './assemble-blocks.js';
import type { Piece, RecognizedParts } from './pieces.js';
import { type BracketSpans, buildSections } from './build-sections.js';
import { checkNumbering } from './check-numbering.js';
import { checkBrackets, countCompatibility } from './check-brackets.js';
import { readDocNumber, readGenre, readLooseDate } from './read-fields.js';
import { foldForMatching } from '../normalize.js';

const UNCHECKED_PARTS = new Set(['frontMatter', 'markup', 'preamble', 'siteFurniture']);

function partNode(piece: Extract<Piece, { kind: 'part' }>, locator: Locator): Part {
  return {
    type: 'part',
    role: piece.role,
    text: piece.block.text,
    position: locator.position(blockStart(piece.block), blockEnd(piece.block)),
  };
}

/** Turns a run of pieces into nodes: parts as they are, runs of body blocks into sections. */
function buildContainer(
  pieces: Piece[],
  locator: Locator,
  diagnostics: Diagnostic[],
  spans: BracketSpans,
): Array<Part | BodyContent> {
  const nodes: Array<Part | BodyContent> = [];
  // The blocks of the current run of body pieces.
  let run: Block[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const body = buildSections(run, locator, spans);
    checkNumbering(body, locator, diagnostics);
    for (let index = 0; index < body.length; index++) nodes.push(body[index]);
    run = [];
  };
  let previousKind: string | undefined;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index];
    // A Markdown code block or table is kept, line by line, as paragraphs: say so once per block.
    const kind = piece.block.markdown?.kind;
    if (piece.kind === 'body' && (kind === 'table' || kind === 'code') && previousKind !== kind) {
      const start = blockStart(piece.block);
      diagnostics.push({
        code: 'unrecognised-layout',
        severity: 'info',
        message: `a Markdown ${kind === 'table' ? 'table' : 'code block'} is kept as paragraphs, line by line`,
        position: locator.position(start, blockEnd(piece.block)),
      });
    }
    previousKind = kind;
    if (piece.kind === 'body') run.push(piece.block);
    else {
      flush();
      const part = partNode(piece, locator);
      if (!UNCHECKED_PARTS.has(part.role)) spans.offsets.push(part.position.start.offset, part.position.end.offset);
      nodes.push(part);
    }
  }
  flush();
  return nodes;
}

/**
 * The year a document speaks of: its subtitle's (the meeting a report was given at), else its
 * title's (2023年科普工作要点 → 2023), else 〔2023〕, else its date.
 */
function documentYear(meta: DocumentMeta, attachmentTitles: string[]): Pick<DocumentMeta, 'year' | 'yearSource'> {
  // A report or speech speaks of the year of the meeting it was given at (2024年3月5日在……会议上).
  if (meta.subtitle?.date) return { year: Number(meta.subtitle.date.slice(0, 4)), yearSource: 'subtitle' };
  for (const title of [meta.title, ...attachmentTitles]) {
    const match = title
      ? /((?:19|20)[0-9]{2})\s*年(?![-—–至到~～])(?!\s*[0-9]{1,2}\s*月)/.exec(foldForMatching(title))
      : null;
    if (match && !/[-—–至到~～]\s*$/.test(foldForMatching(title!).slice(0, match.index)))
      return { year: Number(match[1]), yearSource: 'title' };
  }
  if (meta.docNumber?.year) return { year: meta.docNumber.year, yearSource: 'docNumber' };
  if (meta.date) return { year: Number(meta.date.slice(0, 4)), yearSource: 'date' };
  if (meta.publishDate) return { year: Number(meta.publishDate.slice(0, 4)), yearSource: 'publishDate' };
  return { year: null, yearSource: null };
}

function stringField(frontMatter: Record<string, unknown> | null, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = frontMatter?.[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return null;
}

/**
 * What a reader could not read (invalid front matter; the numbering a .doc keeps out of its
 * text), reported as a warning over [start, end) of the text.
 *
 * @example
 * const problem: ReaderProblem = { code: 'invalid-front-matter', message: 'not YAML', start: 4, end: 20 }
 */
export interface ReaderProblem {
  code: 'invalid-front-matter' | 'unread-numbering' | 'unread-list-nesting';
  message: string;
  start: number;
  end: number;
}

export interface DocumentInputs {
  text: string;
  source: SourceInfo;
  locator: Locator;
  assembled: AssembledBlocks;
  parts: RecognizedParts;
  frontMatter: Record<string, unknown> | null;
  /** What the format reader could not read (invalid front matter), reported as diagnostics. */
  readerProblems?: ReaderProblem[];
  /** For extracted text: the radicals and compatibility ideographs the extractor replaced, and where the first is. */
  unifiedByExtractor?: { count: number; first: number };
}

/** Assembles the final tree. */
/** The root's children: runs of parts and body, and each attachment with its own body. */
function buildChildren(
  parts: RecognizedParts,
  locator: Locator,
  diagnostics: Diagnostic[],
  spans: BracketSpans,
): RootContent[] {
  const children: RootContent[] = [];
  let rootRun: Piece[] = [];
  const flushRoot = () => {
    for (const node of buildContainer(rootRun, locator, diagnostics, spans)) children.push(node);
    rootRun = [];
  };
  for (const piece of parts.pieces) {
    if (piece.kind !== 'attachment') {
      rootRun.push(piece);
      continue;
    }
    flushRoot();
    const content = buildContainer(piece.pieces, locator, diagnostics, spans) as AttachmentContent[];
    const start = content[0]?.position.start.offset ?? 0;
    const end = content[content.length - 1]?.position.end.offset ?? start;
    children.push({
      type: 'attachment',
      index: piece.index,
      title: piece.title,
      children: content,
      ...(piece.signatory !== undefined && { signatory: piece.signatory }),
      ...(piece.signatoryNote !== undefined && { signatoryNote: piece.signatoryNote }),
      ...(piece.date !== undefined && { date: piece.date }),
      position: locator.position(start, end),
    } satisfies Attachment);
  }
  flushRoot();
  return children;
}

/** The meta fields: the parts read, completed from Markdown front matter, and the document's year. */
function buildMeta(parts: RecognizedParts, frontMatter: Record<string, unknown> | null): DocumentMeta {
  // Front matter first, then a portal's information table (gov.cn) copied with the page.
  const fields = { ...parts.pageFields, ...frontMatter };
  const fmTitle = stringField(fields, '标题', 'title');
  const fmNumber = stringField(fields, '文号', '发文字号', 'docNumber');
  const publishDate = readLooseDate(fields['发布日期'] ?? fields['date'] ?? null);
  const title = parts.title ?? fmTitle;
  const numberFromFrontMatter = fmNumber
    ? (readDocNumber(fmNumber, foldForMatching(fmNumber)) ?? { raw: fmNumber, agency: null, year: null, serial: null })
    : null;
  const meta: DocumentMeta = {
    issuerMark: parts.issuerMark,
    docNumber: parts.docNumber ?? numberFromFrontMatter,
    title,
    genre: (title ? readGenre(foldForMatching(title)) : null) ?? parts.subtitleGenre,
    addressees: parts.addressees,
    attachments: parts.attachments,
    signatory: parts.signatory,
    signatoryNote: parts.signatoryNote,
    date: parts.date ?? readLooseDate(parts.pageFields['成文日期'] ?? null),
    subtitle: parts.subtitle,
    note: parts.note,
    cc: parts.cc,
    printer: parts.printer,
    printDate: parts.printDate,
    publishDate,
    year: null,
    yearSource: null,
    frontMatter,
  };
  return Object.assign(
    meta,
    documentYear(
      meta,
      parts.attachments.map((item) => item.title),
    ),
  );
}

/** "1 thing", "2 things". */
function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Stage 6: the recognised parts become the document: its children, meta, layout and diagnostics. */
export function buildDocument(inputs: DocumentInputs): Document {
  const { text, source, locator, assembled, parts, frontMatter } = inputs;
  const diagnostics: Diagnostic[] = (inputs.readerProblems ?? []).map((problem) => ({
    code: problem.code,
    severity: 'warning',
    message: problem.message,
    position: locator.position(problem.start, problem.end),
  }));
  const spans: BracketSpans = { text, offsets: [], markers: [] };
  const children = buildChildren(parts, locator, diagnostics, spans);
  const compatibility = countCompatibility(
    text,
    spans.markers,
    checkBrackets(text, spans.offsets, locator, diagnostics),
  );
  const unified = inputs.unifiedByExtractor;
  if (unified && unified.count > 0) {
    diagnostics.push({
      code: 'compatibility-ideographs',
      severity: 'info',
      message: `${countOf(unified.count, 'Kangxi radical or compatibility ideograph', 'Kangxi radicals or compatibility ideographs')} in the extracted text replaced by the unified ideographs they stand for (⼀ → 一, ⽉ → 月)`,
      position: locator.position(unified.first, unified.first + 1),
    });
  } else if (compatibility.count > 0) {
    diagnostics.push({
      code: 'compatibility-ideographs',
      severity: 'info',
      message: `${countOf(compatibility.count, 'Kangxi radical or compatibility ideograph', 'Kangxi radicals or compatibility ideographs')} read as the unified ideographs they stand for (⼀ as 一, ⽉ as 月); the text keeps them as written`,
      position: locator.position(compatibility.first, compatibility.first + 1),
    });
  }
  if (text.includes('\ufffd')) {
    const offset = text.indexOf('\ufffd');
    diagnostics.push({
      code: 'decoding-replacement',
      severity: 'warning',
      message: 'the text holds U+FFFD replacement characters: some bytes were not decodable',
      position: locator.position(offset, offset + 1),
    });
  }
  diagnostics.sort((a, b) => a.position.start.offset - b.position.start.offset);
  const layout: LayoutItem[] = assembled.layout.map((item) => ({
    kind: item.kind,
    text: text.slice(item.line.contentStart, item.line.contentEnd),
    value: item.value,
    position: locator.position(item.line.contentStart, item.line.contentEnd),
  }));
  return {
    type: 'document',
    kepuVersion: 1,
    source,
    meta: buildMeta(parts, frontMatter),
    children,
    layout,
    diagnostics,
    position: locator.position(0, text.length),
  };
}
