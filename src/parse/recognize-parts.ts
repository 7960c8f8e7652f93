/**
 * Stage 4: blocks → GB/T 9704 parts. The parts are rules in a table (./part-rules.ts); this driver
 * walks the blocks once and lets the first rule that matches take each block:
 *
 * - head: front matter, 份号/密级, 发文机关标志, 发文字号, title (wrapped lines joined), 主送机关;
 * - body: the letter (or the whole rules text) up to its closing: 附件 list, 署名, 成文日期, 附注;
 * - foot: each 附件 with its label, title, own body and own closing; 抄送 and 印发.
 *
 * Everything that is not a recognised part stays a body block, so nothing is dropped.
 */
import type { Block } from './block.js';
import { markerOf } from './block.js';
import { isRegExpSpace } from './split-lines.js';
import { BODY_RULES, HEAD_RULES, type PartContext, type PartRule, type PartState } from './part-rules.js';
import { LIST_ITEM, ORDER_MARK, fold, foldedStart, splitGroups, squeeze } from './part-patterns.js';
import { foldForMatching } from '../normalize.js';
import type { AttachmentPiece, RecognizedParts } from './pieces.js';

export type { Piece, AttachmentPiece, RootPiece, RecognizedParts } from './pieces.js';

/** The context the rules start from: nothing found yet, in the given state. */
export function createPartContext(blocks: Block[], state: PartState = 'head', text = ''): PartContext {
  const result: RecognizedParts = {
    pieces: [],
    issuerMark: null,
    docNumber: null,
    title: null,
    addressees: [],
    attachments: [],
    signatory: null,
    signatoryNote: null,
    date: null,
    subtitle: null,
    note: null,
    cc: [],
    printer: null,
    printDate: null,
    pageFields: {},
    subtitleGenre: null,
  };
  return {
    blocks,
    folded: blocks.map(fold),
    result,
    state,
    container: result.pieces as PartContext['container'],
    attachment: null,
    titleSqueezed: null,
    addresseeTexts: [],
    citedTitles: new Set(),
    text,
    labelledRunEnd: 0,
  };
}

/**
 * Recognises the parts of a document in its blocks; `text`, the source the blocks were cut from,
 * shows where empty lines set them apart.
 */
export function recognizeParts(blocks: Block[], text = ''): RecognizedParts {
  const ctx = createPartContext(blocks, 'head', text);
  const { result } = ctx;
  let i = 0;
  for (let taken = applyRules(ctx, HEAD_RULES, i); taken !== i; taken = applyRules(ctx, HEAD_RULES, i)) i = taken;
  result.addressees = splitGroups(ctx.addresseeTexts);
  // A report or speech has no 成文日期: its subtitle's date is the document's.
  if (result.date === null && result.subtitle?.date) result.date = result.subtitle.date;
  ctx.state = 'body';
  if (result.title === null && ORDER_MARK.test(result.issuerMark ?? '')) readPromulgatedTitle(ctx, i);

  while (i < blocks.length) {
    const taken = isPlainBody(ctx, i) ? i : applyRules(ctx, BODY_RULES, i);
    if (taken !== i) {
      i = taken;
      continue;
    }
    if (ctx.state === 'body') noteCitedTitles(ctx, blocks[i].text);
    ctx.container.push({ kind: 'body', block: blocks[i] });
    i++;
  }

  if (result.attachments.length === 0) {
    result.attachments = result.pieces
      .filter((piece): piece is AttachmentPiece => piece.kind === 'attachment')
      .map((piece) => ({ index: piece.index, title: piece.title }));
  }
  return result;
}

/** Applies the first rule of `rules` that matches at `i` in the current state; returns where to go on. */
function applyRules(ctx: PartContext, rules: readonly PartRule[], i: number): number {
  if (i >= ctx.blocks.length) return i;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    if (!rule.states.includes(ctx.state)) continue;
    const length = rule.match(ctx, i);
    if (length > 0) return rule.read(ctx, i, length) ?? i + length;
  }
  return i;
}

/** A numbered line, or a long line of body text, is no part (parts are short, or start with 附件/抄送, or end in 印发). */
function isPlainBody(ctx: PartContext, i: number): boolean {
  const block = ctx.blocks[i];
  // The patterns are tried only on a line whose folded text can start as they need (a digit, 附, 抄).
  const first = foldedStart(block);
  if (markerOf(block) !== null) {
    const digit = first >= 0x30 && first <= 0x39; // a numbered line's start is always known
    if (!digit || !LIST_ITEM.test(ctx.folded[i])) return true;
  }
  if (ctx.state === 'closing' || block.text.length <= 100) return false;
  const startsAsPart = first === -1 ? /^[附抄]/.test(ctx.folded[i]) : first === 0x9644 || first === 0x6284; // 附 抄
  return !startsAsPart && !endsWithPrinted(block.text);
}

/** Whether a text ends in 印发 (印 发 spaced out too): checked from the end, not by a pattern tried at every position. */
function endsWithPrinted(text: string): boolean {
  let i = text.length - 1;
  if (text[i] !== '发') return false;
  for (i--; i >= 0 && isRegExpSpace(text.charCodeAt(i)); i--);
  return text[i] === '印';
}

const CITED_TITLE = /《([^《》\n]{4,80})》/g;

/** Remembers the titles a letter cites in 《》, to know the forwarded document when it follows. */
function noteCitedTitles(ctx: PartContext, text: string): void {
  if (text.indexOf('《') === -1) return;
  for (const found of text.matchAll(CITED_TITLE)) ctx.citedTitles.add(squeeze(foldForMatching(found[1])));
}

/** An order's title is what it promulgates: 现公布《中华人民共和国……条例》 in its first paragraph. */
function readPromulgatedTitle(ctx: PartContext, i: number): void {
  const text = ctx.blocks[i]?.text ?? '';
  const found = /《([^《》]{2,80})》/.exec(text);
  if (found && /公布|发布|施行/.test(text)) ctx.result.title = found[1];
}
