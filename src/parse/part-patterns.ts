/**
 * What the part recogniser matches: the patterns of GB/T 9704 parts (on text folded to half width
 * and simplified characters) and the tests built on them, each on its own so that it can be read
 * and tested alone.
 */
import type { Block } from './block.js';
import type { DocNumber } from '../types.js';
import { markerOf } from './block.js';
import { foldForMatching, foldWidth } from '../normalize.js';
import { matchMarker } from '../numbering-styles.js';
import { DATE_ANYWHERE, DATE_LINE, MONTH_DAY, YEAR, readDateGroups, readGenre } from './read-fields.js';
import type { Piece } from './pieces.js';

// The patterns, on text folded to half width and simplified characters.
export const CLASSIFICATION = /^(?:[0-9]{6}|(?:绝密|机密|秘密)(?:★.*)?|特急|加急|特提|平急)$/;
/** 临江市科学技术协会文件: an issuer's name (see isIssuerName) and 文件. */
export const ISSUER_MARK = /^([\u4e00-\u9fff()、 ]{2,40})文件$/;
// 中国科学技术协会 (a bare issuer's name, recognised only above a 发文字号)
export const ISSUER_NAME = /^[\u4e00-\u9fff()、 ]{2,40}$/;
// 中华人民共和国国务院令 / 中华人民共和国教育部令 / 中华人民共和国主席令 over 第707号: an order.
export const ORDER_MARK = /^[\u4e00-\u9fff]{1,20}令$/;
export const ORDER_NUMBER = /^第\s*([0-9]{1,5})\s*号$/;
export const SIGNER = /^签\s*发\s*人\s*:/;
export const PROMULGATION = new RegExp(
  `^(${YEAR})\\s*年\\s*(${MONTH_DAY})\\s*月\\s*(${MONTH_DAY})\\s*日\\s*(.{0,40}?)(?:公布|发布|印发|通过|施行)$`,
);
export const ATTACHMENT_LIST = /^附\s*件\s*:\s*(.*)$/;
export const ATTACHMENT_LABEL = /^附\s*件\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})?\s*[:]?\s*$/;
export const ATTACHMENT_LABEL_WITH_TITLE = /^附\s*件\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*[:.、]?\s*(\S.*)$/;
export const CC = /^抄\s*送\s*(?:机关)?\s*:\s*(.*)$/;
export const PRINTER = new RegExp(`^(.+?)\\s+(${YEAR}\\s*年\\s*${MONTH_DAY}\\s*月\\s*${MONTH_DAY}\\s*日)\\s*印\\s*发$`);
export const LIST_ITEM = /^([0-9]{1,3})\s*[.、]\s*/;
// A half-width full stop after a Chinese character ends a sentence too (web copies type 。 as .).
export const SENTENCE_PUNCTUATION = /[。,，;；:：!！?？]|[\u4e00-\u9fff]\.(?!\d)/;
export const MARKDOWN_PREAMBLE = new Set(['blockquote', 'html', 'thematicBreak', 'code']);

// A web page's furniture, as pieces of patterns composed below (on folded text: half-width colons).
/** Labels that only a page's furniture carries: 来源:, 发布时间:, 浏览次数:, 所在位置: … */
const PAGE_LABELS =
  '来源|信息来源|文章来源|发布时间|发表时间|发布日期|更新时间|浏览次数|点击数|阅读数|访问量|选择字号|字号|所在位置|当前位置|您的位置|您现在的位置';
/** Labels that are furniture above the title, but may be a document's own further down: 日期:, 作者: … */
const LOOSE_PAGE_LABELS = '日期|时间|【?字体|作者';
const BREADCRUMB = '^(?:首页|网站首页)\\s*[>>»/]';
const SHARING = '^扫描二维码|^扫一扫|^分享到';
/** 2023-04-11 09:30:15 来源：… 作者：… */
const DATED_BYLINE =
  '^[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\\s*(?:来源|作者|阅读|浏览|点击|编辑|发布)';
const TAGS_AND_RELATED = '^(?:标签|关键词|tags)\\s*[:：]|^(?:网友评论|相关(?:稿件|链接|新闻|阅读|文章))$';
/** The buttons of a page: 【打印本页】【关闭窗口】【返回顶部】【收藏】. */
const BUTTONS = '打印(?:本页)?|关闭(?:窗口)?|返回(?:顶部|列表|首页)?|收藏';
/** A row of bracketed buttons before a foot label: 【我要纠错】 责任编辑： */
const BUTTONS_BEFORE = '^(?:[【[][^】\\]]{1,8}[】\\]]\\s*)*';

/** The foot of a web page after the document: 责任编辑, 版权所有, ICP numbers, 主办/承办单位. */
export const PAGE_FOOTER = new RegExp(
  `${BUTTONS_BEFORE}(?:责任编辑|编辑|审核|校对|主办单位|承办单位|技术支持|网站标识码)\\s*[:：]|^(?:版权所有|copyright|©)|ICP备|公网安备`,
  'i',
);

/** Furniture that can only be the page's, even under the title: 发布时间, 来源, 浏览次数, 选择字号. */
export const STRONG_FURNITURE = new RegExp(
  [`^(?:${PAGE_LABELS})\\s*[:：]`, BREADCRUMB, SHARING, DATED_BYLINE, TAGS_AND_RELATED].join('|'),
);

/**
 * The foot of a web page that cannot be a document's own line, even inside its text: 责任编辑,
 * 版权所有, ICP numbers, a row of buttons (【打印本页】【关闭窗口】).
 */
export const PAGE_FOOT_STRICT = new RegExp(
  `${BUTTONS_BEFORE}(?:责任编辑|网站标识码)\\s*[:：]|^(?:版权所有|copyright\\s*©)|ICP备\\d|公网安备\\s*\\d|^(?:(?:[【[](?:${BUTTONS}|我要纠错|纠错)[】\\]])\\s*)+$`,
  'i',
);

/**
 * A line of a web page's furniture above the title (来源:新华社 发布时间:2023-03-01, 选择字号:大 中 小,
 * 返回, 所在位置: 首页 > 通知公告, 浏览次数: 123).
 */
export const SITE_FURNITURE = new RegExp(
  [
    `^(?:${PAGE_LABELS}|${LOOSE_PAGE_LABELS})\\s*[:：]`,
    BREADCRUMB,
    `^(?:(?:[【[]?(?:${BUTTONS}|分享到?)[】\\]]?)\\s*)+$`,
    SHARING,
    '^(?:选择字号|字号)\\s*[:：]?\\s*[大中小]',
    DATED_BYLINE,
    TAGS_AND_RELATED,
  ].join('|'),
);

/**
 * The 发文字号 of an order, as it is cited: 国令第707号 for the State Council's, 教育部令第50号 for a
 * ministry's (the country's name dropped), 主席令第31号.
 */
export function orderNumber(mark: string, serial: string): DocNumber {
  const short = mark.replace(/^中华人民共和国/, '').replace(/^国务院令$/, '国令');
  return { raw: `${short}第${Number(serial)}号`, agency: short, year: null, serial: Number(serial) };
}

/**
 * The keys of a portal's information table (gov.cn's 信息公开 table: 索引号, 主题分类, 发文机关, 成文日期,
 * 标题, 发文字号, 发布日期, 主题词), letters spaced out as the table sets them (索  引  号, 标　　题).
 */
const PAGE_FIELD_KEYS = [
  '索引号',
  '主题分类',
  '发文机关',
  '发布机构',
  '成文日期',
  '生成日期',
  '标题',
  '发文字号',
  '文号',
  '发布日期',
  '公开日期',
  '主题词',
  '公文种类',
  '有效性',
];
const spaced = (key: string) => key.split('').join('\\s*');
export const PAGE_FIELD = new RegExp(`(${PAGE_FIELD_KEYS.map(spaced).join('|')})\\s*[:：]`, 'g');
const PAGE_FIELD_AT_START = new RegExp(`^(?:${PAGE_FIELD_KEYS.map(spaced).join('|')})\\s*[:：]`);

/** Reads the fields of an information-table line: `索 引 号：000014349/2021-00114\t主题分类：城乡建设`. */
export function readPageFields(line: string): Record<string, string> | null {
  if (!PAGE_FIELD_AT_START.test(line)) return null;
  const fields: Record<string, string> = {};
  const found = [...line.matchAll(PAGE_FIELD)];
  found.forEach((match, i) => {
    const end = i + 1 < found.length ? found[i + 1].index : line.length;
    fields[match[1].replace(/\s+/g, '')] = line.slice(match.index + match[0].length, end).trim();
  });
  return fields;
}

/** Longer blocks are body text: only their start matters to the part patterns. */
export const FOLD_LIMIT = 100;

/** Content of a block without Markdown syntax, folded for matching. */
export function fold(block: Block): string {
  // A long line of body text is never a part: its start, unfolded, is all any pattern looks at.
  if (block.text.length - block.syntaxLength > FOLD_LIMIT)
    return block.text.slice(block.syntaxLength, block.syntaxLength + FOLD_LIMIT) + '…';
  // Nor is a numbered line: only its marker (1．→ 1. for a 附件 list) is ever looked at.
  if (markerOf(block) !== null) return foldWidth(block.text.slice(block.syntaxLength, block.syntaxLength + 12)) + '…';
  return foldForMatching(block.text.slice(block.syntaxLength))
    .replace(/[*_]+$/, '')
    .trim();
}

/**
 * The first code unit of `fold(block)`, read from the block without folding it, where fold keeps
 * it as written or only folds its width (a long line, a numbered one); -1 where fold trims and
 * simplifies (a short line: read the folded text). A test on the folded text of a long or
 * numbered line makes V8 flatten it (a slice joined to '…'): for most lines of a plan.
 */
export function foldedStart(block: Block): number {
  const code = block.text.charCodeAt(block.syntaxLength);
  if (block.text.length - block.syntaxLength > FOLD_LIMIT) return code;
  if (markerOf(block) === null) return -1;
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0x3000 ? 0x20 : code;
}

export function squeeze(text: string): string {
  return text.replace(/[\s*_#]+/g, '');
}

export function isDateLine(folded: string): string | null {
  const match = DATE_LINE.exec(folded);
  return match ? readDateGroups(match[1], match[2], match[3]) : null;
}

/** A title line: short, at least two Chinese characters, no sentence punctuation, not numbered, not a date. */
export function isTitleLike(folded: string, chinese: 1 | 2 = 2): boolean {
  return (
    folded.length > 0 &&
    folded.length <= 80 &&
    (chinese === 2 ? /[\u4e00-\u9fff].*[\u4e00-\u9fff]/ : /[\u4e00-\u9fff]/).test(folded) &&
    !/[。;；!?！？]/.test(folded) &&
    !/[:：、，,]$/.test(folded) &&
    !/^[0-9〇○零一二三四五六七八九]{4}\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月/.test(folded) &&
    matchMarker(folded) === null &&
    isDateLine(folded) === null &&
    !ATTACHMENT_LIST.test(folded) &&
    !CC.test(folded) &&
    !STRONG_FURNITURE.test(folded) &&
    // A subtitle (——在……会议上的讲话), a page's date or a row of its labels is no title.
    !DASHES.test(folded) &&
    !PORTAL_DATE.test(folded) &&
    !isFurnitureRow(folded)
  );
}

/**
 * Whether joined title lines make a whole title: it ends in a genre word, with every 《 closed
 * (关于印发《2024—2026年行动方案 is not yet one; （2024—2026年）》的通知 completes it).
 */
export function isCompleteTitle(text: string): boolean {
  let open = 0;
  for (const ch of text) open += ch === '《' ? 1 : ch === '》' ? -1 : 0;
  return open <= 0 && readGenre(text) !== null;
}

/** A page's title line: the document's title, then the site's name after _ | or a dash. */
const SITE_SUFFIX = /^(.{4,80}?)\s*(?:[_|｜]|\s[-—–]{1,2}\s|[-—–]{2})\s*[^_|｜\s]{2,30}$/;

/**
 * The title without a site's name after it (关于……的通知_临江市科学技术协会 → 关于……的通知), when what
 * is left reads as a title; else the text as it is.
 */
export function withoutSiteSuffix(text: string): string {
  const found = SITE_SUFFIX.exec(text);
  return found && readGenre(foldForMatching(found[1])) ? found[1] : text;
}

/**
 * A line that can end a wrapped title: short, and what a title line may be, though one Chinese
 * character is enough (政府工作报 / 告, ……任务清单（2024- / 2026年）).
 */
export function isTitleContinuation(folded: string): boolean {
  return folded.length <= 40 && isTitleLike(folded, 1);
}

/** A 署名 line: short, no punctuation at all. */
export function isSignatureLike(folded: string): boolean {
  return (
    folded.length > 0 &&
    folded.length <= 40 &&
    !SENTENCE_PUNCTUATION.test(folded) &&
    matchMarker(folded) === null &&
    !/^附\s*件/.test(folded) &&
    isDateLine(folded) === null
  );
}

// The end of an organisation's name: 各有关单位, 市科协, 国务院各部委, 临港新片区管委会.
export const ORGANISATION_END =
  /(?:单位|部门|政府|委员会|管委会|委|局|厅|办|会|院|部|署|中心|协|机构|队|团|基地|企业|公司|学校|高校|医院|街道|镇|乡|区|县|市|省|处|室|科|所|站|馆|同志|集团|银行|组|社|行|台|校)$/;

/**
 * An issuer's name (国务院, 临江市科学技术协会, 中共中央), or joint issuers' names apart by spaces or 、
 * (中共中央 国务院): each name ends as a body's name does, and none is a phrase of a title (关于, 印发).
 */
export function isIssuerName(folded: string): boolean {
  const names = folded.trim().split(/[\s、]+/);
  return (
    names.length <= 6 &&
    names.every(
      (name) =>
        name.length >= 2 &&
        name.length <= 30 &&
        /^[\u4e00-\u9fff()]+$/.test(name) &&
        // A title's phrases, and what a news headline says an issuer did (召开……会, 出台……措施), are no name.
        !/关于|印发|转发|的|召开|举办|举行|出台|发布|部署|启动|开展|推进|调研|考察|视察|会见|出席|召集|表彰/.test(
          name,
        ) &&
        (ORGANISATION_END.test(name) || /中央$/.test(name)),
    )
  );
}

/**
 * Whether a line starts a title of its own: 关于…, or an issuer's name and then 关于 (国务院关于…,
 * 中共中央 国务院关于…), or an issuer's name forwarding another's (…办公厅转发…委关于…). What
 * stands before 关于 in a title is always who issues it.
 */
export function beginsTitle(folded: string): boolean {
  const at = folded.indexOf('关于');
  if (at === -1 || at > 60) return false;
  if (at === 0) return true;
  const before = folded.slice(0, at);
  const forwarding = /^(.+?)(?:转发|印发)(.+)$/.exec(before);
  return isIssuerName(before) || (forwarding !== null && isIssuerName(forwarding[1]) && isIssuerName(forwarding[2]));
}

// A date as a portal prints it (2020-05-29, 2020/5/29, 2020.05.29), or as a text writes it.
const NUMERIC_DATE = '[0-9]{4}\\s*[-/.]\\s*[0-9]{1,2}\\s*[-/.]\\s*[0-9]{1,2}';
const WRITTEN_DATE = `${YEAR}\\s*年\\s*${MONTH_DAY}\\s*月\\s*${MONTH_DAY}\\s*日`;
const CLOCK = '[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?';
/** Labels of a page's own dates: when it was put online or changed, never the document's 成文日期. */
const PAGE_DATE_LABEL = '(?:发布|发表|更新|上传|录入|上线)(?:时间|日期)';

/**
 * A portal's date line: a page-date label and a date, with or without a colon (发布时间 2020-05-29),
 * or a date written as portals write it (2020-05-29 10:30, 时间:2018-11-13), and maybe the page's
 * other labels after it. Taken as the page's furniture only above the body and after the closing,
 * never inside the text, where 时间：2023年9月15日 may be an event's date.
 */
export const PORTAL_DATE = new RegExp(
  `^(?:${PAGE_DATE_LABEL}\\s*:?\\s*(?:${NUMERIC_DATE}|${WRITTEN_DATE})|(?:(?:时间|日期)\\s*:?\\s*)?${NUMERIC_DATE})\\s*(?:${CLOCK})?(?:\\s+\\S.*)?$`,
);

/** The labels a page's furniture carries (来源, 作者, 浏览次数, 字号 …), wherever they stand in a line. */
const PAGE_LABEL_ANYWHERE = new RegExp(
  `(?:^|\\s)(?:${PAGE_LABELS}|时间|日期|作者|字体|编辑)\\s*:|浏览(?:次数|量)?\\s*:?\\s*[0-9]|【?字[号体]\\s*:?\\s*[\\[【]?大`,
  'g',
);

/** A line that holds two or more of a page's labels (时间:… 作者:… 字号:[大 中 小]): the page's, wherever it is. */
export function isFurnitureRow(folded: string): boolean {
  PAGE_LABEL_ANYWHERE.lastIndex = 0;
  let count = 0;
  while (PAGE_LABEL_ANYWHERE.exec(folded) !== null) if (++count >= 2) return true;
  return false;
}

/**
 * A note to a signature that names a seal or a signature (（代章）, （盖章）, （公章）, （签字）): short, in
 * brackets, at the end of the line or on a line of its own. Group 1 is the name before it, group 2
 * the note.
 */
export const SIGNATURE_NOTE = /^(.*?)\s*\(\s*([^()]{0,3}[章印签盖][^()]{0,2}?)\s*\)$/;

/** Splits a signature's seal note from the name: 临江市科协办公室（代章） → 临江市科协办公室, 代章. */
export function splitSignatureNote(text: string): { name: string; note: string | null } {
  const trimmed = text.trim();
  const folded = foldForMatching(trimmed);
  if (!SIGNATURE_NOTE.test(folded)) return { name: trimmed, note: null };
  // Folding keeps every character where it is: the bracket of the folded text is the written one's.
  const open = folded.lastIndexOf('(');
  return { name: trimmed.slice(0, open).trim(), note: trimmed.slice(open + 1, -1).trim() };
}

/**
 * A subtitle under a report's or a speech's title, read: ——2024年3月5日在……会议上, ——在……会议上的讲话,
 * （2024年3月5日在……会议上）. The occasion is what stands between 在 and the last 上; the genre is the
 * kind of text the subtitle names (讲话, 报告, 发言).
 */
export interface SubtitleReading {
  date: string | null;
  occasion: string | null;
  genre: string | null;
}

const DASHES = /^[—－\-–─━~～]{1,4}\s*/;
const OCCASION = /在(.+)上(?:的\s*(讲话|报告|发言|致辞|演讲|主旨演讲|总结讲话|工作报告))?$/;

export function readSubtitle(folded: string): SubtitleReading | null {
  let text: string;
  if (DASHES.test(folded)) text = folded.replace(DASHES, '');
  else if (/^\(.*\)$/.test(folded)) text = folded.slice(1, -1);
  else return null;
  text = text.trim();
  if (text.length < 2 || text.length > 100 || /[。;；!?！？]/.test(text)) return null;
  const dated = DATE_ANYWHERE.exec(text);
  const date = dated ? readDateGroups(dated[1], dated[2], dated[3]) : null;
  const rest = dated ? text.slice(0, dated.index) + text.slice(dated.index + dated[0].length) : text;
  const place = OCCASION.exec(rest.trim());
  // A bracketed line is a subtitle only when it names an occasion (a bare date is the date under a title).
  if (!DASHES.test(folded) && place === null) return null;
  return { date, occasion: place ? place[1].trim() : null, genre: place?.[2] ?? null };
}

/** A 主送机关 line: ends with a colon, and every group it names is an organisation. */
export function isAddresseeLine(folded: string): boolean {
  if (!/:$/.test(folded) || folded.length > 150 || /[。;；!?]/.test(folded)) return false;
  if (matchMarker(folded) !== null || /^(?:附\s*件|抄\s*送|联系|签\s*发)/.test(folded)) return false;
  if (/:./.test(folded.slice(0, -1))) return false;
  const groups = folded
    .slice(0, -1)
    .split(/[,，；;]/)
    .map((group) => group.trim())
    .filter(Boolean);
  return (
    groups.length > 0 &&
    groups.every((group) => {
      const last = (group.split('、').pop() ?? '').replace(/\([^()]*\)/g, '');
      return last.startsWith('各') || ORGANISATION_END.test(last);
    })
  );
}

/** How many blocks from `start` make one 主送机关: lines ending in ，or 、 and a last one ending in a colon. */
export function addresseeRun(folded: string[], start: number): number {
  for (let length = 1; length <= 4 && start + length <= folded.length; length++) {
    const text = folded[start + length - 1];
    if (isAddresseeLine(text)) return length;
    const open = text.replace(/[,，、;；]$/, ':');
    if (open === text || !isAddresseeLine(open)) return 0;
  }
  return 0;
}

/** Splits 主送机关 into groups at ，/, and line ends; 、 stays inside a group. */
export function splitGroups(texts: string[]): string[] {
  return texts
    .flatMap((text) => text.replace(/[:：]\s*$/, '').split(/[，,；;]/))
    .map((group) => group.trim())
    .filter((group) => group.length > 0);
}

export interface ListItem {
  index: number | null;
  title: string;
}

/** Reads the items of a 附件 list: "1．甲　2．乙" on one line, or one per block. */
export function readListItems(texts: string[]): ListItem[] {
  const items: ListItem[] = [];
  for (const text of texts) {
    const pieces = text.split(/\s+(?=[0-9]{1,3}\s*[.、．])/);
    for (const piece of pieces) {
      const match = LIST_ITEM.exec(foldForMatching(piece));
      if (match) items.push({ index: Number(match[1]), title: piece.slice(match[0].length).trim() });
      else if (items.length > 0) items[items.length - 1].title += piece.trim();
      else items.push({ index: null, title: piece.trim() });
    }
  }
  for (const item of items) item.title = item.title.replace(/[。；;]$/, '');
  if (items.length === 1 && items[0].index === null) items[0].index = 1;
  return items;
}

/** Blocks from `start` that repeat the title (a body line copying the H1, maybe split in two). */
export function repeatsTitle(folded: string[], start: number, title: string): number {
  let written = '';
  for (let length = 1; length <= 3 && start + length <= folded.length; length++) {
    written += squeeze(folded[start + length - 1]);
    // A web copy may repeat the title wrapped in 《》.
    const joined = written.replace(/^《/, '').replace(/》$/, '');
    // The whole title, or its end without the issuer's name (关于……的通知 under 上海市交通委关于……的通知).
    if (joined === title || (joined.length >= 8 && title.endsWith(joined) && readGenre(joined))) return length;
    if (!title.includes(joined)) return 0;
  }
  return 0;
}

export function isCcContinuation(folded: string | undefined): boolean {
  return (
    folded !== undefined &&
    folded.length <= 80 &&
    !PRINTER.test(folded) &&
    matchMarker(folded) === null &&
    !/[。]/.test(folded.slice(0, -1))
  );
}

/** Whether block `index` continues a 附件 list: the next number, or a wrapped piece of a title. */
export function isListContinuation(folded: string[], index: number): boolean {
  const text = folded[index];
  if (LIST_ITEM.test(text)) return true;
  if (text.length > 40 || /[。;；]/.test(text) || /^\(/.test(text) || isDateLine(text)) return false;
  if (matchMarker(text) !== null || ATTACHMENT_LABEL.test(text) || CC.test(text)) return false;
  // A wrapped piece sits between two items, or is not followed by a date (then it is the 署名).
  const next = folded[index + 1];
  if (next !== undefined && (LIST_ITEM.test(next) || ATTACHMENT_LABEL_WITH_TITLE.test(next))) return true;
  if (next !== undefined && isDateLine(next)) return false;
  // Above a signature and its date, a line is the signature's first when it is an issuer's name,
  // else the last item's title wrapped onto it (……服务机构 / 备案登记表).
  let end = index + 1;
  while (end < folded.length && end - index <= 3 && isSignatureLike(folded[end]) && !isDateLine(folded[end])) end++;
  if (end > index + 1 && end < folded.length && isDateLine(folded[end])) return !isIssuerName(text);
  return next === undefined || /^\(/.test(next) || CC.test(next);
}

/** Whether the date line at `index` is the 成文日期 that closes the letter, not a date inside it. */
export function isClosingDate(folded: string[], index: number, container: Piece[], listed: ListItem[]): boolean {
  const previous = container[container.length - 1];
  if (previous?.kind === 'part' && previous.role === 'attachmentList') return true;
  if (previous?.kind === 'body' && isSignatureLike(fold(previous.block))) return true;
  const next = folded[index + 1];
  if (next === undefined) return true;
  if (
    /^\(/.test(next) ||
    // The foot of a web page right under the date (责任编辑, 网站标识码, ICP, 【关闭】).
    PAGE_FOOTER.test(next) ||
    PAGE_FOOT_STRICT.test(next) ||
    PORTAL_DATE.test(next) ||
    CC.test(next) ||
    PRINTER.test(next) ||
    ATTACHMENT_LABEL.test(next) ||
    ATTACHMENT_LABEL_WITH_TITLE.test(next)
  )
    return true;
  return isTitleLike(next) && startsAttachment(folded, index + 1, listed);
}

/** Whether a title-like line after the closing starts an attachment. */
export function startsAttachment(folded: string[], index: number, listed: ListItem[]): boolean {
  const text = squeeze(folded[index]);
  if (listed.some((item) => squeeze(foldForMatching(item.title)).startsWith(text) && text.length >= 4)) return true;
  if (text.length < 6) return false; // 的通知: a fragment, not a title
  if (readGenre(folded[index], true)) return true;
  // Without a genre word, a title is a name of some length (临江市2023年科普重点任务) over numbered text.
  const next = folded[index + 1];
  return next !== undefined && matchMarker(next) !== null && !/[:：]/.test(folded[index]);
}
