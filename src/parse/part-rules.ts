/**
 * The parts of a circular, one rule a row. Each rule names its zone (head: above the body; body: the
 * letter; foot: the closing, the attachments and what follows them), the states it applies in, a
 * matcher that says how many blocks the part takes, a reader that records it, and sample lines on
 * which it must fire (the tests run every sample). recognizeParts is the short driver that applies
 * them; a new layout is a new row here.
 */
import type { PartRole } from '../types.js';
import { type Block, markerOf, mergeBlocks } from './block.js';
import { foldForMatching } from '../normalize.js';
import {
  DATE_LINE,
  DOC_NUMBER_IN_LINE,
  MONTH_DAY,
  YEAR,
  readDateGroups,
  readDocNumber,
  readGenre,
} from './read-fields.js';
import { parseOrdinal } from '../numerals.js';
import type { AttachmentPiece, Piece, RecognizedParts, RootPiece } from './pieces.js';
import {
  ATTACHMENT_LABEL,
  ATTACHMENT_LABEL_WITH_TITLE,
  ATTACHMENT_LIST,
  CC,
  CLASSIFICATION,
  ISSUER_MARK,
  ISSUER_NAME,
  LIST_ITEM,
  type ListItem,
  MARKDOWN_PREAMBLE,
  ORDER_MARK,
  ORDER_NUMBER,
  PAGE_FOOTER,
  PAGE_FOOT_STRICT,
  PRINTER,
  PROMULGATION,
  SIGNER,
  SITE_FURNITURE,
  STRONG_FURNITURE,
  addresseeRun,
  isCcContinuation,
  isClosingDate,
  isDateLine,
  isListContinuation,
  isSignatureLike,
  isTitleLike,
  orderNumber,
  readListItems,
  readPageFields,
  withoutSiteSuffix,
  isCompleteTitle,
  isTitleContinuation,
  repeatsTitle,
  fold,
  squeeze,
  startsAttachment,
  titleLength,
} from './part-patterns.js';

/** Where the recogniser is: above the body, in the letter, after its closing, or in an attachment. */
export type PartState = 'head' | 'body' | 'closing' | 'attachment';

/** What the rules read and write while the driver walks the blocks once. */
export interface PartContext {
  blocks: Block[];
  /** Each block's content folded for matching (half width, simplified characters). */
  folded: string[];
  result: RecognizedParts;
  state: PartState;
  /** Where body blocks and parts go now: the root, or the current attachment's pieces. */
  container: Piece[];
  attachment: AttachmentPiece | null;
  /** The title squeezed of white space, once read (to recognise a repeated title). */
  titleSqueezed: string | null;
  addresseeTexts: string[];
  /** Titles the letter cites in 《》 (现将《关于……的意见》转发给你们), to recognise the forwarded document. */
  citedTitles: Set<string>;
}

export interface PartRule {
  name: string;
  zone: 'head' | 'body' | 'foot';
  states: readonly PartState[];
  /** Lines on which the rule fires at the first line, in the state `states[0]` (run by the tests). */
  samples: readonly (readonly string[])[];
  /** How many blocks from `i` the part takes; 0 when the rule does not apply. */
  match(ctx: PartContext, i: number): number;
  /** Records the part and its meta values; returns where to go on (by default after the part). */
  read(ctx: PartContext, i: number, length: number): number | void;
}

const AFTER_HEAD: readonly PartState[] = ['body', 'closing', 'attachment'];

/** （2021年9月22日） or （2019年3月15日第十三届全国人民代表大会第二次会议通过）, on folded text. */
const BRACKETED_DATE = new RegExp(
  `^\\(\\s*(${YEAR})\\s*年\\s*(${MONTH_DAY})\\s*月\\s*(${MONTH_DAY})\\s*日[^()]{0,60}\\)$`,
);

/** Pushes blocks `from`..`to` as one part. */
export function pushPart(ctx: PartContext, target: RootPiece[], role: PartRole, from: number, to = from + 1): void {
  target.push({ kind: 'part', role, block: mergeBlocks(ctx.blocks.slice(from, to)) });
}

/** The content of blocks joined, without Markdown syntax and emphasis marks. */
export function contentOf(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.text
        .slice(b.syntaxLength)
        .replace(/^[*_]+|[*_]+$/g, '')
        .trim(),
    )
    .join('');
}

/**
 * A title's white space: a letter-spaced title (通　　知, 关 于 印 发) loses it; otherwise each run is one
 * space, as between joint issuers (中共中央 国务院关于……的意见).
 */
function joinTitle(title: string): string {
  const pieces = title.trim().split(/\s+/);
  const letterSpaced = pieces.length >= 2 && pieces.filter((piece) => piece.length <= 1).length * 2 >= pieces.length;
  return letterSpaced ? pieces.join('') : pieces.join(' ');
}

function setTitle(ctx: PartContext, title: string): void {
  ctx.result.title = withoutSiteSuffix(joinTitle(title).replace(/^《(.*)》$/, '$1'));
  ctx.titleSqueezed = squeeze(foldForMatching(ctx.result.title));
}

function listTitles(ctx: PartContext): ListItem[] {
  return ctx.result.attachments.map((item) => ({ index: item.index, title: item.title }));
}

/** Opens an attachment: its label part (if any), its title part, and a container for its body. */
function startAttachment(ctx: PartContext, index: number | null, label: number | null, from: number, to: number) {
  const pieces: Piece[] = [];
  if (label !== null) pushPart(ctx, pieces, 'attachmentLabel', label);
  let title = '';
  if (to > from) {
    pushPart(ctx, pieces, 'title', from, to);
    title = contentOf(ctx.blocks.slice(from, to));
  }
  if (index === null) {
    const squeezed = squeeze(foldForMatching(title));
    index = listTitles(ctx).find((item) => squeeze(foldForMatching(item.title)) === squeezed)?.index ?? null;
  }
  ctx.attachment = { kind: 'attachment', index, title, pieces };
  ctx.result.pieces.push(ctx.attachment);
  ctx.container = pieces;
  ctx.state = 'attachment';
}

/** How many lines from `start` a 附注 takes — （此件公开发布）, （联系人：……）: whole lines in brackets. */
function noteLength(ctx: PartContext, start: number): number {
  const { blocks, folded } = ctx;
  if (start >= blocks.length || !/^\(/.test(folded[start]) || markerOf(blocks[start]) !== null) return 0;
  let end = start;
  let depth = 0;
  let closedEarly = false;
  do {
    const text = blocks[end].text.slice(blocks[end].syntaxLength).trim();
    for (let k = 0; k < text.length && !closedEarly; k++) {
      const ch = text[k];
      depth += ch === '(' || ch === '（' ? 1 : ch === ')' || ch === '）' ? -1 : 0;
      if (depth === 0 && k < text.length - 1) closedEarly = true;
    }
    end++;
  } while (depth > 0 && !closedEarly && end < blocks.length && end - start < 6);
  return depth !== 0 || closedEarly ? 0 : end - start;
}

/** Reads a 附注 at `start` if there is one; returns where it ends. */
function readNote(ctx: PartContext, start: number): number {
  const length = noteLength(ctx, start);
  if (length === 0) return start;
  pushPart(ctx, ctx.container, 'note', start, start + length);
  ctx.result.note ??= ctx.blocks
    .slice(start, start + length)
    .map((b) => b.text.trim())
    .join('')
    .replace(/^[（(]|[）)]$/g, '');
  return start + length;
}

/** An attachment title wrapped over a second line that completes its genre word. */
function wrappedTitleEnd(ctx: PartContext, from: number): number {
  const { folded } = ctx;
  let to = from + 1;
  const next = folded[to];
  if (to < folded.length && !readGenre(folded[from]) && isTitleContinuation(next) && readGenre(folded[from] + next))
    to++;
  return to;
}

/** A 发文字号 set in brackets under a title on some portals: （沪府发〔2023〕12号）. */
const unbracketed = (folded: string) => folded.replace(/^\((.*)\)$/, '$1');

const isHeading = (ctx: PartContext, i: number) => ctx.blocks[i].markdown?.kind === 'heading';

// ---- Head ------------------------------------------------------------------------------------

const frontMatter: PartRule = {
  name: 'front matter',
  zone: 'head',
  states: ['head'],
  samples: [],
  match(ctx, i) {
    let end = i;
    while (end < ctx.blocks.length && ctx.blocks[end].markdown?.kind === 'frontMatter') end++;
    return end - i;
  },
  read: (ctx, i, length) => pushPart(ctx, ctx.result.pieces, 'frontMatter', i, i + length),
};

const markdownPreamble: PartRule = {
  name: 'Markdown block above the title',
  zone: 'head',
  states: ['head'],
  samples: [],
  match: (ctx, i) => (MARKDOWN_PREAMBLE.has(ctx.blocks[i].markdown?.kind ?? '') ? 1 : 0),
  read: (ctx, i) =>
    pushPart(ctx, ctx.result.pieces, ctx.blocks[i].markdown?.kind === 'html' ? 'markup' : 'preamble', i),
};

const pageFields: PartRule = {
  name: 'information table of a portal (gov.cn: 索引号, 发文机关, 标题, 发文字号, 成文日期, 发布日期)',
  zone: 'head',
  states: ['head'],
  samples: [
    ['索  引  号：000014349/2021-00114\t主题分类：城乡建设、环境保护'],
    ['标　　题：国务院关于印发2030年前碳达峰行动方案的通知'],
  ],
  match: (ctx, i) => (readPageFields(contentOf([ctx.blocks[i]])) ? 1 : 0),
  read(ctx, i) {
    pushPart(ctx, ctx.result.pieces, 'siteFurniture', i);
    Object.assign(ctx.result.pageFields, readPageFields(contentOf([ctx.blocks[i]])));
  },
};

const headFurniture: PartRule = {
  name: 'site furniture above the title',
  zone: 'head',
  states: ['head'],
  samples: [
    ['来源：市科协 发布时间：2023-03-01'],
    ['选择字号：大 中 小'],
    ['所在位置：首页 > 通知公告'],
    ['【打印】【关闭】'],
    ['发布时间: 2023-04-10    来源: 市科协    浏览次数: 1024'],
  ],
  match(ctx, i) {
    // Under the title (发布时间 … 来源 … 浏览次数) only what cannot be the document's own.
    const above = !ctx.result.title && !ctx.result.docNumber;
    const text = ctx.folded[i];
    return (above ? SITE_FURNITURE : STRONG_FURNITURE).test(text) && ctx.addresseeTexts.length === 0 ? 1 : 0;
  },
  read: (ctx, i) => pushPart(ctx, ctx.result.pieces, 'siteFurniture', i),
};

const classification: PartRule = {
  name: '份号, 密级, 紧急程度',
  zone: 'head',
  states: ['head'],
  samples: [['000123'], ['特急'], ['机密★1年']],
  match: (ctx, i) => (CLASSIFICATION.test(ctx.folded[i]) ? 1 : 0),
  read: (ctx, i) => pushPart(ctx, ctx.result.pieces, 'classification', i),
};

const issuerMark: PartRule = {
  name: '发文机关标志',
  zone: 'head',
  states: ['head'],
  samples: [['临江市科学技术协会文件'], ['中国科学技术协会', '科协发普字〔2022〕5号']],
  match(ctx, i) {
    const { folded, blocks, result } = ctx;
    if (result.issuerMark || result.title) return 0;
    const text = folded[i];
    if (ISSUER_MARK.test(text)) return 1;
    // The bare name, with the 发文字号 right under it.
    const bare =
      ISSUER_NAME.test(text) &&
      !isHeading(ctx, i) &&
      !readGenre(text) &&
      i + 1 < blocks.length &&
      readDocNumber(blocks[i + 1].text, folded[i + 1]) !== null;
    return bare ? 1 : 0;
  },
  read(ctx, i) {
    pushPart(ctx, ctx.result.pieces, 'issuerMark', i);
    ctx.result.issuerMark = ctx.blocks[i].text.replace(/\s+/g, '');
  },
};

const orderMark: PartRule = {
  name: '令 (an order: 中华人民共和国国务院令 over 第707号)',
  zone: 'head',
  states: ['head'],
  samples: [
    ['中华人民共和国国务院令', '第707号'],
    ['中华人民共和国教育部令', '第50号'],
  ],
  match: (ctx, i) =>
    !ctx.result.issuerMark &&
    !ctx.result.title &&
    ORDER_MARK.test(ctx.folded[i]) &&
    ORDER_NUMBER.test(ctx.folded[i + 1] ?? '')
      ? 2
      : 0,
  read(ctx, i) {
    const mark = ctx.blocks[i].text.replace(/\s+/g, '');
    pushPart(ctx, ctx.result.pieces, 'issuerMark', i);
    pushPart(ctx, ctx.result.pieces, 'docNumber', i + 1);
    ctx.result.issuerMark = mark;
    ctx.result.docNumber ??= orderNumber(mark, ORDER_NUMBER.exec(ctx.folded[i + 1])![1]);
  },
};

const docNumber: PartRule = {
  name: '发文字号 (and 签发人)',
  zone: 'head',
  states: ['head'],
  samples: [
    ['科协办函普字〔2021〕47号'],
    ['沪交规〔2023〕5号　　　签发人：张三'],
    ['国务院令第707号'],
    ['（沪府发〔2023〕12号）'],
  ],
  match: (ctx, i) =>
    DOC_NUMBER_IN_LINE.test(ctx.folded[i]) &&
    (readDocNumber(ctx.blocks[i].text, unbracketed(ctx.folded[i])) || /签\s*发\s*人/.test(ctx.folded[i]))
      ? 1
      : 0,
  read(ctx, i) {
    pushPart(ctx, ctx.result.pieces, 'docNumber', i);
    const block = ctx.blocks[i];
    const found = DOC_NUMBER_IN_LINE.exec(ctx.folded[i]);
    const raw = block.text.slice(block.syntaxLength).trim();
    if (!ctx.result.docNumber && found) {
      const number = readDocNumber(raw.slice(found.index, found.index + found[0].length), found[0]);
      const decree = number && number.year === null && ORDER_MARK.test(number.agency ?? '');
      ctx.result.docNumber = decree ? orderNumber(number.agency!, String(number.serial)) : number;
    }
  },
};

const promulgation: PartRule = {
  name: 'promulgation line of a law',
  zone: 'head',
  states: ['head'],
  samples: [['2002年8月22日中华人民共和国国务院令第361号公布']],
  match: (ctx, i) => (PROMULGATION.test(ctx.folded[i]) ? 1 : 0),
  read(ctx, i) {
    const found = PROMULGATION.exec(ctx.folded[i])!;
    pushPart(ctx, ctx.result.pieces, 'date', i);
    ctx.result.date ??= readDateGroups(found[1], found[2], found[3]);
    const number = DOC_NUMBER_IN_LINE.exec(found[4]);
    if (!ctx.result.docNumber && number) ctx.result.docNumber = readDocNumber(number[0], number[0]);
  },
};

const signer: PartRule = {
  name: '签发人',
  zone: 'head',
  states: ['head'],
  samples: [['签发人：张三']],
  match: (ctx, i) => (SIGNER.test(ctx.folded[i]) ? 1 : 0),
  read: (ctx, i) => pushPart(ctx, ctx.result.pieces, 'signer', i),
};

const title: PartRule = {
  name: '标题 (over up to four lines)',
  zone: 'head',
  states: ['head'],
  samples: [
    ['关于印发《2023年科普工作要点》的通知'],
    ['国务院关于印发', '2024—2025年节能降碳', '行动方案的通知'],
    ['《关于开展2023年科技活动周的通知》'],
  ],
  match(ctx, i) {
    if (ctx.titleSqueezed !== null) return 0;
    if (!isHeading(ctx, i)) return titleLength(ctx.blocks, ctx.folded, i);
    return (ctx.blocks[i].markdown?.depth === 1 || i === 0) && markerOf(ctx.blocks[i]) === null ? 1 : 0;
  },
  read(ctx, i, length) {
    pushPart(ctx, ctx.result.pieces, 'title', i, i + length);
    setTitle(ctx, contentOf(ctx.blocks.slice(i, i + length)));
  },
};

const centredTitle: PartRule = {
  name: '标题 set centred, over up to four lines (the layout of HTML, Word and PDF input)',
  zone: 'head',
  states: ['head'],
  samples: [],
  match(ctx, i) {
    const { blocks, folded } = ctx;
    if (ctx.titleSqueezed !== null || !blocks[i].centered) return 0;
    let end = i;
    let joined = '';
    // A continuation line may be one character (的通 / 知, where the measure ran out).
    while (
      end < blocks.length &&
      end - i < 4 &&
      blocks[end].centered &&
      (end === i ? isTitleLike(folded[end]) : isTitleContinuation(folded[end]))
    ) {
      if (DOC_NUMBER_IN_LINE.test(folded[end]) || addresseeRun(folded, end) > 0) break;
      // A whole title is not continued (a line under it repeats it, or starts the text).
      if (joined.length > 0 && isCompleteTitle(joined)) break;
      joined += folded[end];
      end++;
    }
    return joined.length >= 4 ? end - i : 0;
  },
  read: (ctx, i, length) => title.read(ctx, i, length),
};

const datedUnderTitle: PartRule = {
  name: 'the date in brackets under the title (（2021年9月22日）, （……会议通过）)',
  zone: 'head',
  states: ['head'],
  samples: [['（2021年9月22日）'], ['（2019年3月15日第十三届全国人民代表大会第二次会议通过）']],
  match: (ctx, i) => (ctx.result.date === null && BRACKETED_DATE.test(ctx.folded[i]) ? 1 : 0),
  read(ctx, i) {
    const found = BRACKETED_DATE.exec(ctx.folded[i])!;
    pushPart(ctx, ctx.result.pieces, 'date', i);
    ctx.result.date = readDateGroups(found[1], found[2], found[3]);
  },
};

const repeatedTitle: PartRule = {
  name: 'the title repeated (a web copy, or the H1 copied into the text)',
  zone: 'head',
  states: ['head'],
  samples: [],
  match: (ctx, i) => (ctx.titleSqueezed === null ? 0 : repeatsTitle(ctx.folded, i, ctx.titleSqueezed)),
  read: (ctx, i, length) => pushPart(ctx, ctx.result.pieces, 'title', i, i + length),
};

const addressees: PartRule = {
  name: '主送机关 (over up to four lines)',
  zone: 'head',
  states: ['head'],
  samples: [
    ['各全国学会，各省、自治区、直辖市科协：'],
    ['各省、自治区、直辖市人民政府，', '国务院各部委、各直属机构：'],
  ],
  match: (ctx, i) => addresseeRun(ctx.folded, i),
  read(ctx, i, length) {
    pushPart(ctx, ctx.result.pieces, 'addressees', i, i + length);
    for (const line of ctx.blocks.slice(i, i + length)) {
      ctx.addresseeTexts.push(line.text.slice(line.syntaxLength).trim());
    }
  },
};

/** The head, in order: the first rule that matches a block takes it; no match ends the head. */
export const HEAD_RULES: readonly PartRule[] = [
  frontMatter,
  markdownPreamble,
  pageFields,
  headFurniture,
  classification,
  issuerMark,
  orderMark,
  docNumber,
  promulgation,
  signer,
  centredTitle,
  title,
  datedUnderTitle,
  repeatedTitle,
  addressees,
];

// ---- Body and foot ---------------------------------------------------------------------------

const footFurniture: PartRule = {
  name: 'site furniture after the closing',
  zone: 'foot',
  states: ['closing'],
  samples: [['责任编辑：张三'], ['版权所有：临江市科学技术协会'], ['【打印本页】【关闭窗口】']],
  match: (ctx, i) => (SITE_FURNITURE.test(ctx.folded[i]) || PAGE_FOOTER.test(ctx.folded[i]) ? 1 : 0),
  read: (ctx, i) => pushPart(ctx, ctx.result.pieces, 'siteFurniture', i),
};

const strictFooter: PartRule = {
  name: 'the foot of a web page after a text that does not close (责任编辑, 版权所有, ICP, buttons)',
  zone: 'foot',
  states: ['body', 'attachment'],
  samples: [['【我要纠错】 责任编辑：王五'], ['京ICP备05070218号'], ['【打印本页】【关闭窗口】']],
  match: (ctx, i) => (PAGE_FOOT_STRICT.test(ctx.folded[i]) ? 1 : 0),
  // In the container it interrupts, so that an attachment that goes on after it stays one span.
  read: (ctx, i) => pushPart(ctx, ctx.container, 'siteFurniture', i),
};

/** After 抄送 or 印发, what follows belongs to the root again. */
function closeAtRoot(ctx: PartContext): void {
  ctx.container = ctx.result.pieces as Piece[];
  ctx.state = 'closing';
}

const cc: PartRule = {
  name: '抄送',
  zone: 'foot',
  states: AFTER_HEAD,
  samples: [['抄送：市发展改革委，市财政局。'], ['抄送：各区科委，', '各有关单位。']],
  match(ctx, i) {
    const { folded } = ctx;
    if (!CC.test(folded[i])) return 0;
    let end = i + 1;
    while (end < folded.length && !/[。.]$/.test(folded[end - 1]) && end - i < 4 && isCcContinuation(folded[end]))
      end++;
    return end - i;
  },
  read(ctx, i, length) {
    pushPart(ctx, ctx.result.pieces, 'cc', i, i + length);
    const names = ctx.blocks
      .slice(i, i + length)
      .map((b) => foldForMatching(b.text))
      .join('')
      .replace(/^抄\s*送\s*(?:机关)?\s*:\s*/, '')
      .replace(/[。.]$/, '')
      .split(/[,，、]/);
    ctx.result.cc.push(...names.map((s) => s.trim()).filter(Boolean));
    closeAtRoot(ctx);
  },
};

const printer: PartRule = {
  name: '印发机关和印发日期',
  zone: 'foot',
  states: AFTER_HEAD,
  samples: [['临江市科学技术协会办公室　　2023年2月10日印发']],
  match: (ctx, i) => (PRINTER.test(ctx.folded[i]) ? 1 : 0),
  read(ctx, i) {
    const found = PRINTER.exec(ctx.folded[i])!;
    pushPart(ctx, ctx.result.pieces, 'printer', i);
    ctx.result.printer = found[1].trim();
    const date = DATE_LINE.exec(found[2].replace(/\s+/g, ''));
    ctx.result.printDate = date ? readDateGroups(date[1], date[2], date[3]) : null;
    closeAtRoot(ctx);
  },
};

const nextIsListItem = (ctx: PartContext, i: number) => i + 1 < ctx.folded.length && LIST_ITEM.test(ctx.folded[i + 1]);

const attachmentLabel: PartRule = {
  name: '附件 label on its own line (附件1, 附件：), its title under it',
  zone: 'foot',
  states: AFTER_HEAD,
  samples: [['附件2', '2023年科普重点任务清单'], ['附件：']],
  match(ctx, i) {
    const label = ATTACHMENT_LABEL.exec(ctx.folded[i]);
    // 附件： over a numbered list is the letter's 附件 list, not a label.
    if (!label || (label[1] === undefined && nextIsListItem(ctx, i) && ctx.state !== 'closing')) return 0;
    const from = i + 1;
    return from < ctx.folded.length && isTitleLike(ctx.folded[from]) ? wrappedTitleEnd(ctx, from) - i : 1;
  },
  read(ctx, i, length) {
    const label = ATTACHMENT_LABEL.exec(ctx.folded[i])!;
    startAttachment(ctx, label[1] !== undefined ? parseOrdinal(label[1]) : null, i, i + 1, i + length);
  },
};

const attachmentLabelWithTitle: PartRule = {
  name: '附件 label and title on one line (附件2：任务清单)',
  zone: 'foot',
  states: AFTER_HEAD,
  samples: [['附件2：2023年科普重点任务清单']],
  match: (ctx, i) => (ATTACHMENT_LABEL_WITH_TITLE.test(ctx.folded[i]) && !ATTACHMENT_LIST.test(ctx.folded[i]) ? 1 : 0),
  read(ctx, i) {
    const found = ATTACHMENT_LABEL_WITH_TITLE.exec(ctx.folded[i])!;
    startAttachment(ctx, parseOrdinal(found[1]), null, i, i);
    // The label and title share a line: the line is the label part, the title its text.
    ctx.attachment!.pieces.push({ kind: 'part', role: 'attachmentLabel', block: ctx.blocks[i] });
    ctx.attachment!.title = found[2].trim();
  },
};

const attachmentList: PartRule = {
  name: '附件 list (附件：1．甲 2．乙), with a 附注 under it',
  zone: 'body',
  states: ['body', 'attachment'],
  samples: [['附件：1．2023年科普工作要点', '2．重点任务清单'], ['附件：2023年科普工作要点']],
  match(ctx, i) {
    const found = ATTACHMENT_LIST.exec(ctx.folded[i]);
    if (!found || !(found[1].length > 0 || nextIsListItem(ctx, i))) return 0;
    let end = i + 1;
    while (end < ctx.folded.length && isListContinuation(ctx.folded, end)) end++;
    return end - i;
  },
  read(ctx, i, length) {
    const block = ctx.blocks[i];
    const texts = [
      block.text.slice(block.syntaxLength).replace(/^\s*附\s*件\s*[:：]\s*/, ''),
      ...ctx.blocks.slice(i + 1, i + length).map((b) => b.text.slice(b.syntaxLength).trim()),
    ];
    pushPart(ctx, ctx.container, 'attachmentList', i, i + length);
    if (ctx.state === 'body' && ctx.result.attachments.length === 0) {
      ctx.result.attachments = readListItems(texts.filter((t) => t.length > 0));
    }
    return ctx.state === 'body' ? readNote(ctx, i + length) : i + length;
  },
};

/** Moves up to three signature-like body blocks just above the date into 署名 parts; returns their text. */
function takeSignature(ctx: PartContext): string | null {
  const signature: Piece[] = [];
  const { container } = ctx;
  while (container.length > 0 && signature.length < 3) {
    const last = container[container.length - 1];
    if (last.kind !== 'body' || !isSignatureLike(fold(last.block))) break;
    container.pop();
    signature.unshift({ kind: 'part', role: 'signatory', block: last.block });
  }
  container.push(...signature);
  return signature.length > 0 ? signature.map((p) => p.block.text.trim()).join(' ') : null;
}

const closingDate: PartRule = {
  name: '成文日期, with the 署名 above it and the 附注 under it (the letter’s, or a forwarded document’s own)',
  zone: 'body',
  states: ['body', 'attachment'],
  samples: [['2023年2月10日'], ['二〇二三年二月十日', '（此件公开发布）']],
  match(ctx, i) {
    if (!isDateLine(ctx.folded[i]) || !isClosingDate(ctx.folded, i, ctx.container, listTitles(ctx))) return 0;
    // A date with no text before it closes nothing (a date line opening a page, a cover).
    if (!ctx.container.some((piece) => piece.kind === 'body')) return 0;
    // Inside an attachment only a signed date closes it: a bare date line may be part of its text.
    if (ctx.state === 'attachment') {
      const previous = ctx.container[ctx.container.length - 1];
      if (previous?.kind !== 'body' || !isSignatureLike(fold(previous.block))) return 0;
    }
    return 1;
  },
  read(ctx, i) {
    const date = isDateLine(ctx.folded[i])!;
    const signatory = takeSignature(ctx);
    pushPart(ctx, ctx.container, 'date', i);
    if (ctx.state === 'body') {
      if (signatory !== null) ctx.result.signatory = signatory;
      ctx.result.date = date;
    } else if (ctx.attachment) {
      if (signatory !== null) ctx.attachment.signatory = signatory;
      ctx.attachment.date = date;
    }
    ctx.state = 'closing';
    return readNote(ctx, i + 1);
  },
};

const forwardedTitle: PartRule = {
  name: 'the title of a document the letter forwards (现将《关于……的意见》转发给你们), when the letter is unsigned',
  zone: 'body',
  states: ['body'],
  samples: [],
  match(ctx, i) {
    const text = ctx.folded[i];
    if (ctx.citedTitles.size === 0 || !isTitleLike(text) || !readGenre(text, true)) return 0;
    return ctx.citedTitles.has(squeeze(text)) ? wrappedTitleEnd(ctx, i) - i : 0;
  },
  read: (ctx, i, length) => startAttachment(ctx, null, null, i, i + length),
};

const attachmentAfterClosing: PartRule = {
  name: 'an unlabelled attachment title after the closing (the forwarded plan)',
  zone: 'foot',
  states: ['closing'],
  samples: [],
  match: (ctx, i) =>
    isTitleLike(ctx.folded[i]) && startsAttachment(ctx.folded, i, listTitles(ctx)) ? wrappedTitleEnd(ctx, i) - i : 0,
  read: (ctx, i, length) => startAttachment(ctx, null, null, i, i + length),
};

/** The body and foot, in order; a block no rule takes is body text. */
export const BODY_RULES: readonly PartRule[] = [
  footFurniture,
  strictFooter,
  cc,
  printer,
  attachmentLabel,
  attachmentLabelWithTitle,
  attachmentList,
  closingDate,
  forwardedTitle,
  attachmentAfterClosing,
];
