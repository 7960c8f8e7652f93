/**
 * The parts of a circular, one rule a row. Each rule names its zone (head: above the body; body: the
 * letter; foot: the closing, the attachments and what follows them), the states it applies in, a
 * matcher that says how many blocks the part takes, a reader that records it, and sample lines on
 * which it must fire (the tests run every sample). recognizeParts is the short driver that applies
 * them; a new layout is a new row here.
 */
import type { PartRole } from '../types.js';
import { type Block, blockEnd, blockStart, markerOf, mergeBlocks, sliceBlock } from './block.js';
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
  PORTAL_DATE,
  SIGNATURE_NOTE,
  beginsTitle,
  isFurnitureRow,
  isIssuerName,
  readSubtitle,
  splitSignatureNote,
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
  /** The decoded source, to see the empty lines between blocks ('' when not given). */
  text: string;
  /** Whether empty lines set parts apart in this text (not when one follows nearly every line); read once. */
  blanksMatter?: boolean;
  /** The end of the last run of 附件N lines found not to be the letter's list (see labelledListLength). */
  labelledRunEnd: number;
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

/**
 * A title as a value: white space as joinTitle leaves it, the site's name dropped, and a title a web
 * copy wraps whole in 《》 unwrapped, the 〈〉 it nests inside becoming 《》 again
 * (《关于印发〈……方案〉的通知》 → 关于印发《……方案》的通知).
 */
function titleValue(title: string): string {
  const joined = joinTitle(title);
  const wrapped = /^《(.*)》$/.exec(joined);
  const inner = wrapped?.[1] ?? joined;
  const value = wrapped && !/[《》]/.test(inner) ? inner.replace(/〈/g, '《').replace(/〉/g, '》') : inner;
  return withoutSiteSuffix(value);
}

function setTitle(ctx: PartContext, title: string): void {
  ctx.result.title = titleValue(title);
  ctx.titleSqueezed = squeeze(foldForMatching(ctx.result.title));
}

/** Whether an empty line stands between block `i - 1` and block `i` in the source. */
function blankBefore(ctx: PartContext, i: number): boolean {
  if (i === 0 || i >= ctx.blocks.length || ctx.text === '') return false;
  const to = blockStart(ctx.blocks[i]);
  let breaks = 0;
  for (let k = blockEnd(ctx.blocks[i - 1]); k < to; k++) {
    const code = ctx.text.charCodeAt(k);
    if ((code === 10 || (code === 13 && ctx.text.charCodeAt(k + 1) !== 10)) && ++breaks >= 2) return true;
  }
  return false;
}

/**
 * Whether empty lines set a text's parts apart: not when one follows (nearly) every line of its
 * head, as in web copies that put an empty line after each paragraph. Judged once, on the first 40
 * blocks.
 */
function blanksMatter(ctx: PartContext): boolean {
  if (ctx.blanksMatter === undefined) {
    const n = Math.min(ctx.blocks.length, 40);
    let blank = 0;
    for (let i = 1; i < n; i++) if (blankBefore(ctx, i)) blank++;
    ctx.blanksMatter = n > 2 && blank < (n - 1) * 0.6;
  }
  return ctx.blanksMatter;
}

/** A 发文字号 on a line of its own (or in brackets), and 签发人 beside it. */
function isDocNumberLine(ctx: PartContext, i: number): boolean {
  const folded = ctx.folded[i];
  return (
    DOC_NUMBER_IN_LINE.test(folded) &&
    (readDocNumber(ctx.blocks[i].text, unbracketed(folded)) !== null || /签\s*发\s*人/.test(folded))
  );
}

/** A line of a page's furniture anywhere above the body: its labels, its dates, a row of them. */
const isPageLine = (folded: string) =>
  SITE_FURNITURE.test(folded) || PORTAL_DATE.test(folded) || isFurnitureRow(folded) || readPageFields(folded) !== null;

/**
 * What the line at `j` does to a run of title lines that reaches it: ends it as another part of the
 * head does (a 发文字号, the 主送机关, a subtitle, a date under the title, the page's furniture):
 * 'strong'; ends it as a line that is no title's ('weak'); or may go on with it (null).
 */
function titleRunEnd(ctx: PartContext, j: number): 'strong' | 'weak' | null {
  const { folded } = ctx;
  if (j >= folded.length) return 'weak';
  const text = folded[j];
  if (
    isDocNumberLine(ctx, j) ||
    addresseeRun(folded, j) > 0 ||
    readSubtitle(text) !== null ||
    BRACKETED_DATE.test(text) ||
    SIGNER.test(text) ||
    isPageLine(text)
  )
    return 'strong';
  return isHeading(ctx, j) || !isTitleContinuation(text) ? 'weak' : null;
}

/** A title without its 《》 when a web copy wraps it whole (for the genre word at its end). */
const unwrapped = (text: string) => text.replace(/^《(.*)》$/, '$1');

/**
 * How many blocks from `i` make the title, over up to four lines, decided by place, not by the word
 * a line ends with: the title lines run on until another part of the head (a 发文字号, the 主送机关,
 * a subtitle), a line that is no title's, an empty line (where empty lines set parts apart), a
 * line that repeats the title, or a second title after a whole one. The whole run is the title when
 * it ends in a genre word, or when another part of the head follows it; else the longest part of it
 * that ends in a genre word (a short line under a title is not part of it). With `centred`, only
 * centred lines (HTML, Word, PDF).
 */
function titleRun(ctx: PartContext, i: number, centred: boolean): number {
  const { folded, blocks } = ctx;
  if (!isTitleLike(folded[i]) || (centred && !blocks[i].centered) || isDocNumberLine(ctx, i)) return 0;
  // A web page's own title, with the site's name after it, is a title of one line.
  if (withoutSiteSuffix(folded[i]) !== folded[i]) return 1;
  let joined = folded[i];
  let length = 1;
  let end = titleRunEnd(ctx, i + 1);
  while (end === null && length < 4) {
    const j = i + length;
    const line = squeeze(folded[j]);
    if (
      (centred && !blocks[j].centered) ||
      (blanksMatter(ctx) && blankBefore(ctx, j)) ||
      // The title repeated under itself (a web copy), or a second title after a whole one.
      (line.length >= 4 && squeeze(unwrapped(joined)).startsWith(line.replace(/^《/, ''))) ||
      (isCompleteTitle(unwrapped(joined)) && beginsTitle(folded[j]))
    ) {
      end = 'weak';
      break;
    }
    joined += folded[j];
    length++;
    end = titleRunEnd(ctx, i + length);
  }
  if (isCompleteTitle(unwrapped(joined))) return length;
  // A centred block at the top is the title, with or without a genre word (临江市2023年 / 科普示范基地名单).
  if (centred && squeeze(joined).length >= 4) return length;
  if (end === 'strong') {
    const next = i + length;
    // Before a 主送机关 only a title's phrase makes a line without a genre word a title (关于……).
    const byAddressees = !isDocNumberLine(ctx, next) && addresseeRun(folded, next) > 0 && !isPageLine(folded[next]);
    if (!byAddressees || /关于|方案|计划|要点/.test(joined)) return length;
  }
  // Else the longest run from `i` that is a whole title.
  let prefix = '';
  let best = 0;
  for (let k = 0; k < length; k++) {
    prefix += folded[i + k];
    if (isCompleteTitle(unwrapped(prefix))) best = k + 1;
  }
  return best;
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
    title = joinTitle(contentOf(ctx.blocks.slice(from, to)));
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

/**
 * Where an attachment's title that starts at `from` ends: on the lines the 附件 list says it takes
 * (临江市科技创新券服务机构 / 备案登记表); else over the next short lines while it has no genre word yet,
 * and over a bracketed period under it (纲要 / （2021—2035年）). A table row (cells apart by wide
 * spaces), a numbered line or a sentence ends it.
 */
function wrappedTitleEnd(ctx: PartContext, from: number): number {
  const { folded } = ctx;
  const listed = listedTitles(ctx);
  let joined = squeeze(folded[from]);
  let to = from + 1;
  while (to < folded.length && to - from < 4 && !listed.whole.has(joined)) {
    const next = folded[to];
    if (!isTitleContinuation(next) || /\S\s{2,}\S/.test(next) || isSignatureNoteLine(next)) break;
    const candidate = joined + squeeze(next);
    const byList = listed.starts(candidate);
    const period = /^\([^()]{2,20}\)$/.test(next.trim()) && !isDateLine(next.slice(1, -1));
    if (!byList && !period && (readGenre(joined) !== null || (readGenre(candidate) === null && to - from >= 2))) break;
    if (!byList && !period && readGenre(candidate) === null && isIssuerName(next)) break;
    joined = candidate;
    to++;
  }
  return to;
}

/**
 * The titles of the 附件 list, squeezed and folded, read once per list: as a set, and whether one
 * starts with a text (the prefixes are gathered the first time that is asked).
 */
const LISTED = new WeakMap<object, { whole: Set<string>; starts: (text: string) => boolean }>();
function listedTitles(ctx: PartContext): { whole: Set<string>; starts: (text: string) => boolean } {
  const list = ctx.result.attachments;
  let found = LISTED.get(list);
  if (!found) {
    const titles = list.map((item) => squeeze(foldForMatching(item.title)));
    let prefixes: Set<string> | null = null;
    found = {
      whole: new Set(titles),
      starts(text) {
        if (prefixes === null) {
          prefixes = new Set();
          for (const title of titles)
            for (let n = 2; n <= Math.min(title.length, 120); n++) prefixes.add(title.slice(0, n));
        }
        return prefixes.has(text);
      },
    };
    LISTED.set(list, found);
  }
  return found;
}

/** A seal note on a line of its own: （盖章）. */
const isSignatureNoteLine = (folded: string) => SIGNATURE_NOTE.exec(folded)?.[1] === '';

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
    ['发布日期 2023-04-10'],
    ['时间:2023-04-10  作者:市科协  字号:[大 中 小]'],
  ],
  match(ctx, i) {
    // Under the title (发布时间 … 来源 … 浏览次数) only what cannot be the document's own: a page's
    // labels, its dates (发布时间 2020-05-29, 时间:2018-11-13), a row of its labels.
    const above = !ctx.result.title && !ctx.result.docNumber;
    const text = ctx.folded[i];
    if (ctx.addresseeTexts.length > 0) return 0;
    return (above ? SITE_FURNITURE : STRONG_FURNITURE).test(text) || PORTAL_DATE.test(text) || isFurnitureRow(text)
      ? 1
      : 0;
  },
  read(ctx, i) {
    pushPart(ctx, ctx.result.pieces, 'siteFurniture', i);
    // The page's own date of publication, when the furniture gives one (the 发布日期 of its table wins).
    const published = PUBLISHED.exec(ctx.folded[i]);
    if (published && ctx.result.pageFields['发布日期'] === undefined) ctx.result.pageFields['发布日期'] = published[1];
  },
};

/** 发布时间：2023-03-01, 发布日期 2022年4月20日: the date a page was published, in a furniture line. */
const PUBLISHED = new RegExp(
  `(?:发布|发表)(?:时间|日期)\\s*:?\\s*([0-9]{4}\\s*[-/.]\\s*[0-9]{1,2}\\s*[-/.]\\s*[0-9]{1,2}|${YEAR}\\s*年\\s*${MONTH_DAY}\\s*月\\s*${MONTH_DAY}\\s*日)`,
);

/** A short line of Chinese only, of at most eight characters: what a site's category label is (通知公告). */
const isShortLabel = (folded: string) => /^[\u4e00-\u9fff]{2,8}$/.test(squeeze(folded));

const FORWARDED_ISSUER = /(?:转发|印发)(.+)$/;

/**
 * Whether title lines joined so far may be how a title begins (who issues it, a verb waiting for its
 * object): 国务院办公厅, ……转发国家发展改革委, ……关于印发, 中共中央 国务院.
 */
function mayBeginTitle(joined: string): boolean {
  if (/(?:关于|印发|转发|和|及|与|、|的|对)$/.test(joined) || isIssuerName(joined) || beginsTitle(joined)) return true;
  const forwarded = FORWARDED_ISSUER.exec(joined);
  return forwarded !== null && isIssuerName(forwarded[1]);
}

const siteHeadline: PartRule = {
  name: "a site's category label or a news headline above the title",
  zone: 'head',
  states: ['head'],
  samples: [
    ['公示公告', '关于开展2023年科技活动周的通知', '各区科协：'],
    ['我市召开全市科普工作会议', '临江市科协关于印发2023年科普工作要点的通知', '临科协发〔2023〕5号'],
  ],
  match(ctx, i) {
    const { folded } = ctx;
    if (ctx.titleSqueezed !== null || ctx.addresseeTexts.length > 0) return 0;
    const first = folded[i];
    // A headline holds no 发文字号 (临政发〔2023〕5号《……》 is the number and the title).
    if (!isTitleLike(first) || mayBeginTitle(first) || titleRunEnd(ctx, i) !== null || DOC_NUMBER_IN_LINE.test(first))
      return 0;
    // A short label: what follows it (after the page's furniture) is a whole title by itself.
    if (isShortLabel(first)) {
      let j = i + 1;
      while (j < folded.length && j - i <= 3 && isPageLine(folded[j])) j++;
      const length = j < folded.length ? titleRun(ctx, j, false) : 0;
      if (length > 0 && isCompleteTitle(unwrapped(folded.slice(j, j + length).join('')))) return 1;
    }
    // A headline: up to three title lines, then a line that starts a whole title of its own
    // (关于…, or an issuer's name and 关于), which a title's own first lines never precede.
    let joined = '';
    for (let j = i; j < i + 3 && j + 1 < folded.length; j++) {
      if (j > i && (!isTitleContinuation(folded[j]) || titleRunEnd(ctx, j) !== null)) return 0;
      joined += folded[j];
      if (mayBeginTitle(joined) || isCompleteTitle(joined)) return 0;
      if (beginsTitle(folded[j + 1])) {
        const length = titleRun(ctx, j + 1, false);
        const whole = isCompleteTitle(unwrapped(folded.slice(j + 1, j + 1 + length).join('')));
        return length > 0 && whole ? j - i + 1 : 0;
      }
    }
    return 0;
  },
  read: (ctx, i, length) => pushPart(ctx, ctx.result.pieces, 'siteFurniture', i, i + length),
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
    // An issuer's name and 文件 (a category label such as 政策文件 is no issuer's name).
    const mark = ISSUER_MARK.exec(text);
    if (mark && isIssuerName(mark[1])) return 1;
    // The bare name, with the 发文字号 right under it (a title's first line is no issuer's name).
    const bare =
      ISSUER_NAME.test(text) &&
      isIssuerName(text) &&
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
  name: '标题 (over up to four lines, before or after the 发文字号)',
  zone: 'head',
  states: ['head'],
  samples: [
    ['关于印发《2023年科普工作要点》的通知'],
    ['国务院关于印发', '2024—2025年节能降碳', '行动方案的通知'],
    ['《关于开展2023年科技活动周的通知》'],
    ['临江市人民政府关于建立健全科技成果转化激励制度', '促进科技成果加快落地的意见', '临政发〔2023〕8号'],
    ['临 江 市 防 汛 应 急 预 案'],
  ],
  match(ctx, i) {
    if (ctx.titleSqueezed !== null) return 0;
    if (!isHeading(ctx, i)) return titleRun(ctx, i, false);
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
  match: (ctx, i) => (ctx.titleSqueezed !== null ? 0 : titleRun(ctx, i, true)),
  read: (ctx, i, length) => title.read(ctx, i, length),
};

/** A 发文字号 and a title on one line: 临政发〔2023〕5号《……的通知》, or ……的通知（临政发〔2023〕5号）. */
function numberAndTitle(folded: string): { number: [number, number]; title: [number, number] } | null {
  const found = DOC_NUMBER_IN_LINE.exec(folded);
  if (!found) return null;
  const numberEnd = found.index + found[0].length;
  if (found.index === 0) {
    const rest = folded.slice(numberEnd);
    const title = rest.trim();
    if (title.length < 6 || !(/^《.*》$/.test(title) || isTitleLike(title))) return null;
    const from = numberEnd + rest.indexOf(title);
    return isCompleteTitle(unwrapped(title)) ? { number: [0, numberEnd], title: [from, from + title.length] } : null;
  }
  // The number in brackets after the title.
  const title = folded
    .slice(0, found.index)
    .replace(/\(\s*$/, '')
    .trim();
  const bracketed = /\(\s*$/.test(folded.slice(0, found.index)) && /^\s*\)$/.test(folded.slice(numberEnd));
  return bracketed && title.length >= 6 && isTitleLike(title) && isCompleteTitle(unwrapped(title))
    ? { number: [found.index, numberEnd], title: [0, title.length] }
    : null;
}

const numberWithTitle: PartRule = {
  name: 'a 发文字号 and the title on one line (a portal’s list copied with the page)',
  zone: 'head',
  states: ['head'],
  samples: [
    ['临政发〔2023〕5号《临江市人民政府关于印发〈临江市科普基地管理办法〉的通知》'],
    ['临江市人民政府关于加快科技创新的意见（临政发〔2023〕6号）'],
  ],
  match: (ctx, i) => (ctx.titleSqueezed === null && numberAndTitle(ctx.folded[i]) !== null ? 1 : 0),
  read(ctx, i) {
    const block = ctx.blocks[i];
    const found = numberAndTitle(ctx.folded[i])!;
    // The folded line is the block's content trimmed; folding keeps every character where it is.
    const content = block.text.slice(block.syntaxLength);
    const offset = block.syntaxLength + content.length - content.trimStart().length;
    const spans: Array<[PartRole, [number, number]]> = [
      ['docNumber', found.number],
      ['title', found.title],
    ];
    spans.sort((a, b) => a[1][0] - b[1][0]);
    for (const [role, [from, to]] of spans) {
      const piece = sliceBlock(block, offset + from, offset + to);
      if (piece) ctx.result.pieces.push({ kind: 'part', role, block: piece });
    }
    const written = block.text.slice(offset + found.number[0], offset + found.number[1]);
    ctx.result.docNumber ??= readDocNumber(written, ctx.folded[i].slice(found.number[0], found.number[1]));
    setTitle(ctx, block.text.slice(offset + found.title[0], offset + found.title[1]));
  },
};

const datedUnderTitle: PartRule = {
  name: 'the date in brackets under the title (（2021年9月22日）, （……会议通过）)',
  zone: 'head',
  states: ['head'],
  samples: [['（2021年9月22日）'], ['（2019年3月15日第十三届全国人民代表大会第二次会议通过）']],
  match: (ctx, i) =>
    ctx.result.date === null && BRACKETED_DATE.test(ctx.folded[i]) && readSubtitle(ctx.folded[i]) === null ? 1 : 0,
  read(ctx, i) {
    const found = BRACKETED_DATE.exec(ctx.folded[i])!;
    pushPart(ctx, ctx.result.pieces, 'date', i);
    ctx.result.date = readDateGroups(found[1], found[2], found[3]);
    if (ctx.result.subtitle) ctx.result.subtitle.date ??= ctx.result.date;
  },
};

const subtitle: PartRule = {
  name: 'the subtitle of a report or a speech (——2024年3月5日在……会议上, ——在……会议上的讲话)',
  zone: 'head',
  states: ['head'],
  samples: [
    ['——2023年1月12日在临江市第十六届人民代表大会第三次会议上'],
    ['——在全市科技创新大会上的讲话'],
    ['（2023年2月20日在临江市科学技术协会第九次代表大会上）'],
  ],
  match: (ctx, i) => (readSubtitle(ctx.folded[i]) !== null ? 1 : 0),
  read(ctx, i) {
    const read = readSubtitle(ctx.folded[i])!;
    pushPart(ctx, ctx.result.pieces, 'subtitle', i);
    const previous = ctx.result.subtitle;
    ctx.result.subtitle = {
      text: previous?.text ?? contentOf([ctx.blocks[i]]),
      date: previous?.date ?? read.date ?? ctx.result.date,
      occasion: previous?.occasion ?? read.occasion,
      speaker: previous?.speaker ?? null,
    };
    ctx.result.subtitleGenre ??= read.genre;
  },
};

/** A speaker's line: a name, a post and a name (国务院总理　李强), or a body's name; nothing else. */
function isSpeakerLine(folded: string): boolean {
  const text = folded.trim();
  return (
    text.length >= 2 &&
    text.length <= 30 &&
    /^[\u4e00-\u9fff·• ]+$/.test(text) &&
    readGenre(text) === null &&
    !beginsTitle(text)
  );
}

/** A personal name on a line of its own (李克强, 张 三): two to four Chinese characters. */
const isPersonalName = (folded: string) =>
  /^[\u4e00-\u9fff]{2,4}$/.test(squeeze(folded)) && !isIssuerName(squeeze(folded));

const speaker: PartRule = {
  name: "the speaker's line under a report's or a speech's subtitle or date (国务院总理　李强)",
  zone: 'head',
  states: ['head'],
  samples: [],
  match(ctx, i) {
    const { folded } = ctx;
    if (ctx.titleSqueezed === null || !isSpeakerLine(folded[i]) || ctx.result.subtitle?.speaker) return 0;
    // By place: under the subtitle or the bracketed date, or right above either.
    const last = ctx.result.pieces[ctx.result.pieces.length - 1];
    const lastRole = last?.kind === 'part' ? last.role : null;
    // Under the subtitle or the date in brackets under the title, or right above either.
    const datedTitle = last?.kind === 'part' && last.role === 'date' && BRACKETED_DATE.test(fold(last.block));
    const name = isPersonalName(folded[i + 1] ?? '') ? 2 : 1;
    const next = folded[i + name] ?? '';
    const under = lastRole === 'subtitle' || datedTitle;
    const above = lastRole === 'title' && (readSubtitle(next) !== null || BRACKETED_DATE.test(next));
    return under || above ? name : 0;
  },
  read(ctx, i, length) {
    pushPart(ctx, ctx.result.pieces, 'speaker', i, i + length);
    const previous = ctx.result.subtitle;
    ctx.result.subtitle = {
      text: previous?.text ?? null,
      date: previous?.date ?? ctx.result.date,
      occasion: previous?.occasion ?? null,
      // A post and a name set on two lines (国务院总理 / 李克强) are one speaker.
      speaker: ctx.blocks
        .slice(i, i + length)
        .map((block) => contentOf([block]))
        .join(' '),
    };
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
  numberWithTitle,
  siteHeadline,
  orderMark,
  docNumber,
  promulgation,
  signer,
  centredTitle,
  title,
  subtitle,
  datedUnderTitle,
  speaker,
  repeatedTitle,
  addressees,
];

// ---- Body and foot ---------------------------------------------------------------------------

const footFurniture: PartRule = {
  name: 'site furniture after the closing',
  zone: 'foot',
  states: ['closing'],
  samples: [
    ['责任编辑：张三'],
    ['版权所有：临江市科学技术协会'],
    ['【打印本页】【关闭窗口】'],
    ['发布时间 2023-04-10 09:30'],
  ],
  match: (ctx, i) => (isPageLine(ctx.folded[i]) || PAGE_FOOTER.test(ctx.folded[i]) ? 1 : 0),
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

/**
 * How many blocks from `i` are the letter's 附件 list written as labelled lines (附件1．甲 / 附件2．乙),
 * told from attachments that start by place: the list stands in the letter, right above its
 * signature and date; an attachment starts after them.
 */
function labelledListLength(ctx: PartContext, i: number): number {
  const { folded } = ctx;
  if (ctx.state !== 'body' || !ATTACHMENT_LABEL_WITH_TITLE.test(folded[i])) return 0;
  // A run already found to stand above no signature: none of its lines starts a list (each is
  // looked at once, however long the run).
  if (i < ctx.labelledRunEnd) return 0;
  let end = i + 1;
  while (end < folded.length && (ATTACHMENT_LABEL_WITH_TITLE.test(folded[end]) || isListContinuation(folded, end)))
    end++;
  let close = end;
  while (close < folded.length && close - end < 3 && isSignatureLike(folded[close]) && !isDateLine(folded[close]))
    close++;
  if (close < folded.length && isDateLine(folded[close])) return end - i;
  ctx.labelledRunEnd = end;
  return 0;
}

const attachmentList: PartRule = {
  name: '附件 list (附件：1．甲 2．乙, or 附件1．甲 / 附件2．乙 above the signature), with a 附注 under it',
  zone: 'body',
  states: ['body', 'attachment'],
  samples: [
    ['附件：1．2023年科普工作要点', '2．重点任务清单'],
    ['附件：2023年科普工作要点'],
    ['附件1．2023年科普工作要点', '附件2．重点任务清单', '临江市科学技术协会', '2023年3月1日'],
  ],
  match(ctx, i) {
    const found = ATTACHMENT_LIST.exec(ctx.folded[i]);
    if (!found) return labelledListLength(ctx, i);
    if (!(found[1].length > 0 || nextIsListItem(ctx, i))) return 0;
    let end = i + 1;
    while (end < ctx.folded.length && isListContinuation(ctx.folded, end)) end++;
    return end - i;
  },
  read(ctx, i, length) {
    // Without 附件 and its colon: what is left is the items (1．甲), or a title wrapped onto the line.
    const texts = ctx.blocks.slice(i, i + length).map((b) =>
      b.text
        .slice(b.syntaxLength)
        .replace(/^\s*附\s*件\s*[:：]\s*/, '')
        // 附件2：乙 as the item 2．乙.
        .replace(
          /^\s*附\s*件\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[:：.．、]?\s*/,
          (_, ordinal: string) => `${parseOrdinal(ordinal)}．`,
        )
        .trim(),
    );
    pushPart(ctx, ctx.container, 'attachmentList', i, i + length);
    if (ctx.state === 'body' && ctx.result.attachments.length === 0) {
      ctx.result.attachments = readListItems(texts.filter((t) => t.length > 0));
    }
    return ctx.state === 'body' ? readNote(ctx, i + length) : i + length;
  },
};

/**
 * Moves up to three signature-like body blocks just above the date into 署名 parts (a seal note on a
 * line of its own, （盖章）, into a signatoryNote part); returns the name and the note.
 */
function takeSignature(ctx: PartContext): { name: string; note: string | null } | null {
  const signature: Piece[] = [];
  const { container } = ctx;
  while (container.length > 0 && signature.length < 3) {
    const last = container[container.length - 1];
    if (last.kind !== 'body' || !isSignatureLike(fold(last.block))) break;
    container.pop();
    const note = SIGNATURE_NOTE.exec(fold(last.block));
    signature.unshift({
      kind: 'part',
      role: note && note[1] === '' ? 'signatoryNote' : 'signatory',
      block: last.block,
    });
  }
  container.push(...signature);
  if (signature.length === 0) return null;
  const split = splitSignatureNote(signature.map((p) => p.block.text.trim()).join(' '));
  return { name: split.name, note: split.note };
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
      if (signatory !== null) {
        ctx.result.signatory = signatory.name || null;
        ctx.result.signatoryNote = signatory.note;
      }
      ctx.result.date = date;
    } else if (ctx.attachment) {
      if (signatory !== null) {
        if (signatory.name) ctx.attachment.signatory = signatory.name;
        if (signatory.note) ctx.attachment.signatoryNote = signatory.note;
      }
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

/**
 * Whether the title at `i` (to `end`) begins another document than the attachment it stands in:
 * the letter names it (in 《》 or in its 附件 list), or the numbering starts again under it (第一条,
 * 第一章, 一、 after the first document's), past the issuer's line a forwarded document may put under
 * its title.
 */
function beginsAnotherDocument(ctx: PartContext, i: number, end: number): boolean {
  const attachment = ctx.attachment!;
  const title = squeeze(ctx.folded.slice(i, end).join(''));
  if (title === squeeze(foldForMatching(attachment.title))) return false;
  // The cited titles are kept squeezed and folded already.
  if (ctx.citedTitles.has(title) || listedTitles(ctx).whole.has(title)) return true;
  let next = end;
  if (next < ctx.blocks.length && markerOf(ctx.blocks[next]) === null && isSignatureLike(ctx.folded[next])) next++;
  const marker = next < ctx.blocks.length ? markerOf(ctx.blocks[next]) : null;
  return marker !== null && marker.ordinal === 1 && familiesIn(attachment).has(marker.style.family);
}

/** The numbering families an attachment's body has used so far; its new pieces are looked at once. */
const FAMILIES = new WeakMap<AttachmentPiece, { scanned: number; families: Set<string> }>();
function familiesIn(attachment: AttachmentPiece): Set<string> {
  let seen = FAMILIES.get(attachment);
  if (!seen) FAMILIES.set(attachment, (seen = { scanned: 0, families: new Set() }));
  for (; seen.scanned < attachment.pieces.length; seen.scanned++) {
    const piece = attachment.pieces[seen.scanned];
    const family = piece.kind === 'body' ? markerOf(piece.block)?.style.family : undefined;
    if (family) seen.families.add(family);
  }
  return seen.families;
}

const nextDocument: PartRule = {
  name: 'a second document after the first among the attachments (two regulations in one, a letter forwarding two)',
  zone: 'foot',
  states: ['attachment'],
  samples: [],
  match(ctx, i) {
    const text = ctx.folded[i];
    if (!ctx.attachment?.pieces.some((piece) => piece.kind === 'body')) return 0;
    if (!isTitleLike(text) || readGenre(text, true) === null) return 0;
    const end = wrappedTitleEnd(ctx, i);
    return beginsAnotherDocument(ctx, i, end) ? end - i : 0;
  },
  read: (ctx, i, length) => startAttachment(ctx, null, null, i, i + length),
};

/** The body and foot, in order; a block no rule takes is body text. */
export const BODY_RULES: readonly PartRule[] = [
  footFurniture,
  strictFooter,
  cc,
  printer,
  attachmentLabel,
  attachmentList,
  attachmentLabelWithTitle,
  closingDate,
  forwardedTitle,
  attachmentAfterClosing,
  nextDocument,
];
